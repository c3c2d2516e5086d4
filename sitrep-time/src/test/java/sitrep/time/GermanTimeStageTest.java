package sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static sitrep.time.Times.de;
import static sitrep.time.Times.find;
import static sitrep.time.Times.only;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import sitrep.model.DateValue;
import sitrep.model.TimeExpression;
import sitrep.model.TimexType;

/** How German temporal expressions are found and resolved, family by family. */
class GermanTimeStageTest {

  private static final String PUB = "2021-07-08"; // a Thursday

  @Nested
  class AbsoluteDates {
    @Test
    void dayAndMonthTakeThePublicationYearAndLeaveThePrepositionOut() {
      TimeExpression t = only(de("Die Kämpfe begannen am 5. Juli im Norden.", PUB));
      assertThat(t.text()).isEqualTo("5. Juli");
      assertThat(t.type()).isEqualTo(TimexType.DATE);
      assertThat(t.value()).isEqualTo("2021-07-05");
      assertThat(t.anchor()).isEqualTo("published:2021-07-08");
      assertThat(t.date()).isEqualTo(new DateValue("2021-07-05", "2021-07-05", "2021-07-05", 1));
    }

    @Test
    void aDayMonthAfterPublicationBelongsToTheYearBefore() {
      assertThat(only(de("Der Anschlag vom 14. Oktober wurde nie aufgeklärt.", PUB)).value())
          .isEqualTo("2020-10-14");
      assertThat(only(de("Die Waffenruhe gilt seit dem 10. Juli.", PUB)).value())
          .as("up to two days after publication stays in the year").isEqualTo("2021-07-10");
    }

    @Test
    void fullDatesAreAbsolute() {
      TimeExpression t = only(de("Am 17. März 2019 wurde die Stadt eingenommen.", PUB));
      assertThat(t.value()).isEqualTo("2019-03-17");
      assertThat(t.anchor()).isNull();
    }

    @Test
    void numericDates() {
      List<TimeExpression> times = de(
          "Gemeldet am 06.07.2021, bestätigt am 2021-07-07, ergänzt am 6.7. und am 1.2.21.", PUB);
      assertThat(Times.texts(times)).containsExactly("06.07.2021", "2021-07-07", "6.7.", "1.2.21");
      assertThat(Times.values(times))
          .containsExactly("2021-07-06", "2021-07-07", "2021-07-06", "2021-02-01");
    }

    @Test
    void weekdayBeforeADateBelongsToIt() {
      TimeExpression t = only(de("Am Dienstag, 6. Juli 2021, explodierte eine Autobombe.", PUB));
      assertThat(t.text()).isEqualTo("Dienstag, 6. Juli 2021");
      assertThat(t.value()).isEqualTo("2021-07-06");
    }

    @Test
    void abbreviatedMonthsNeedTheirDot() {
      assertThat(only(de("Seit dem 3. Nov. 2020 gilt die Ausgangssperre.", PUB)).value())
          .isEqualTo("2020-11-03");
    }

    @Test
    void monthsAndYears() {
      List<TimeExpression> times = de("Im Januar 2020 und im Juni griffen Milizen an; "
          + "im Jahr 2019 war es ruhig, seit 2014 gibt es Kämpfe. Rebellen wurden 1977 gegründet.",
          PUB);
      assertThat(Times.texts(times))
          .containsExactly("Januar 2020", "Juni", "Jahr 2019", "2014", "1977");
      assertThat(Times.values(times)).containsExactly("2020-01", "2021-06", "2019", "2014", "1977");
      assertThat(find(times, "Jahr 2019").date())
          .isEqualTo(new DateValue("2019", "2019-01-01", "2019-12-31", 3));
    }

    @Test
    void partsOfAMonthNarrowTheInterval() {
      TimeExpression t = only(de("Anfang Juli 2021 rückten die Truppen vor.", PUB));
      assertThat(t.value()).isEqualTo("2021-07");
      assertThat(t.date()).isEqualTo(new DateValue("2021-07", "2021-07-01", "2021-07-10", 3));
      assertThat(only(de("Ende 2019 zog die Armee ab.", PUB)).date())
          .isEqualTo(new DateValue("2019", "2019-09-01", "2019-12-31", 3));
    }

