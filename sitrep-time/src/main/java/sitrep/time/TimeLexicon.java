package sitrep.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.Tsv;

/**
 * The words one language uses for time, grouped in classes (MONTH, WEEKDAY, NUMBER, UNIT, …) that
 * the rule patterns refer to as {@code {MONTH}}. Loaded from {@code words.tsv}; immutable.
 *
 * <p>Case is data: a word written with a capital ("Juni", "May") must be capitalized in the text,
 * which is what keeps the modal "may" and the verb "march" out; a word written in lower case
 * matches any case; the flag {@code exact} demands the spelling exactly as written. A trailing dot
 * ("Nov.") makes the dot part of the word.
 */
final class TimeLexicon {

  /** Classes whose values the resolver reads, with the values each accepts. */
  private static final Map<String, Pattern> VALUES = Map.of(
      "MONTH", Pattern.compile("[1-9]|1[0-2]"),
      "WEEKDAY", Pattern.compile("[1-7]"),
      "COMPOUND", Pattern.compile("[A-Z][A-Z0-9_]*"),
      "NUMBER", Pattern.compile("\\d{1,6}"),
      "UNIT", Normalization.UNIT,
      "PARTOFDAY", Normalization.PART_OF_DAY,
      "PART", Pattern.compile("START|MID|END"),
      "PARTNOUN", Pattern.compile("START|MID|END"),
      "SEASON", Pattern.compile("SP|SU|FA|WI"),
      "ORDINAL", Pattern.compile("[1-9][0-9]?"));

  private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern FLAG = Pattern.compile("[a-z]+");

  /** One word of a class. */
  record Entry(String cls, String surface, String key, boolean capital, boolean exact,
      boolean dot, String value, Set<String> flags) {

    /** Whether the text's token {@code i} is this word; returns the tokens used (0 = no). */
    int match(Tokens t, int i) {
      if (!t.isWord(i) || !t.lower(i).equals(key)) {
        return 0;
      }
      if (exact && !t.surface(i).equals(dot ? surface.substring(0, surface.length() - 1) : surface)) {
        return 0;
      }
      if (capital && !t.startsUpperCase(i)) {
        return 0;
      }
      if (dot) {
        return t.isPunct(i + 1, '.') && t.touchesPrevious(i + 1) ? 2 : 0;
      }
      return 1;
    }

    int intValue() {
      return Integer.parseInt(value);
    }
  }

  static final TimeLexicon EMPTY = new TimeLexicon(Map.of(), Map.of());

  private final Map<String, List<Entry>> byKey;
  private final Map<String, Set<String>> keysByClass;

  private TimeLexicon(Map<String, List<Entry>> byKey, Map<String, Set<String>> keysByClass) {
    this.byKey = byKey;
    this.keysByClass = keysByClass;
  }

