package sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static sitrep.time.Times.dates;
import static sitrep.time.Times.find;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import sitrep.model.DateValue;
import sitrep.model.TimeExpression;
import sitrep.model.TimexType;

/**
 * The dates the gold events of the three seed articles need (../shared/gold), read from the seed
 * files at run time. Skipped when ../shared is not there.
 */
class SeedArticlesTest {

  private static String seed(String name) throws IOException {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null, "sitrep.shared is not set");
    Path file = Path.of(shared, "seeds", name + ".txt");
    assumeTrue(Files.isRegularFile(file), "seed " + file + " is missing");
    return Files.readString(file);
  }

  @Test
  void germanNarrativeChainsFromTheStrikeDateWhenPublishedIsKnown() throws IOException {
    List<TimeExpression> times = Times.de(seed("000_371c7a1a836e5ba9"), "2021-07-08");

    assertThat(dates(times)).containsExactly(
        "2021-06-27", // Der US-Angriff fand am 27. Juni statt
        "2021-06-28", // gleich am Tag darauf
        "2021-07-05", // Genau eine Woche später
        "2021-07-05", // der neuste am 5. Juli
        "2021-07-06", // In den frühen Morgenstunden am 6. Juli
        "2021-07-06", // Mitten in der Nacht (same night)
        "2021-07-05", // Am 5. Juli trafen mindestens drei Raketen
        "2020-01"); // Januar 2020

    TimeExpression dayAfter = find(times, "Tag darauf");
    assertThat(dayAfter.anchor()).isEqualTo("previous:2021-06-27");
    assertThat(dayAfter.value()).isEqualTo("2021-06-28");
    TimeExpression weekLater = find(times, "Genau eine Woche später");
    assertThat(weekLater.anchor()).isEqualTo("previous:2021-06-28");
    assertThat(weekLater.date()).isEqualTo(DateValue.day(java.time.LocalDate.of(2021, 7, 5)));
    assertThat(find(times, "27. Juni").anchor()).isEqualTo("published:2021-07-08");
    TimeExpression january = find(times, "Januar 2020");
    assertThat(january.value()).isEqualTo("2020-01");
    assertThat(january.anchor()).isNull();
    assertThat(january.date()).isEqualTo(new DateValue("2020-01", "2020-01-01", "2020-01-31", 3));
  }

  @Test
  void germanNarrativeStaysYearLessWithoutPublicationDate() throws IOException {
    List<TimeExpression> times = Times.de(seed("000_371c7a1a836e5ba9"), null);

    assertThat(dates(times)).containsExactly(
        "--06-27", "--06-28", "--07-05", "--07-05", "--07-06", "--07-06", "--07-05", "2020-01");
    TimeExpression strike = find(times, "27. Juni");
    assertThat(strike.value()).isEqualTo("XXXX-06-27");
    assertThat(strike.date()).isEqualTo(new DateValue("--06-27", "--06-27", "--06-27", 1));
    assertThat(find(times, "Tag darauf").value()).isEqualTo("XXXX-06-28");
    assertThat(find(times, "Tag darauf").anchor()).isEqualTo("previous:XXXX-06-27");
  }

  @Test
  void germanEarlyHoursJoinTheirDayAndDailyIsASet() throws IOException {
    List<TimeExpression> times = Times.de(seed("000_371c7a1a836e5ba9"), "2021-07-08");

    TimeExpression early = find(times, "den frühen Morgenstunden am 6. Juli");
    assertThat(early.type()).isEqualTo(TimexType.TIME);
    assertThat(early.value()).isEqualTo("2021-07-06TMO");
    TimeExpression night = find(times, "Mitten in der Nacht");
    assertThat(night.value()).isEqualTo("2021-07-06TNI");
    assertThat(night.anchor()).isEqualTo("previous:2021-07-06");
    TimeExpression daily = find(times, "täglich");
    assertThat(daily.type()).isEqualTo(TimexType.SET);
    assertThat(daily.value()).isEqualTo("P1D");
    assertThat(daily.date()).isNull();
  }

  @Test
  void germanSeedHasNoNumbersMistakenForDates() throws IOException {
    String text = seed("000_371c7a1a836e5ba9");
    List<TimeExpression> times = Times.de(text, "2021-07-08");

    int union = text.indexOf("Union 3");
    int cram = text.indexOf("C-RAM");
    assertThat(times).noneMatch(t -> t.span().end() > union && t.span().start() < union + 7);
    assertThat(times).noneMatch(t -> t.span().end() > cram && t.span().start() < cram + 5);
    assertThat(Times.texts(times)).containsExactly("27. Juni", "Tag darauf",
        "Genau eine Woche später", "täglich", "5. Juli", "den frühen Morgenstunden am 6. Juli",
        "Mitten in der Nacht", "5. Juli", "Januar 2020");
  }

  @Test
  void englishWeekAgoIsSevenDaysBeforePublicationGiveOrTakeThree() throws IOException {
    List<TimeExpression> times = Times.en(seed("001_4e53c2cea099c939"), "2017-09-21");

    TimeExpression weekAgo = find(times, "A week ago");
    assertThat(weekAgo.type()).isEqualTo(TimexType.DATE);
    assertThat(weekAgo.anchor()).isEqualTo("published:2017-09-21");
    assertThat(weekAgo.date()).isEqualTo(new DateValue("2017-09-14", "2017-09-11", "2017-09-17", 2));
  }

  @Test
  void englishRangeIsOneDateSpanningTheDays() throws IOException {
    List<TimeExpression> times = Times.en(seed("001_4e53c2cea099c939"), "2017-09-21");

    TimeExpression range = find(times, "between 8 and 12 September");
    assertThat(range.value()).isEqualTo("2017-09-08");
    assertThat(range.date()).isEqualTo(new DateValue("2017-09-08", "2017-09-08", "2017-09-12", 2));
    assertThat(find(times, "three years").value()).isEqualTo("P3Y");
  }

  @Test
  void englishRelativeDatesWithoutPublicationGetValuesButNoCalendarDate() throws IOException {
    List<TimeExpression> times = Times.en(seed("001_4e53c2cea099c939"), null);

    TimeExpression weekAgo = find(times, "A week ago");
    assertThat(weekAgo.value()).isEqualTo("XXXX-WXX");
    assertThat(weekAgo.date()).isNull();
    assertThat(weekAgo.anchor()).isNull();
    assertThat(find(times, "between 8 and 12 September").date())
        .isEqualTo(new DateValue("--09-08", "--09-08", "--09-12", 2));
  }

  @Test
  void englishWebPageFindsTheFuzzyPastButNotTheTrucks() throws IOException {
    String text = seed("002_567ca4a7be8bb273");
    List<TimeExpression> times = Times.en(text, "2019-11-20");

    assertThat(Times.values(times))
        .containsExactly("PAST_REF", "PAST_REF", "PXD", "PXD", "PAST_REF");
    TimeExpression pastDays = find(times, "the past few days");
    assertThat(pastDays.date()).isEqualTo(new DateValue("2019-11-13", "2019-11-13", "2019-11-20", 2));
    int trucks = text.indexOf("300 trucks");
    assertThat(times).noneMatch(t -> t.span().end() > trucks && t.span().start() < trucks + 10);
  }
}
