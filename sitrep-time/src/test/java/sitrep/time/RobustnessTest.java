package sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sitrep.model.TimeExpression;

/** Inputs that break naive taggers: text made of rule prefixes, and many threads at once. */
class RobustnessTest {

  /**
   * Two megabytes of one piece repeated, so that every token starts some rule: matching stays
   * linear (the 5 MB realistic document is in the conformance tests).
   */
  @ParameterizedTest
  @ValueSource(strings = {"1.1.", "vom 1. bis ", "zwischen dem 1. und ", "the the ", "a few ",
      "2019-", "Juni Juni ", "genau eine "})
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void adversarialRepetitionStaysLinear(String piece) {
    String text = piece.repeat(2 * 1024 * 1024 / piece.length());
    for (String language : List.of("de", "en")) {
      List<TimeExpression> times = TimeStage.find(text, language, LocalDate.of(2021, 7, 8));
      for (TimeExpression t : times.subList(0, Math.min(100, times.size()))) {
        assertThat(t.span().of(text)).isEqualTo(t.text());
      }
    }
  }

  @Test
  void manyThreadsGetWhatOneThreadGets() throws Exception {
    String de = "Am 27. Juni griffen sie an, am Tag darauf folgte die Antwort, vor einer Woche "
        + "kam es zu Kämpfen, gestern Abend fielen Schüsse.";
    String en = "On 5 July rockets hit the base; the next day a drone was downed. A week ago "
        + "jets attacked, the Pentagon said on Thursday.";
    LocalDate pub = LocalDate.of(2021, 7, 8);
    List<TimeExpression> expectedDe = TimeStage.find(de, "de", pub);
    List<TimeExpression> expectedEn = TimeStage.find(en, "en", pub);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = IntStream.range(0, 400)
          .mapToObj(i -> pool.submit(() -> i % 2 == 0
              ? TimeStage.find(de, "de", pub).equals(expectedDe)
              : TimeStage.find(en, "en", pub).equals(expectedEn)))
          .toList();
      for (Future<Boolean> r : results) {
        assertThat(r.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
