package sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import sitrep.time.eval.TimeMlEvaluation;

/**
 * The tagger on the TimeML development data in ../shared/eval (TempEval-3 platinum for English,
 * KRAUTS Dolomiten for German). The numbers are printed ({@code ./sitrep eval tempeval3} and
 * {@code krauts} print them too); the assertions are only floors well below them, to catch a rule
 * file that broke. {@code -Dsitrep.eval.verbose=true} lists every miss.
 */
class TimeEvaluationTest {

  @Test
  void tempEval3English() {
    TimeMlEvaluation.Score s = score("tempeval3", "en");
    System.out.println(s.line("tempeval3"));
    assertThat(s.relaxedF1()).isGreaterThan(0.6);
    assertThat(s.valueF1()).isGreaterThan(0.4);
  }

  @Test
  void krautsGerman() {
    TimeMlEvaluation.Score s = score("krauts/Dolomiten-100", "de");
    System.out.println(s.line("krauts"));
    assertThat(s.relaxedF1()).isGreaterThan(0.6);
    assertThat(s.valueF1()).isGreaterThan(0.4);
  }

  private static TimeMlEvaluation.Score score(String dir, String language) {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "eval", dir)),
        "evaluation data not available");
    List<TimeMlEvaluation.Doc> docs = TimeMlEvaluation.corpus(Path.of(shared, "eval", dir));
    assumeTrue(!docs.isEmpty(), "no .tml files");
    boolean verbose = Boolean.getBoolean("sitrep.eval.verbose");
    return TimeMlEvaluation.score(docs, language, verbose ? System.out::println : e -> { });
  }
}
