package sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import sitrep.model.DateValue;

/**
 * A year-less date is the latest such date on or before publication (plus two days); with a tense,
 * past or future as it says, and without one the nearer occurrence, the future only within four
 * months.
 */
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

  @Test
  void theTenseDecidesTheYearOfADay() {
    assertThat(YearResolver.resolve(MonthDay.of(9, 20), PUB, Tense.FUTURE)).isEqualTo("2021-09-20");
    assertThat(YearResolver.resolve(MonthDay.of(9, 20), PUB, Tense.PAST)).isEqualTo("2020-09-20");
    assertThat(YearResolver.resolve(MonthDay.of(6, 1), PUB, Tense.FUTURE)).isEqualTo("2022-06-01");
  }

  @Test
  void withoutATenseTheNearerOccurrenceWinsTheFutureOnlyWithinFourMonths() {
    assertThat(YearResolver.resolve(MonthDay.of(9, 20), PUB, Tense.UNKNOWN))
        .as("74 days ahead, 291 back").isEqualTo("2021-09-20");
    assertThat(YearResolver.resolve(MonthDay.of(12, 20), PUB, Tense.UNKNOWN))
        .as("165 days ahead is too far").isEqualTo("2020-12-20");
    assertThat(YearResolver.resolve(MonthDay.of(6, 27), PUB, Tense.UNKNOWN)).isEqualTo("2021-06-27");
  }

  @Test
  void aDayOfThePublicationMonthKeepsItsYearWhateverTheTense() {
    assertThat(YearResolver.resolve(MonthDay.of(7, 20), PUB, Tense.PAST)).isEqualTo("2021-07-20");
    assertThat(YearResolver.resolve(MonthDay.of(7, 1), PUB, Tense.FUTURE)).isEqualTo("2021-07-01");
  }

  @Test
  void monthsFollowTheSameRule() {
    assertThat(YearResolver.resolve(9, PUB, Tense.UNKNOWN)).isEqualTo(YearMonth.of(2021, 9));
    assertThat(YearResolver.resolve(9, PUB, Tense.PAST)).isEqualTo(YearMonth.of(2020, 9));
    assertThat(YearResolver.resolve(1, PUB, Tense.UNKNOWN)).isEqualTo(YearMonth.of(2021, 1));
    assertThat(YearResolver.resolve(1, PUB, Tense.FUTURE)).isEqualTo(YearMonth.of(2022, 1));
    assertThat(YearResolver.resolve(7, PUB, Tense.FUTURE)).isEqualTo(YearMonth.of(2021, 7));
  }

  @Test
  void seasonsTooAndTheRunningOneIsItself() {
    assertThat(YearResolver.seasonYear(6, PUB, Tense.FUTURE)).as("summer is running").isEqualTo(2021);
    LocalDate january = LocalDate.of(2013, 1, 10);
    assertThat(YearResolver.seasonYear(3, january, Tense.UNKNOWN)).isEqualTo(2013);
    assertThat(YearResolver.seasonYear(3, january, Tense.PAST)).isEqualTo(2012);
    assertThat(YearResolver.seasonYear(12, january, Tense.PAST)).as("winter from December")
        .isEqualTo(2012);
  }
}
