package sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static sitrep.time.Times.en;
import static sitrep.time.Times.find;
import static sitrep.time.Times.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import sitrep.model.DateValue;
import sitrep.model.TimeExpression;
import sitrep.model.TimexType;

/** How English temporal expressions are found and resolved, family by family. */
class EnglishTimeStageTest {

  private static final String PUB = "2021-07-08"; // a Thursday

  @Nested
  class AbsoluteDates {
    @Test
    void dayMonthInEitherOrder() {
      List<TimeExpression> times = en("Militants struck on 5 July and again on July 6; "
          + "on the 2nd of July a convoy was hit, and on July 1st a drone.", PUB);
      assertThat(Times.texts(times))
          .containsExactly("5 July", "July 6", "the 2nd of July", "July 1st");
      assertThat(Times.values(times))
          .containsExactly("2021-07-05", "2021-07-06", "2021-07-02", "2021-07-01");
    }

    @Test
    void fullDatesAndAbbreviations() {
      List<TimeExpression> times = en("The base was attacked on July 5, 2021, and on Jan. 3, "
          + "and on Tuesday, July 6, 2021.", PUB);
      assertThat(Times.texts(times))
          .containsExactly("July 5, 2021", "Jan. 3", "Tuesday, July 6, 2021");
      assertThat(Times.values(times)).containsExactly("2021-07-05", "2021-01-03", "2021-07-06");
      assertThat(find(times, "July 5, 2021").anchor()).isNull();
    }

    @Test
    void isoMonthsAndYears() {
      List<TimeExpression> times = en("Reported 2021-07-06 about January 2020; the group was "
          + "founded in 2019 and grew during the year 2020. In May it split.", PUB);
      assertThat(Times.texts(times))
          .containsExactly("2021-07-06", "January 2020", "2019", "the year 2020", "May");
      assertThat(Times.values(times))
          .containsExactly("2021-07-06", "2020-01", "2019", "2020", "2021-05");
    }

    @Test
    void earlyMidLate() {
      assertThat(only(en("Fighting resumed in late September 2020.", PUB)).date())
          .isEqualTo(new DateValue("2020-09", "2020-09-21", "2020-09-30", 3));
    }
  }

  @Nested
  class Ranges {
    @Test
    void betweenDays() {
      TimeExpression t = only(en("Photos were taken between 8 and 12 September.", "2017-09-21"));
      assertThat(t.text()).isEqualTo("between 8 and 12 September");
      assertThat(t.date()).isEqualTo(new DateValue("2017-09-08", "2017-09-08", "2017-09-12", 2));
    }

    @Test
    void monthFirstAndDashRanges() {
      List<TimeExpression> times = en("Clashes between June 28 and July 2, 2020 and on "
          + "3-5 May left dozens dead.", PUB);
      assertThat(Times.dates(times)).containsExactly("2020-06-28", "2021-05-03");
      assertThat(times.get(0).date().latest()).isEqualTo("2020-07-02");
      assertThat(times.get(1).date().latest()).isEqualTo("2021-05-05");
    }
  }

  @Nested
  class RelativeToPublication {
    @Test
    void yesterdayTodayLastNight() {
      List<TimeExpression> times =
          en("Yesterday a mine exploded, today a village was cleared and last night shots "
              + "were fired.", PUB);
      assertThat(Times.values(times)).containsExactly("2021-07-07", "2021-07-08", "2021-07-07TNI");
    }

    @Test
    void agoCountsBackFromPublication() {
      List<TimeExpression> times = en("Two days ago a checkpoint was attacked; a week ago two "
          + "soldiers died; a month ago the talks failed.", PUB);
      assertThat(find(times, "Two days ago").date())
          .isEqualTo(DateValue.day(LocalDate.of(2021, 7, 6)));
      assertThat(find(times, "a week ago").date())
          .isEqualTo(new DateValue("2021-07-01", "2021-06-28", "2021-07-04", 2));
      assertThat(find(times, "a month ago").date().precision()).isEqualTo(3);
      assertThat(find(times, "a month ago").value()).isEqualTo("2021-06");
    }

