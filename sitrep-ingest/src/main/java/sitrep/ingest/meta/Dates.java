package sitrep.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Publication dates as metadata writes them: ISO 8601 dates and timestamps (the date part as written,
 * in the publisher's own time zone), compact {@code 20210708}, RFC 1123, and written-out dates in the
 * languages of {@code months.tsv}. Only full dates count: a month or a day without a year is not a
 * publication date.
 */
public final class Dates {
  private Dates() {}

  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s])");
  private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
  private static final String MONTH = "(?<month>(?i:" + Months.ALTERNATION + "))\\.?";

  /** "6 July 2021", "6. Juli 2021", "6 juillet 2021". */
  static final String DAY_MONTH_YEAR =
      "(?<day>\\d{1,2})\\.?\\s+" + MONTH + ",?\\s+(?<year>\\d{4})";
  /** "July 6, 2021", "Jul. 6 2021". */
  static final String MONTH_DAY_YEAR =
      MONTH.replace("<month>", "<month2>") + "\\s+(?<day2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year2>\\d{4})";
  /** "06.07.2021". */
  static final String NUMERIC =
      "(?<day3>\\d{1,2})\\.(?<month3>\\d{1,2})\\.(?<year3>\\d{4})|(?<year4>\\d{4})-(?<month4>\\d{2})-(?<day4>\\d{2})";

  /** Any of the written forms, as named groups (see {@link #fromGroups}). */
  static final String ANY_DATE = DAY_MONTH_YEAR + "|" + MONTH_DAY_YEAR + "|" + NUMERIC;
  private static final Pattern WRITTEN = Pattern.compile("^(?:\\p{L}+,?\\s+)?(?:" + ANY_DATE + ")");

  /** The date a metadata value names, or null when it names none (or an impossible one). */
  public static @Nullable LocalDate parse(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (s.isEmpty()) {
      return null;
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(s);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = DOTTED.matcher(s);
    if (m.find()) {
      return of(m.group(3), m.group(2), m.group(1));
    }
    try {
      LocalDate d = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
      // RFC 1123 parsing reads a two-digit year as year 21; the same range check as elsewhere
      return of(String.valueOf(d.getYear()), String.valueOf(d.getMonthValue()),
          String.valueOf(d.getDayOfMonth()));
    } catch (DateTimeException e) {
      // not RFC 1123; try written-out dates
    }
    m = WRITTEN.matcher(s);
    if (m.find()) {
      return fromGroups(m);
    }
    return null;
  }

  /** The date matched by a pattern built from {@link #ANY_DATE}. */
  static @Nullable LocalDate fromGroups(Matcher m) {
    if (m.group("day") != null) {
      return ofMonthName(m.group("year"), m.group("month"), m.group("day"));
    }
    if (m.group("day2") != null) {
      return ofMonthName(m.group("year2"), m.group("month2"), m.group("day2"));
    }
    if (m.group("day3") != null) {
      return of(m.group("year3"), m.group("month3"), m.group("day3"));
    }
    if (m.group("day4") != null) {
      return of(m.group("year4"), m.group("month4"), m.group("day4"));
    }
    return null;
  }

  private static @Nullable LocalDate ofMonthName(String year, String month, String day) {
    Integer mo = Months.month(month);
    return mo == null ? null : of(year, String.valueOf(mo), day);
  }

  /** A plausible date (1900-2199) or null. */
  static @Nullable LocalDate of(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2199) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }
}
