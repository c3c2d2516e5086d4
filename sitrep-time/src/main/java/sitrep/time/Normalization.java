package sitrep.time;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.Tsv;

/**
 * How a rule turns what its pattern captured into a value: one of a fixed set of mechanisms
 * ({@link Kind}) with {@code key=value} parameters from the rules file. The language-specific part
 * (which words mean "yesterday", which unit "Woche" is) stays in the data; the mechanisms are shared
 * by every language.
 */
record Normalization(Kind kind, Map<String, String> params) {

  /** The mechanisms; the rules file names them in lower case. */
  enum Kind {
    /**
     * An absolute or year-less date from DAY, MONTH/MONTHNUM, YEAR/YEAR2, SEASON and PART; or a
     * CENTURY (an ordinal: "20th century" is 19), a DECADE (a year: "1990er" is 199), a QUARTER or
     * HALF of a year (an ordinal).
     */
    DATE(Set.of("pod", "rel", "night")),
    /**
     * One day of a list ("am 3., 4. und 5. Oktober"): a DAY that takes its month and year from the
     * date closing the list; only list words (LISTJOIN) and punctuation may stand between.
     */
    LISTDAY(Set.of()),
    /** A range of days: DAY1, DAY2, MONTH (the end's month), optional MONTH1 and YEAR. */
    RANGE(Set.of()),
    /** An offset from the publication date: n or dir×NUM units ({@code unit} or UNIT). */
    PUB(Set.of("n", "dir", "unit", "pod")),
    /** A calendar week, month or year counted from the publication date's. */
    PUBCAL(Set.of("n", "unit")),
    /** An offset from the previous date in the narrative. */
    PREV(Set.of("n", "dir", "unit", "pod")),
    /** A calendar week, month or year counted from the previous date's. */
    PREVCAL(Set.of("n", "unit")),
    /** A weekday near the publication date: {@code rel=onbefore|before|after}. */
    WEEKDAY(Set.of("rel", "pod", "night")),
    /** A weekend near the publication date. */
    WEEKEND(Set.of("rel")),
    /** A part of the day alone ("mitten in der Nacht"), on the previous date. */
    POD(Set.of("pod")),
    /** A clock time, on the previous date. */
    CLOCK(Set.of("ampm")),
    /** A fixed value (PAST_REF, PRESENT_REF), optionally the {@code days} before publication. */
    FUZZY(Set.of("value", "days", "precision")),
    /** "the past N units": a duration that ends at publication. */
    RECENT(Set.of("days", "unit")),
    /** A length of time: NUM or FUZZYNUM and UNIT, or a fixed {@code value}. */
    DURATION(Set.of("value")),
    /** A recurrence: a fixed {@code value}, every UNIT or every WEEKDAY. */
    SET(Set.of("value")),
    /**
     * A span that is no time expression ("ab 16 Jahren" is an age): it wins over the shorter
     * matches inside it, as any longer match does, and yields nothing.
     */
    IGNORE(Set.of());

    final Set<String> allowed;

    Kind(Set<String> allowed) {
      this.allowed = allowed;
    }
  }

  /** TIMEX3 units (with an optional multiplier, 10Y a decade); shared with the word lists. */
  static final Pattern UNIT = Pattern.compile("(\\d{1,3})?(D|W|M|Y|TH|TM|TS)");
  /** TIMEX3 parts of the day; shared with the word lists. */
  static final Pattern PART_OF_DAY = Pattern.compile("MO|MI|AF|EV|NI|DT");
  private static final Map<String, Pattern> VALUES = Map.of(
      "n", Pattern.compile("[+-]?\\d{1,4}"),
      "dir", Pattern.compile("[+-]?1"),
      "unit", UNIT,
      "pod", PART_OF_DAY,
      "rel", Pattern.compile("onbefore|before|after"),
      "night", Pattern.compile("true"),
      "ampm", Pattern.compile("am|pm"),
      "value", Pattern.compile("[A-Z0-9_.-]+"),
      "days", Pattern.compile("\\d{1,5}"),
      "precision", Pattern.compile("[123]"));

