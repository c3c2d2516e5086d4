package sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import sitrep.model.DateValue;

/** A year-less date is the latest such date on or before publication (plus two days). */
class YearResolverTest {

  private static final LocalDate PUB = LocalDate.of(2021, 7, 8);

  @Test
  void aDayBeforePublicationIsInItsYear() {
    assertThat(YearResolver.resolve(MonthDay.of(6, 27), PUB)).isEqualTo("2021-06-27");
  }

  @Test
  void upToTwoDaysAfterPublicationStillCounts() {
    assertThat(YearResolver.resolve(MonthDay.of(7, 10), PUB)).isEqualTo("2021-07-10");
    assertThat(YearResolver.resolve(MonthDay.of(7, 11), PUB)).isEqualTo("2020-07-11");
  }

  @Test
  void earlyJanuaryPublicationsPointBackToDecember() {
    assertThat(YearResolver.resolve(MonthDay.of(12, 30), LocalDate.of(2021, 1, 2)))
        .isEqualTo("2020-12-30");
    assertThat(YearResolver.resolve(MonthDay.of(1, 1), LocalDate.of(2021, 12, 31)))
        .as("within the two days' tolerance").isEqualTo("2022-01-01");
  }

  @Test
  void leapDayGoesToTheLastLeapYear() {
    assertThat(YearResolver.resolve(MonthDay.of(2, 29), PUB)).isEqualTo("2020-02-29");
    assertThat(YearResolver.resolve(MonthDay.of(2, 29), LocalDate.of(2020, 2, 1)))
        .isEqualTo("2016-02-29");
  }

  @Test
  void monthsStartOnOrBeforePublication() {
    assertThat(YearResolver.resolve(7, PUB)).isEqualTo(YearMonth.of(2021, 7));
    assertThat(YearResolver.resolve(8, PUB)).isEqualTo(YearMonth.of(2020, 8));
  }

  @Test
  void dateValuesGetTheirYearFilledIn() {
    assertThat(YearResolver.resolve(DateValue.dayNoYear(6, 27), PUB))
        .isEqualTo(DateValue.day(LocalDate.of(2021, 6, 27)));
    assertThat(YearResolver.resolve(new DateValue("--12-30", "--12-30", "--01-02", 2),
        LocalDate.of(2021, 1, 5)))
        .isEqualTo(new DateValue("2020-12-30", "2020-12-30", "2021-01-02", 2));
    assertThat(YearResolver.resolve(new DateValue("--02", "--02-01", "--02-29", 3), PUB))
        .isEqualTo(new DateValue("2021-02", "2021-02-01", "2021-02-28", 3));
  }

  @Test
  void fullValuesAndMissingPublicationDatesAreLeftAlone() {
    DateValue full = DateValue.month(2020, 1);
    assertThat(YearResolver.resolve(full, PUB)).isSameAs(full);
    DateValue partial = DateValue.dayNoYear(6, 27);
    assertThat(YearResolver.resolve(partial, null)).isSameAs(partial);
  }
}