    @Test
    void seasons() {
      TimeExpression t = only(de("Im Sommer 2020 wurde der Stützpunkt ausgebaut.", PUB));
      assertThat(t.value()).isEqualTo("2020-SU");
      assertThat(t.date()).isEqualTo(new DateValue("2020-06-01", "2020-06-01", "2020-08-31", 3));
    }
  }

  @Nested
  class Ranges {
    @Test
    void betweenTwoDaysOfAMonth() {
      TimeExpression t = only(de("Zwischen dem 8. und 12. September wurden Konvois beschossen.",
          "2017-09-21"));
      assertThat(t.text()).isEqualTo("Zwischen dem 8. und 12. September");
      assertThat(t.value()).isEqualTo("2017-09-08");
      assertThat(t.date()).isEqualTo(new DateValue("2017-09-08", "2017-09-08", "2017-09-12", 2));
    }

    @Test
    void fromTo() {
      TimeExpression t = only(de("Vom 3. bis 5. Mai dauerten die Gefechte.", PUB));
      assertThat(t.date()).isEqualTo(new DateValue("2021-05-03", "2021-05-03", "2021-05-05", 2));
    }

    @Test
    void acrossMonthsAndYears() {
      TimeExpression t = only(de("Vom 28. Dezember bis 3. Januar galt eine Feuerpause.",
          "2021-01-10"));
      assertThat(t.date()).isEqualTo(new DateValue("2020-12-28", "2020-12-28", "2021-01-03", 2));
    }

    @Test
    void longerThanAWeekIsPrecisionThree() {
      assertThat(only(de("Vom 1. bis 20. Juni wurde gekämpft.", PUB)).date().precision())
          .isEqualTo(3);
    }
  }

  @Nested
  class RelativeToPublication {
    @Test
    void yesterdayTodayAndLastNight() {
      List<TimeExpression> times =
          de("Gestern explodierte eine Mine, heute wurde ein Dorf geräumt, "
              + "vergangene Nacht fielen Schüsse.", PUB);
      assertThat(Times.texts(times)).containsExactly("Gestern", "heute", "vergangene Nacht");
      assertThat(Times.values(times)).containsExactly("2021-07-07", "2021-07-08", "2021-07-07TNI");
      assertThat(find(times, "vergangene Nacht").type()).isEqualTo(TimexType.TIME);
      assertThat(Times.dates(times)).containsExactly("2021-07-07", "2021-07-08", "2021-07-07");
    }

    @Test
    void agoInDaysIsExact() {
      TimeExpression t = only(de("Vor drei Tagen wurde der Checkpoint angegriffen.", PUB));
      assertThat(t.text()).isEqualTo("Vor drei Tagen");
      assertThat(t.date()).isEqualTo(DateValue.day(java.time.LocalDate.of(2021, 7, 5)));
    }

    @Test
    void agoInWeeksIsTheDayGiveOrTakeThree() {
      TimeExpression t = only(de("Vor einer Woche starben zwei Soldaten.", PUB));
      assertThat(t.value()).isEqualTo("2021-W26");
      assertThat(t.date()).isEqualTo(new DateValue("2021-07-01", "2021-06-28", "2021-07-04", 2));
      assertThat(only(de("Vor genau einer Woche starben zwei Soldaten.", PUB)).date().precision())
          .isEqualTo(1);
    }

    @Test
    void weekdaysAreTheLastSuchDayOnOrBeforePublication() {
      assertThat(only(de("Am Montag wurde die Brücke gesprengt.", PUB)).value())
          .isEqualTo("2021-07-05");
      assertThat(only(de("Am Donnerstag wurde die Brücke gesprengt.", PUB)).value())
          .as("publication is a Thursday").isEqualTo("2021-07-08");
      assertThat(only(de("Am vergangenen Donnerstag wurde die Brücke gesprengt.", PUB)).value())
          .isEqualTo("2021-07-01");
    }

