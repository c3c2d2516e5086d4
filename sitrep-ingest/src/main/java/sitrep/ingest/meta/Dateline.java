package sitrep.ingest.meta;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The dateline that opens many agency texts, or a byline with the date; see below. Datelines:: {@code BAGHDAD, July 6, 2021 (Reuters) –} or {@code
 * Bagdad, 6. Juli 2021 –}. Only a full date with a year counts ({@code WASHINGTON, July 6 (Reuters)}
 * gives nothing), ended by a dash, colon or line break, and only at the start of one of the first
 * three lines (a headline or a byline may come first), so a sentence that merely starts with a date
 * is not mistaken for one.
 */
public final class Dateline {
  private Dateline() {}

  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?:[\\p{Lu}][\\p{L}\\p{M}.'’/ -]{1,40}?,\\s*)?" // place
          + "(?:\\p{L}{3,12},?\\s+)?" // weekday
          + "(?:" + Dates.ANY_DATE + ")"
          + "(?:\\s*\\([^)\\n]{1,40}\\))?" // (Reuters), (dpa)
          + "[ \\t]*(?:[-–—:|]|\\R|\\z)");

  /**
   * A byline that carries the date: {@code Veröffentlicht am 7. November 2023 von Redaktion},
   * {@code Posted on Oct. 16, 2023 by …}; opening words from {@code byline-words.tsv}.
   */
  private static final Pattern BYLINE = Pattern.compile(
      "^\\s*(?i:" + bylineWords() + ")(?:\\s+(?i:am|on|at|vom))?\\s*:?\\s*"
          + "(?:\\p{L}{3,12},?\\s+)?(?:" + Dates.ANY_DATE + ")");

  /** Lines looked at for a dateline: headline, byline, dateline. */
  static final int MAX_LINES = 3;

  /** Lines looked at for a byline: cookie notice and breadcrumbs may come before it. */
  static final int MAX_BYLINE_LINES = 5;

  private static String bylineWords() {
    java.util.List<String> words = new java.util.ArrayList<>();
    for (sitrep.model.resource.Tsv.Row r
        : sitrep.model.resource.Tsv.read("sitrep/ingest/meta/byline-words.tsv")) {
      words.add(Pattern.quote(r.get(0).trim()).replace(" ", "\\E\\s+\\Q"));
    }
    return String.join("|", words);
  }

  /** The publication date of a dateline near the start of {@code text}, or null. */
  public static @Nullable LocalDate find(String text) {
    int pos = 0;
    int lines = 0;
    while (pos < text.length() && lines < MAX_BYLINE_LINES && pos < 1000) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      if (!text.substring(pos, end).isBlank()) {
        lines++;
        String line = text.substring(pos, Math.min(Math.min(end + 1, text.length()), pos + 300));
        for (Pattern p : lines <= MAX_LINES ? new Pattern[] {DATELINE, BYLINE}
            : new Pattern[] {BYLINE}) {
          Matcher m = p.matcher(line);
          if (m.find()) {
            LocalDate d = Dates.fromGroups(m);
            if (d != null) {
              return d;
            }
          }
        }
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return null;
  }
}