  /**
   * Reads {@code class<TAB>word<TAB>value[<TAB>flags]} rows; flags are comma-separated lower-case
   * names ({@code abbr}, {@code exact}, …) that patterns can exclude with {@code {MONTH!abbr}}.
   */
  static TimeLexicon load(String resource) {
    Map<String, List<Entry>> byKey = new HashMap<>();
    Map<String, Set<String>> keysByClass = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Tsv.Row row : Tsv.read(resource)) {
      String cls = row.get(0).trim();
      if (!CLASS_NAME.matcher(cls).matches()) {
        throw row.error("class must be upper case letters, digits and '_': '" + cls + "'");
      }
      if (TokenPattern.isBuiltIn(cls)) {
        throw row.error("class " + cls + " is built in and cannot be listed");
      }
      String surface = row.get(1).trim();
      boolean dot = surface.endsWith(".");
      String word = dot ? surface.substring(0, surface.length() - 1) : surface;
      if (word.isEmpty() || !isOneWord(word)) {
        throw row.error("word must be letters only, optionally ending in '.': '" + surface + "'");
      }
      String value = row.optional(2);
      Pattern allowed = VALUES.get(cls);
      if (allowed != null && (value == null || !allowed.matcher(value).matches())) {
        throw row.error("value of " + cls + " '" + surface + "' must match " + allowed.pattern()
            + ", found '" + value + "'");
      }
      Set<String> flags = new LinkedHashSet<>();
      String flagField = row.optional(3);
      if (flagField != null) {
        for (String f : flagField.split(",")) {
          String flag = f.trim();
          if (!FLAG.matcher(flag).matches()) {
            throw row.error("flag must be lower-case letters: '" + flag + "'");
          }
          flags.add(flag);
        }
      }
      if (row.fields().size() > 4) {
        throw row.error("expected at most 4 tab-separated fields, found " + row.fields().size());
      }
      String key = word.toLowerCase(Locale.ROOT);
      if (!seen.add(cls + "\t" + surface)) {
        throw row.error("duplicate entry " + cls + " '" + surface + "'");
      }
      boolean capital = Character.isUpperCase(word.codePointAt(0));
      Entry e = new Entry(cls, surface, key, capital, flags.contains("exact"), dot,
          value == null ? "" : value, Set.copyOf(flags));
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      keysByClass.computeIfAbsent(cls, k -> new HashSet<>()).add(key);
    }
    compounds(byKey, keysByClass);
    Map<String, List<Entry>> frozen = new HashMap<>();
    byKey.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    Map<String, Set<String>> frozenKeys = new HashMap<>();
    keysByClass.forEach((k, v) -> frozenKeys.put(k, Set.copyOf(v)));
    return new TimeLexicon(Map.copyOf(frozen), Map.copyOf(frozenKeys));
  }

  /**
   * A row {@code COMPOUND<TAB>WEEKDAY<TAB>PARTOFDAY} makes every weekday followed by a capitalized
   * (noun) part of the day one word of the first class, as German writes them: "Donnerstagabend" is
   * WEEKDAY "4:EV". Generated rather than listed so that the two lists stay the only source.
   */
  private static void compounds(Map<String, List<Entry>> byKey,
      Map<String, Set<String>> keysByClass) {
    List<Entry> rules = new ArrayList<>();
    for (List<Entry> entries : byKey.values()) {
      for (Entry e : entries) {
        if (e.cls().equals("COMPOUND")) {
          rules.add(e);
        }
      }
    }
    for (Entry rule : rules) {
      List<Entry> heads = new ArrayList<>();
      List<Entry> tails = new ArrayList<>();
      for (List<Entry> entries : byKey.values()) {
        for (Entry e : entries) {
          if (e.cls().equals(rule.surface()) && !e.dot()) {
            heads.add(e);
          } else if (e.cls().equals(rule.value()) && e.capital() && !e.dot()) {
            tails.add(e);
          }
        }
      }
      for (Entry head : heads) {
        for (Entry tail : tails) {
          String key = head.key() + tail.key();
          Entry compound = new Entry(head.cls(), head.surface() + tail.key(), key, head.capital(),
              false, false, head.value() + ":" + tail.value(), head.flags());
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(compound);
          keysByClass.computeIfAbsent(head.cls(), k -> new HashSet<>()).add(key);
        }
      }
    }
  }

  private static boolean isOneWord(String word) {
    Tokens t = Tokens.of(word);
    return t.size() == 1 && t.kind(0) == Tokens.WORD && t.end(0) == word.length();
  }

  boolean hasClass(String cls) {
    return keysByClass.containsKey(cls);
  }

  /** Lower-case keys of the words of a class, for indexing rules by their first word. */
  Set<String> keys(String cls) {
    return keysByClass.getOrDefault(cls, Set.of());
  }

  /**
   * The entry of class {@code cls} at token {@code i}, preferring the one that also takes a
   * following dot, or null.
   */
  @Nullable Entry at(Tokens t, int i, String cls, Set<String> without) {
    if (!t.isWord(i)) {
      return null;
    }
    List<Entry> entries = byKey.get(t.lower(i));
    if (entries == null) {
      return null;
    }
    Entry best = null;
    int bestLength = 0;
    for (Entry e : entries) {
      if (!e.cls.equals(cls) || hasAny(e.flags, without)) {
        continue;
      }
      int n = e.match(t, i);
      if (n > bestLength) {
        best = e;
        bestLength = n;
      }
    }
    return best;
  }

  /** True when token {@code i} is a word of class {@code cls}. */
  boolean is(Tokens t, int i, String cls) {
    return at(t, i, cls, Set.of()) != null;
  }

  private static boolean hasAny(Set<String> flags, Set<String> without) {
    for (String w : without) {
      if (flags.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