    @Test
    void weekdays() {
      List<TimeExpression> times = en("The Pentagon said on Thursday that jets struck on "
          + "Monday and last Thursday.", PUB);
      assertThat(Times.values(times)).containsExactly("2021-07-08", "2021-07-05", "2021-07-01");
    }

    @Test
    void earlyOnAWeekdayIsItsMorning() {
      TimeExpression t = only(en("Early on Tuesday, rockets hit the embassy.", PUB));
      assertThat(t.type()).isEqualTo(TimexType.TIME);
      assertThat(t.value()).isEqualTo("2021-07-06TMO");
      assertThat(t.date()).isEqualTo(DateValue.day(LocalDate.of(2021, 7, 6)));
    }

    @Test
    void calendarUnits() {
      List<TimeExpression> times =
          en("Last week, this month and last year the ministry reported attacks.", PUB);
      assertThat(Times.values(times)).containsExactly("2021-W26", "2021-07", "2020");
    }

    @Test
    void fuzzyPast() {
      List<TimeExpression> times = en("Forces recently expanded the base; in the past few "
          + "days, more trucks arrived.", PUB);
      assertThat(find(times, "recently").date())
          .isEqualTo(new DateValue("2021-06-08", "2021-06-08", "2021-07-08", 3));
      assertThat(find(times, "the past few days").date())
          .isEqualTo(new DateValue("2021-07-01", "2021-07-01", "2021-07-08", 2));
    }

    @Test
    void thePastHoursAreTheLastDay() {
      TimeExpression t = only(en("In the past 24 hours, 12 strikes were reported.", PUB));
      assertThat(t.text()).isEqualTo("the past 24 hours");
      assertThat(t.value()).isEqualTo("PT24H");
      assertThat(t.date()).isEqualTo(new DateValue("2021-07-07", "2021-07-07", "2021-07-08", 2));
    }

    @Test
    void theMayThatIsAVerbIsNoMonth() {
      assertThat(en("Officials may confirm it. May I add that we may not know?", PUB)).isEmpty();
      assertThat(only(en("The offensive started on May 5.", PUB)).value()).isEqualTo("2021-05-05");
    }
  }

  @Nested
  class RelativeToTheNarrative {
    @Test
    void chainsFromTheLastDate() {
      List<TimeExpression> times = en("On 27 June US jets struck. The next day militias "
          + "answered; the following day they fired again. Two days later a drone was downed, "
          + "and the same day the SDF denied it. Exactly a week later, reports surfaced.", PUB);
      assertThat(Times.texts(times)).containsExactly("27 June", "The next day",
          "the following day", "Two days later", "the same day", "Exactly a week later");
      assertThat(Times.dates(times)).containsExactly("2021-06-27", "2021-06-28", "2021-06-29",
          "2021-07-01", "2021-07-01", "2021-07-08");
    }

    @Test
    void aWeekLaterIsApproximate() {
      List<TimeExpression> times = en("On 27 June US jets struck. A week later they returned.",
          null);
      assertThat(find(times, "A week later").date())
          .isEqualTo(new DateValue("--07-04", "--07-01", "--07-07", 2));
    }

    @Test
    void comparisonsAreNotDates() {
      assertThat(Times.values(en("On 2 May the season started a month earlier than usual.",
          PUB))).containsExactly("2021-05-02", "P1M");
    }
  }

  @Nested
  class TimesOfDay {
    @Test
    void partsOfTheDayJoinTheirDay() {
      List<TimeExpression> times = en("Thursday night and in the early hours of Tuesday "
          + "there were blasts.", PUB);
      assertThat(Times.texts(times)).containsExactly("Thursday night", "the early hours of Tuesday");
      assertThat(Times.values(times)).containsExactly("2021-07-08TNI", "2021-07-06TMO");
    }