    @Test
    void theNightBeforeAWeekday() {
      TimeExpression t = only(de("In der Nacht zum Dienstag schlugen Raketen ein.", PUB));
      assertThat(t.text()).isEqualTo("Nacht zum Dienstag");
      assertThat(t.value()).isEqualTo("2021-07-05TNI");
      assertThat(t.date()).isEqualTo(new DateValue("2021-07-06", "2021-07-05", "2021-07-06", 2));
    }

    @Test
    void calendarWeeksMonthsAndYears() {
      List<TimeExpression> times = de("Letzte Woche, diesen Monat und im vergangenen Jahr "
          + "meldete die Regierung Angriffe.", PUB);
      assertThat(Times.values(times)).containsExactly("2021-W26", "2021-07", "2020");
      assertThat(find(times, "Letzte Woche").date())
          .isEqualTo(new DateValue("2021-06-28", "2021-06-28", "2021-07-04", 2));
      assertThat(find(times, "diesen Monat").date())
          .isEqualTo(new DateValue("2021-07", "2021-07-01", "2021-07-31", 3));
    }

    @Test
    void recentlyAndTheLastFewDaysEndAtPublication() {
      List<TimeExpression> times =
          de("Kürzlich wurden Stellungen verlegt; in den vergangenen Tagen kamen Lkw an.", PUB);
      TimeExpression recently = find(times, "Kürzlich");
      assertThat(recently.value()).isEqualTo("PAST_REF");
      assertThat(recently.date())
          .isEqualTo(new DateValue("2021-06-08", "2021-06-08", "2021-07-08", 3));
      TimeExpression pastDays = find(times, "den vergangenen Tagen");
      assertThat(pastDays.type()).isEqualTo(TimexType.DURATION);
      assertThat(pastDays.value()).isEqualTo("PXD");
      assertThat(pastDays.date())
          .isEqualTo(new DateValue("2021-07-01", "2021-07-01", "2021-07-08", 2));
    }

    @Test
    void withoutPublicationDateTheyKeepAValueButGetNoDate() {
      List<TimeExpression> times =
          de("Gestern und vor einer Woche und am Montag und heute gab es Angriffe.", null);
      assertThat(Times.values(times))
          .containsExactly("XXXX-XX-XX", "XXXX-WXX", "XXXX-WXX-1", "PRESENT_REF");
      assertThat(times).allSatisfy(t -> {
        assertThat(t.date()).isNull();
        assertThat(t.anchor()).isNull();
      });
    }
  }

  @Nested
  class RelativeToTheNarrative {
    @Test
    void theDayAfterCountsFromTheLastDate() {
      List<TimeExpression> times = de("Am 3. März griffen sie an. Am Tag darauf folgte die "
          + "Antwort. Einen Tag später kam es erneut zu Kämpfen, am selben Tag fiel die Stadt.",
          PUB);
      assertThat(Times.texts(times))
          .containsExactly("3. März", "Tag darauf", "Einen Tag später", "selben Tag");
      assertThat(Times.dates(times))
          .containsExactly("2021-03-03", "2021-03-04", "2021-03-05", "2021-03-05");
      assertThat(find(times, "selben Tag").anchor()).isEqualTo("previous:2021-03-05");
    }

    @Test
    void aWeekLaterIsApproximateUnlessExact() {
      List<TimeExpression> times = de("Am 3. März griffen sie an. Eine Woche später zogen sie "
          + "ab. Genau eine Woche später kehrten sie zurück.", PUB);
      assertThat(find(times, "Eine Woche später").date())
          .isEqualTo(new DateValue("2021-03-10", "2021-03-07", "2021-03-13", 2));
      assertThat(find(times, "Genau eine Woche später").date())
          .as("an approximate date does not become the reference")
          .isEqualTo(DateValue.day(java.time.LocalDate.of(2021, 3, 10)));
    }

