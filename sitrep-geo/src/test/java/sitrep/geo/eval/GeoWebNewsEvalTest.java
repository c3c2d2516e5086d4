package sitrep.geo.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.geo.resolve.ToponymFinder;

/**
 * GeoWebNews, development half (../shared/eval/geowebnews/GWN-dev.xml, read at run time): prints
 * the figures and asserts only loose floors. Skipped when the file is not there.
 */
class GeoWebNewsEvalTest {

  @Test
  void developmentHalf() throws IOException {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null, "sitrep.shared is not set");
    Path file = Path.of(shared, "eval", "geowebnews", "GWN-dev.xml");
    assumeTrue(Files.isRegularFile(file), file + " is not available");
    GeoWebNewsEval.Report r = new GeoWebNewsEval(ToponymFinder.standard()).run(file);
    System.out.print(r.table());
    if (System.getProperty("sitrep.gwn.details") != null) {
      r.missed().forEach(g -> System.out.println("MISS\t" + g.type() + "\t" + g.text()));
      r.spurious().forEach(p -> System.out.println("FP\t" + p.text() + "\t" + p.name() + "\t"
          + p.countryCode() + "\t" + p.feature()));
      r.resolutions().forEach(x -> {
        double e = GeoWebNewsEval.errorKm(x.gold(), x.context());
        if (e > GeoWebNewsEval.ACC_KM) {
          System.out.printf("WRONG\t%.0f\t%s\t%s\t%s %s\t%s%n", e, x.gold().text(),
              x.context() == null ? "-" : x.context().name(),
              x.context() == null ? "" : x.context().countryCode(),
              x.context() == null ? "" : x.context().feature(), x.gold().latitude() + ","
              + x.gold().longitude());
        }
      });
    }
    Map<String, Double> m = r.metrics();
    assertThat(m.get("articles")).isEqualTo(106);
    assertThat(m.get("recognition_f1")).isGreaterThan(0.5);
    assertThat(m.get("context_acc161")).isGreaterThan(0.7);
    assertThat(m.get("context_acc161")).isGreaterThanOrEqualTo(m.get("population_acc161"));
  }

  @Test
  void scoresSpansAndDistancesOnAMadeUpArticle() {
    String text = "Clashes in Mosul spread to Erbil. Americans watched.";
    GeoWebNewsEval.Article a = new GeoWebNewsEval.Article("t", text, List.of(
        new GeoWebNewsEval.Gold(11, 16, "Mosul", "Literal", 36.335, 43.119),
        new GeoWebNewsEval.Gold(27, 32, "Erbil", "Literal", 0.0, 0.0),
        new GeoWebNewsEval.Gold(34, 43, "Americans", "Demonym", null, null)));
    GeoWebNewsEval.Report r = new GeoWebNewsEval(ToponymFinder.standard()).run(List.of(a));
    Map<String, Double> m = r.metrics();
    assertThat(m.get("recognition_recall")).isEqualTo(1.0);
    assertThat(m.get("recognition_precision")).isEqualTo(1.0);
    assertThat(m.get("context_acc161")).isEqualTo(0.5);
    assertThat(r.table()).contains("Acc@161").contains("\"recognition_f1\": 1");
  }
}
