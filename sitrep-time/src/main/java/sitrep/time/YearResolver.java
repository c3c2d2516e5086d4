package sitrep.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import sitrep.model.DateValue;

/**
 * Places year-less dates ("27. Juni", "--06-27") in the year a news report means: the most recent
 * occurrence on or before the publication date, allowing two days after it for reports dated a
 * little before the events they announce or time-zone slips. Public because the event stage needs
 * the same rule when a publication date turns up later (e.g. when merging reports into incidents).
 */
public final class YearResolver {

  /** Days after publication that still count as "this year's" date. */
  public static final int TOLERANCE_DAYS = 2;

  private YearResolver() {}

  /**
   * The latest date with this month and day on or before {@code published} + {@link
   * #TOLERANCE_DAYS}; for 29 February, the latest leap year's.
   */
  public static LocalDate resolve(MonthDay day, LocalDate published) {
    LocalDate limit = published.plusDays(TOLERANCE_DAYS);
    for (int year = limit.getYear(); ; year--) {
      if (day.isValidYear(year)) {
        LocalDate d = day.atYear(year);
        if (!d.isAfter(limit)) {
          return d;
        }
      }
    }
  }

  /** The latest month with this number that starts on or before {@code published}. */
  public static YearMonth resolve(int month, LocalDate published) {
    YearMonth ym = YearMonth.of(published.getYear(), month);
    return ym.isAfter(YearMonth.from(published)) ? ym.minusYears(1) : ym;
  }

  /**
   * A date value with the year filled in from the publication date when it has none ({@code
   * --06-27}, {@code --06}, ranges such as {@code --12-30}…{@code --01-02}); any other value is
   * returned unchanged. The year is chosen for the latest day, so a range that crosses New Year
   * starts in the year before.
   */
  public static DateValue resolve(DateValue value, @Nullable LocalDate published) {
    String v = value.value();
    if (published == null || !v.startsWith("--")) {
      return value;
    }
    try {
      if (v.length() == 4) {
        YearMonth ym = resolve(Integer.parseInt(v.substring(2)), published);
        MonthDay earliest = monthDay(value.earliest(), ym.getMonthValue(), 1);
        MonthDay latest = monthDay(value.latest(), ym.getMonthValue(), 31);
        return new DateValue(ym.toString(), earliest.atYear(ym.getYear()).toString(),
            latest.atYear(ym.getYear()).toString(), value.precision());
      }
      MonthDay latest = MonthDay.parse(value.latest());
      MonthDay earliest = MonthDay.parse(value.earliest());
      MonthDay day = MonthDay.parse(v);
      LocalDate last = resolve(latest, published);
      return new DateValue(before(day, latest, last).toString(),
          before(earliest, latest, last).toString(), last.toString(), value.precision());
    } catch (RuntimeException e) {
      return value;
    }
  }

  /** The day {@code md} in the year that puts it on or before {@code last} within a year. */
  private static LocalDate before(MonthDay md, MonthDay latest, LocalDate last) {
    return md.atYear(md.isAfter(latest) ? last.getYear() - 1 : last.getYear());
  }

  /** Parses {@code --MM-DD}; {@code --MM} gives the given day, clamped to the month's length. */
  private static MonthDay monthDay(String s, int month, int day) {
    if (s.length() == 4) {
      return MonthDay.of(month, Math.min(day, java.time.Month.of(month).maxLength()));
    }
    return MonthDay.parse(s);
  }
}
