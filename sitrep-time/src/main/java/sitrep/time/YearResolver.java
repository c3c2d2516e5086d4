package sitrep.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import sitrep.model.DateValue;

/**
 * Places year-less dates ("27. Juni", "--06-27", "im März", "im Sommer") in the year a news report
 * means, as HeidelTime does: the tense of the sentence decides ({@link Tense}). Past: the most recent
 * occurrence on or before the publication date, allowing two days after it for reports dated a
 * little before the events or time-zone slips. Future: the next occurrence from publication on
 * (two days back allowed). A day in the publication month stays in its year whatever the tense
 * says. Unknown: the occurrence closest to publication, but one in the future
 * only within {@link #FUTURE_WINDOW_DAYS}: reports announce what is coming soon, while they recall
 * past events of any age. Public because the event stage needs the same rule when a publication
 * date turns up later (e.g. when merging reports into incidents); without a tense the past rule
 * applies there.
 */
public final class YearResolver {

  /** Days after publication that still count as "this year's" date. */
  public static final int TOLERANCE_DAYS = 2;

  /** How far ahead of publication a date of unknown tense may lie to be read as coming. */
  public static final int FUTURE_WINDOW_DAYS = 122;

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

  /** A day in the year its tense puts it in (see the class comment). */
  public static LocalDate resolve(MonthDay day, LocalDate published, Tense tense) {
    if (tense != Tense.UNKNOWN && day.getMonthValue() == published.getMonthValue()
        && day.isValidYear(published.getYear())) {
      // the publication month itself: a verb about another event ("wurden verlegt") does not
      // move it a year (HeidelTime compares months too)
      return day.atYear(published.getYear());
    }
    LocalDate past = resolve(day, published);
    if (tense == Tense.PAST) {
      return past;
    }
    if (tense == Tense.FUTURE) {
      return onOrAfter(day, published.minusDays(TOLERANCE_DAYS));
    }
    LocalDate future = onOrAfter(day, published.plusDays(TOLERANCE_DAYS + 1));
    long ahead = ChronoUnit.DAYS.between(published, future);
    long back = ChronoUnit.DAYS.between(past, published);
    return ahead <= FUTURE_WINDOW_DAYS && ahead < back ? future : past;
  }

  /** The first date with this month and day on or after {@code from}. */
  private static LocalDate onOrAfter(MonthDay day, LocalDate from) {
    for (int year = from.getYear(); ; year++) {
      if (day.isValidYear(year) && !day.atYear(year).isBefore(from)) {
        return day.atYear(year);
      }
    }
  }

  /**
   * A month in the year its tense puts it in: the publication month itself whatever the tense,
   * else the latest such month before it (past), the next one (future) or the closer one with the
   * future within {@link #FUTURE_WINDOW_DAYS} (unknown).
   */
  public static YearMonth resolve(int month, LocalDate published, Tense tense) {
    YearMonth now = YearMonth.from(published);
    YearMonth past = resolve(month, published);
    if (tense == Tense.PAST || past.equals(now)) {
      return past;
    }
    YearMonth future = past.plusYears(1);
    if (tense == Tense.FUTURE) {
      return future;
    }
    long ahead = ChronoUnit.DAYS.between(published, future.atDay(1));
    long back = ChronoUnit.DAYS.between(past.atEndOfMonth(), published);
    return ahead <= FUTURE_WINDOW_DAYS && ahead < back ? future : past;
  }

  /**
   * The year of a season that starts in {@code startMonth} (12 for winter), by the rule for months:
   * the season publication falls in, else the last one (past), the next (future) or the closer one.
   */
  public static int seasonYear(int startMonth, LocalDate published, Tense tense) {
    LocalDate start = LocalDate.of(published.getYear(), startMonth, 1);
    if (start.isAfter(published)) {
      start = start.minusYears(1);
    }
    LocalDate end = start.plusMonths(3).minusDays(1);
    if (tense == Tense.PAST || !end.isBefore(published)) {
      return start.getYear();
    }
    LocalDate next = start.plusYears(1);
    if (tense == Tense.FUTURE) {
      return next.getYear();
    }
    long ahead = ChronoUnit.DAYS.between(published, next);
    long back = ChronoUnit.DAYS.between(end, published);
    return ahead <= FUTURE_WINDOW_DAYS && ahead < back ? next.getYear() : start.getYear();
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