    @Test
    void yearLessReferencesGiveYearLessResults() {
      List<TimeExpression> times = de("Am 28. Februar begann die Offensive, zwei Tage später "
          + "fiel die Stadt. Am 10. Mai kam es zu Gefechten, drei Tage danach zur Waffenruhe.",
          null);
      assertThat(find(times, "zwei Tage später").value())
          .as("1 or 2 March depending on the year: unknown").isEqualTo("XXXX-XX-XX");
      assertThat(find(times, "zwei Tage später").date()).isNull();
      assertThat(find(times, "drei Tage danach").date())
          .isEqualTo(new DateValue("--05-13", "--05-13", "--05-13", 1));
    }

    @Test
    void withNothingToCountFromItStaysUnresolved() {
      TimeExpression t = only(de("Am Tag darauf zogen die Truppen ab.", PUB));
      assertThat(t.value()).isEqualTo("XXXX-XX-XX");
      assertThat(t.date()).isNull();
      assertThat(t.anchor()).isNull();
    }

    @Test
    void coarseReferencesCountInMonthsAndYears() {
      List<TimeExpression> times = de("Im Januar 2020 griff Iran an; ein Jahr später "
          + "wurde verhandelt.", PUB);
      assertThat(find(times, "ein Jahr später").value()).isEqualTo("2021-01");
    }
  }

  @Nested
  class TimesOfDay {
    @Test
    void aPartOfTheDayJoinsTheDayItNames() {
      List<TimeExpression> times = de("Gestern Abend und am Morgen des 6. Juli sowie "
          + "Sonntagmorgen fielen Schüsse.", PUB);
      assertThat(Times.texts(times))
          .containsExactly("Gestern Abend", "Morgen des 6. Juli", "Sonntagmorgen");
      assertThat(Times.values(times))
          .containsExactly("2021-07-07TEV", "2021-07-06TMO", "2021-07-04TMO");
      assertThat(times).allSatisfy(t -> assertThat(t.type()).isEqualTo(TimexType.TIME));
      assertThat(Times.dates(times)).containsExactly("2021-07-07", "2021-07-06", "2021-07-04");
    }

    @Test
    void clockTimesAreOnTheDayBeforeThem() {
      List<TimeExpression> times = de("Am 5. Juli um 17.30 Uhr heulten die Sirenen.", PUB);
      assertThat(Times.texts(times)).containsExactly("5. Juli", "17.30 Uhr");
      TimeExpression clock = find(times, "17.30 Uhr");
      assertThat(clock.value()).isEqualTo("2021-07-05T17:30");
      assertThat(clock.anchor()).isEqualTo("previous:2021-07-05");
    }
  }

  @Nested
  class DurationsAndSets {
    @Test
    void durations() {
      List<TimeExpression> times =
          de("Die Belagerung dauerte drei Tage, die Waffenruhe hielt 72 Stunden, "
              + "die Besatzung mehrere Jahre.", PUB);
      assertThat(Times.values(times)).containsExactly("P3D", "PT72H", "PXY");
      assertThat(times).allSatisfy(t -> {
        assertThat(t.type()).isEqualTo(TimexType.DURATION);
        assertThat(t.date()).isNull();
      });
    }

    @Test
    void agesAreNotDurations() {
      assertThat(de("Der 16 Jahre alte Junge wurde verletzt.", PUB)).isEmpty();
    }

    @Test
    void recurrences() {
      List<TimeExpression> times = de("Konvois werden täglich angegriffen, Drohnen kreisen "
          + "jede Woche, Razzien gibt es jeden Freitag.", PUB);
      assertThat(Times.values(times)).containsExactly("P1D", "P1W", "XXXX-WXX-5");
      assertThat(times).allSatisfy(t -> assertThat(t.type()).isEqualTo(TimexType.SET));
    }
  }

  @Nested
  class TheTenseDecidesTheYear {
    private static final String FEB = "2014-02-21";

