package sitrep.ingest.meta;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The dateline that opens many agency texts: {@code BAGHDAD, July 6, 2021 (Reuters) –} or {@code
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

  /** Lines looked at: headline, byline, dateline. */
  static final int MAX_LINES = 3;

  /** The publication date of a dateline near the start of {@code text}, or null. */
  public static @Nullable LocalDate find(String text) {
    int pos = 0;
    int lines = 0;
    while (pos < text.length() && lines < MAX_LINES && pos < 1000) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      if (!text.substring(pos, end).isBlank()) {
        lines++;
        Matcher m = DATELINE.matcher(
            text.substring(pos, Math.min(Math.min(end + 1, text.length()), pos + 300)));
        if (m.find()) {
          LocalDate d = Dates.fromGroups(m);
          if (d != null) {
            return d;
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
