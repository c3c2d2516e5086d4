package sitrep.ingest.read;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import sitrep.ingest.meta.Dates;

/**
 * Publication dates as feeds write them: RSS {@code pubDate} in RFC 822 form and the many ways
 * feeds get it slightly wrong ({@code Mon,05 Jul 2021}, {@code 05-Jul-2021}, two-digit years, a
 * weekday that does not fit the date, zones such as {@code EDT}), and Atom's ISO 8601. The date is
 * the one written, in the publisher's own zone, as for all publication dates.
 */
final class FeedDates {
  private FeedDates() {}

  /** Day, month name and year at the start, after an optional weekday; the time is ignored. */
  private static final Pattern RFC_822 = Pattern.compile(
      "^(?:\\p{L}+\\.?\\s*,?\\s*)?(\\d{1,2})[\\s-]+(\\p{L}+)\\.?[\\s-]+(\\d{4}|\\d{2})(?!\\d)");

  static @Nullable LocalDate parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    Matcher m = RFC_822.matcher(s);
    if (m.find()) {
      String year = m.group(3);
      if (year.length() == 2) {
        int y = Integer.parseInt(year);
        year = String.valueOf(y < 50 ? 2000 + y : 1900 + y); // RFC 2822, section 4.3
      }
      // month names come from the shared month table, so this holds no language knowledge
      LocalDate d = Dates.parse(m.group(1) + " " + m.group(2) + " " + year);
      if (d != null) {
        return d;
      }
    }
    return Dates.parse(s);
  }
}