    @Test
    void futureForwardPastBack() {
      assertThat(only(de("Die Konferenz wird am 10. Januar eröffnet.", FEB)).value())
          .isEqualTo("2015-01-10");
      assertThat(only(de("Am 10. Januar griffen Milizen den Stützpunkt an.", FEB)).value())
          .isEqualTo("2014-01-10");
      assertThat(only(de("Im Oktober eroberten Rebellen die Stadt.", PUB)).value())
          .as("a weak Präteritum is a hint").isEqualTo("2020-10");
      assertThat(only(de("Der Lehrgang soll im Oktober starten.", PUB)).value())
          .isEqualTo("2021-10");
    }

    @Test
    void withoutTenseTheNearerOccurrenceTheFutureOnlyWithinFourMonths() {
      assertThat(only(de("Die Wahl erfolgt am 15. März.", FEB)).value()).isEqualTo("2014-03-15");
      assertThat(only(de("Der Markt öffnet am 10. November.", "2014-06-01")).value())
          .as("more than four months ahead").isEqualTo("2013-11-10");
    }

    @Test
    void sinceIsAlwaysPast() {
      assertThat(only(de("Die Kämpfe dauern seit September an.", PUB)).value())
          .isEqualTo("2020-09");
    }

    @Test
    void theClauseCountsBeforeTheSentence() {
      List<TimeExpression> times = de("Am 5. Juli wurde bekannt, dass die Wahl am 20. September "
          + "stattfinden wird.", PUB);
      assertThat(Times.values(times)).containsExactly("2021-07-05", "2021-09-20");
    }

    @Test
    void weekdaysLookAheadOnlyForTheFuture() {
      assertThat(only(de("Am Samstag wird gespielt.", PUB)).value()).isEqualTo("2021-07-10");
      assertThat(only(de("Am Samstag wurde gespielt.", PUB)).value()).isEqualTo("2021-07-03");
      assertThat(only(de("Am Samstag spielt die Mannschaft.", PUB)).value())
          .as("present tense: news reports what happened").isEqualTo("2021-07-03");
    }

    @Test
    void seasons() {
      assertThat(only(de("Im Sommer soll der Bau beginnen.", "2015-03-05")).value())
          .isEqualTo("2015-SU");
      assertThat(only(de("Im Sommer wurde gebaut.", "2015-03-05")).value()).isEqualTo("2014-SU");
    }

    @Test
    void seedStrikesStayInThePastWithAndWithoutPublicationDate() {
      String text = "Der US-Angriff fand am 27. Juni statt. Die Antwort erfolgte gleich am Tag "
          + "darauf. Genau eine Woche später tauchten Berichte auf.";
      assertThat(Times.dates(de(text, PUB)))
          .containsExactly("2021-06-27", "2021-06-28", "2021-07-05");
      assertThat(Times.dates(de(text, null))).containsExactly("--06-27", "--06-28", "--07-05");
    }
  }

  @Nested
  class ListsRangesAndCalendarUnits {
    @Test
    void listedDaysTakeTheMonthThatEndsTheList() {
      List<TimeExpression> times = de("Gespielt wird am 3., 4. und 5. Oktober sowie am 16. "
          + "und 17. November.", "2012-09-18");
      assertThat(Times.texts(times)).containsExactly("3", "4", "5. Oktober", "16", "17. November");
      assertThat(Times.values(times)).containsExactly("2012-10-03", "2012-10-04", "2012-10-05",
          "2012-11-16", "2012-11-17");
      assertThat(Times.texts(de("Die 2. und 3. Liga spielen am 5. Oktober.", PUB)))
          .as("no list of days without a date after it").containsExactly("5. Oktober");
    }

    @Test
    void clockRangesAndPartsOfTheDay() {
      List<TimeExpression> times = de("Gesammelt wird am 9. September von 16 bis 17.30 Uhr und "
          + "am 11. September 10-12 Uhr, das Konzert beginnt um 8 Uhr abends.", "2015-09-04");
      assertThat(Times.values(times)).containsExactly("2015-09-09", "2015-09-09T16:00",
          "2015-09-09T17:30", "2015-09-11", "2015-09-11T10:00", "2015-09-11T12:00",
          "2015-09-11T20:00");
    }