  static Normalization parse(String spec, Tsv.Row row) {
    String[] parts = spec.trim().split("\\s+");
    Kind kind;
    try {
      kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error("unknown normalization '" + parts[0] + "'; one of "
          + java.util.Arrays.toString(Kind.values()).toLowerCase(Locale.ROOT));
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq <= 0) {
        throw row.error("normalization parameter must be key=value: '" + parts[i] + "'");
      }
      String key = parts[i].substring(0, eq);
      String value = parts[i].substring(eq + 1);
      if (!kind.allowed.contains(key)) {
        throw row.error(parts[0] + " takes no parameter '" + key + "'; it takes " + kind.allowed);
      }
      if (!VALUES.get(key).matcher(value).matches()) {
        throw row.error("parameter " + key + "=" + value + " must match "
            + VALUES.get(key).pattern());
      }
      params.put(key, value);
    }
    return new Normalization(kind, Map.copyOf(params));
  }

  /** Checks that every variant of the pattern captures what this normalization reads. */
  void check(List<TokenPattern.Variant> variants, Tsv.Row row) {
    for (TokenPattern.Variant v : variants) {
      Set<String> c = v.captures();
      String missing = switch (kind) {
        case DATE -> c.contains("DAY") && !hasMonth(c) ? "MONTH or MONTHNUM with DAY"
            : !hasMonth(c) && !hasYear(c) && !c.contains("SEASON") && !c.contains("CENTURY")
                && !c.contains("DECADE") && !c.contains("QUARTER") && !c.contains("HALF")
                ? "MONTH, MONTHNUM, YEAR, YEAR2, SEASON, CENTURY, DECADE, QUARTER or HALF" : null;
        case LISTDAY -> c.contains("DAY") ? null : "DAY";
        case RANGE -> c.contains("DAY1") && c.contains("DAY2") && hasMonth(c) ? null
            : "DAY1, DAY2 and MONTH";
        case PUB, PREV -> !params.containsKey("unit") && !c.contains("UNIT") ? "UNIT or unit="
            : !params.containsKey("n") && !(params.containsKey("dir") && c.contains("NUM"))
                ? "n= or dir= with NUM" : null;
        case PUBCAL, PREVCAL -> params.containsKey("unit") && params.containsKey("n")
            && params.get("unit").matches("W|M|Y") ? null : "unit=W|M|Y and n=";
        case WEEKDAY -> c.contains("WEEKDAY") ? null : "WEEKDAY";
        case WEEKEND -> null;
        case POD -> params.containsKey("pod") || c.contains("PARTOFDAY") ? null
            : "pod= or PARTOFDAY";
        case CLOCK -> c.contains("HOUR") ? null : "HOUR";
        case FUZZY -> params.containsKey("value") ? null : "value=";
        case RECENT -> !params.containsKey("unit") && !c.contains("UNIT") ? "UNIT or unit="
            : !c.contains("NUM") && !params.containsKey("days") ? "NUM or days=" : null;
        case DURATION -> params.containsKey("value")
            || (c.contains("UNIT") && (c.contains("NUM") || c.contains("FUZZYNUM"))) ? null
            : "value= or UNIT with NUM or FUZZYNUM";
        case SET -> params.containsKey("value") || c.contains("UNIT") || c.contains("WEEKDAY")
            ? null : "value=, UNIT or WEEKDAY";
        case IGNORE -> null;
      };
      if (missing != null) {
        throw row.error(kind.name().toLowerCase(Locale.ROOT) + " needs " + missing
            + " in every variant of the pattern; a variant captures only " + c);
      }
    }
  }

  private static boolean hasMonth(Set<String> c) {
    return c.contains("MONTH") || c.contains("MONTHNUM");
  }

  private static boolean hasYear(Set<String> c) {
    return c.contains("YEAR") || c.contains("YEAR2");
  }

  @Nullable String param(String key) {
    return params.get(key);
  }

  int intParam(String key, int otherwise) {
    String v = params.get(key);
    return v == null ? otherwise : Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
  }
}