    @Test
    void clockTimes() {
      List<TimeExpression> times = en("On 4 July at 8 p.m. and again at 23:15 GMT.", PUB);
      assertThat(Times.values(times)).containsExactly("2021-07-04", "2021-07-04T20:00",
          "2021-07-04T23:15");
    }
  }

  @Nested
  class DurationsAndSets {
    @Test
    void durations() {
      List<TimeExpression> times = en("The siege lasted three days, the truce 72 hours, a "
          + "four-week campaign and several years of occupation.", PUB);
      assertThat(Times.values(times)).containsExactly("P3D", "PT72H", "P4W", "PXY");
      assertThat(times).allSatisfy(t -> assertThat(t.date()).isNull());
    }

    @Test
    void agesAreNotDurations() {
      assertThat(en("A 22-year-old man and a boy, 5 years old, were hurt.", PUB)).isEmpty();
    }

    @Test
    void recurrences() {
      List<TimeExpression> times = en("Convoys are attacked daily, drones fly every week and "
          + "raids come every Friday.", PUB);
      assertThat(Times.values(times)).containsExactly("P1D", "P1W", "XXXX-WXX-5");
      assertThat(times).allSatisfy(t -> assertThat(t.type()).isEqualTo(TimexType.SET));
    }
  }

  @Nested
  class TheTenseDecidesTheYear {
    private static final String MARCH = "2013-03-22"; // a Friday

    @Test
    void futurePastAndPresent() {
      assertThat(only(en("The closure will begin on April 7, the FAA said.", MARCH)).value())
          .isEqualTo("2013-04-07");
      assertThat(only(en("Rebels seized the town on April 7.", MARCH)).value())
          .isEqualTo("2012-04-07");
      assertThat(only(en("The book is due to be published in May.", MARCH)).value())
          .as("present tense: the nearer May").isEqualTo("2013-05");
      assertThat(only(en("He was accused of faking his death last summer.", MARCH)).value())
          .isEqualTo("2012-SU");
    }

    @Test
    void sinceIsAlwaysPast() {
      assertThat(only(en("Troops are advancing on the town since September.", PUB)).value())
          .isEqualTo("2020-09");
    }

    @Test
    void aClockTimeRightBeforeItsDayIsOneTime() {
      TimeExpression t = only(en("The match will be played at 15:00 GMT Saturday.", MARCH));
      assertThat(t.text()).isEqualTo("15:00 GMT Saturday");
      assertThat(t.type()).isEqualTo(TimexType.TIME);
      assertThat(t.value()).isEqualTo("2013-03-23T15:00");
    }
  }

  @Nested
  class CalendarUnits {
    @Test
    void decadesCenturiesAndYearRanges() {
      List<TimeExpression> times = en("In the 1990s and the '80s, in the 20th century and on "
          + "the expedition of 1957-58.", PUB);
      assertThat(Times.texts(times))
          .containsExactly("the 1990s", "the '80s", "20th century", "1957", "58");
      assertThat(Times.values(times)).containsExactly("199", "198", "19", "1957", "1958");
    }

    @Test
    void quartersAndPartsOfUnits() {
      List<TimeExpression> times = en("Profits rose in the third quarter; talks resume early "
          + "next week and end by the end of last year.", PUB);
      assertThat(Times.values(times)).containsExactly("2021-Q3", "2021-W28", "2020");
      assertThat(find(times, "the end of last year").date())
          .isEqualTo(new DateValue("2020", "2020-09-01", "2020-12-31", 3));
    }
  }

  @Nested
  class NotTimes {
    @Test
    void numbersAndQuantities() {
      assertThat(en("Some 300 trucks, 2000 soldiers and 12019 refugees reached Union 3; "
          + "C-RAM fired 2,000 rounds.", PUB)).isEmpty();
    }
  }
}
