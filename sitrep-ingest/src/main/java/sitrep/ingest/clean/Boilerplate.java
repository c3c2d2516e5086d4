package sitrep.ingest.clean;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.Tsv;

/**
 * Rules that recognise web junk lines (comment forms, share bars, cookie banners, related-article
 * lists), read from a TSV file: {@code kind<TAB>regex<TAB>note}. Immutable and shared; see {@code
 * sitrep/ingest/clean/boilerplate.tsv} for the kinds and what they drop.
 */
public final class Boilerplate {

  /** What a matching line causes. */
  public enum Kind {
    /** Drop the line. */
    LINE,
    /** Drop the line and the group of short lines after it. */
    BLOCK,
    /** Drop the line and everything after it. */
    REST
  }

  /** Lines longer than this are prose, never junk. */
  public static final int MAX_JUNK_LINE = 300;

  public static final String STANDARD_FILE = "sitrep/ingest/clean/boilerplate.tsv";

  private static final class Holder {
    static final Boilerplate STANDARD = load(STANDARD_FILE);
  }

  private final Map<Kind, Pattern> byKind;
  private final int size;

  private Boilerplate(Map<Kind, Pattern> byKind, int size) {
    this.byKind = byKind;
    this.size = size;
  }

  /** The rules shipped with sitrep, loaded once. */
  public static Boilerplate standard() {
    return Holder.STANDARD;
  }

  /**
   * Loads rules from a classpath resource.
   *
   * @throws sitrep.model.resource.ResourceException naming file and line of a bad rule
   */
  public static Boilerplate load(String resource) {
    Map<Kind, List<String>> parts = new EnumMap<>(Kind.class);
    int n = 0;
    for (Tsv.Row row : Tsv.read(resource)) {
      Kind kind = row.getEnum(0, Kind.class);
      String regex = row.get(1).trim();
      if (regex.isEmpty()) {
        throw row.error("empty regex");
      }
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw row.error("bad regex: " + e.getDescription() + " in '" + regex + "'");
      }
      parts.computeIfAbsent(kind, k -> new ArrayList<>()).add("(?:" + regex + ")");
      n++;
    }
    Map<Kind, Pattern> byKind = new EnumMap<>(Kind.class);
    parts.forEach((kind, list) -> byKind.put(kind, Pattern.compile(String.join("|", list),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    return new Boilerplate(byKind, n);
  }

  /** How many rules there are. */
  public int size() {
    return size;
  }

  /**
   * What a line is, or null when it is not junk. The line is trimmed first; REST wins over BLOCK
   * wins over LINE when several rules match.
   */
  public @Nullable Kind classify(CharSequence line) {
    String t = line.toString().strip();
    if (t.isEmpty() || t.length() > MAX_JUNK_LINE) {
      return null;
    }
    for (Kind k : new Kind[] {Kind.REST, Kind.BLOCK, Kind.LINE}) {
      Pattern p = byKind.get(k);
      if (p != null && p.matcher(t).matches()) {
        return k;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "Boilerplate[" + size + " rules: " + byKind.keySet().toString().toLowerCase(Locale.ROOT)
        + "]";
  }
}