    @Test
    void aTimeOfDayBeforeAnyDateIsOnThePublicationDay() {
      TimeExpression t = only(de("Um 20 Uhr beginnt das Konzert.", PUB));
      assertThat(t.value()).isEqualTo("2021-07-08T20:00");
      assertThat(t.anchor()).isEqualTo("published:2021-07-08");
      assertThat(t.date()).isEqualTo(new DateValue("2021-07-08", "2021-07-07", "2021-07-08", 2));
    }

    @Test
    void decadesCenturiesQuartersAndHalves() {
      List<TimeExpression> times = de("In den 60er Jahren, in den 1990er-Jahren, im 20. "
          + "Jahrhundert, im dritten Quartal 2014 und in der zweiten Jahreshälfte.", "2014-07-19");
      assertThat(Times.values(times)).containsExactly("196", "199", "19", "2014-Q3", "2014-H2");
      assertThat(find(times, "dritten Quartal 2014").date())
          .isEqualTo(new DateValue("2014-07-01", "2014-07-01", "2014-09-30", 3));
    }

    @Test
    void partsOfCalendarUnits() {
      List<TimeExpression> times = de("Anfang nächster Woche und Ende des Jahres wird gewählt.",
          PUB);
      assertThat(Times.texts(times)).containsExactly("Anfang nächster Woche", "Ende des Jahres");
      assertThat(Times.values(times)).containsExactly("2021-W28", "2021");
      assertThat(find(times, "Anfang nächster Woche").date())
          .isEqualTo(new DateValue("2021-07-12", "2021-07-12", "2021-07-14", 2));
    }

    @Test
    void presentAndFutureReferences() {
      List<TimeExpression> times = de("Das gilt bis heute, auch in Zukunft und in den kommenden "
          + "Jahren.", PUB);
      assertThat(Times.values(times)).containsExactly("PRESENT_REF", "FUTURE_REF", "FUTURE_REF");
    }

    @Test
    void ratesAndVagueLengths() {
      List<TimeExpression> times = de("Die Rubrik erscheint einmal im Monat, die Klinik behandelt "
          + "200 Patienten am Tag, seit Jahren und jahrelang.", PUB);
      assertThat(Times.values(times)).containsExactly("P1M", "P1D", "PXY", "PXY");
      assertThat(Times.values(de("Das dauert sechs bis acht Monate.", PUB)))
          .containsExactly("P6M", "P8M");
    }
  }

  @Nested
  class NotTimes {
    @Test
    void agesWithPrepositions() {
      assertThat(de("Wählen dürfen Jugendliche ab 16 Jahren, er starb im Alter von 26 Jahren, "
          + "mit 16 Jahren zog sie fort.", PUB)).isEmpty();
    }

    @Test
    void numbersNamesAndQuantities() {
      assertThat(de("Die Basis von Union 3 wurde mit C-RAM geschützt; 300 Lkw fuhren los, "
          + "rund 2000 Soldaten und 2000 Fahrzeuge, 12019 Menschen, auf 2000 Metern Höhe.", PUB))
          .isEmpty();
    }

    @Test
    void aNumberAfterAMonthCanBeACount() {
      assertThat(Times.texts(de("Am 5. Juli 2000 Menschen und im Juni 2000 Soldaten.", PUB)))
          .containsExactly("5. Juli", "Juni");
    }

    @Test
    void monthNamesNeedTheirCapitalAndSpelling() {
      assertThat(de("marz mai juli 27 juni", PUB)).isEmpty();
    }

    @Test
    void sectionNumbersAreNotDates() {
      assertThat(de("Siehe Abschnitt 6.7. und Version 2.1.3 sowie 3.5 Millionen.", PUB)).isEmpty();
    }
  }
}
