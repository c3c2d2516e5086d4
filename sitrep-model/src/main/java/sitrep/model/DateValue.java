package sitrep.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An event date as far as the text allows: {@code 2021-06-28}, {@code --06-28} (year unknown),
 * {@code 2020-01} (month only), with the interval it can lie in and ACLED's time precision
 * (1 day known, 2 within a week or a range, 3 month or vaguer).
 */
public record DateValue(String value, String earliest, String latest, int precision) {
  public DateValue {
    if (precision < 1 || precision > 3) {
      throw new IllegalArgumentException("time precision must be 1..3: " + precision);
    }
  }

  public static DateValue day(LocalDate d) {
    return new DateValue(d.toString(), d.toString(), d.toString(), 1);
  }

  /** A day whose year is unknown: {@code --MM-DD}. */
  public static DateValue dayNoYear(int month, int day) {
    String v = String.format("--%02d-%02d", month, day);
    return new DateValue(v, v, v, 1);
  }

  public static DateValue month(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new DateValue(String.format("%04d-%02d", year, month), first.toString(),
        first.plusMonths(1).minusDays(1).toString(), 3);
  }

  public static DateValue range(LocalDate from, LocalDate to, int precision) {
    String v = from.equals(to) ? from.toString() : from + "/" + to;
    return new DateValue(v, from.toString(), to.toString(), precision);
  }

  /** The value as a full date when it is one, else null. */
  public @Nullable LocalDate asDay() {
    return value.length() == 10 && !value.startsWith("--") ? LocalDate.parse(value) : null;
  }

  /** The earliest day when it is a full date, else null. */
  public @Nullable LocalDate earliestDay() {
    return earliest.length() == 10 && !earliest.startsWith("--") ? LocalDate.parse(earliest) : null;
  }

  /** The latest day when it is a full date, else null. */
  public @Nullable LocalDate latestDay() {
    return latest.length() == 10 && !latest.startsWith("--") ? LocalDate.parse(latest) : null;
  }
}
