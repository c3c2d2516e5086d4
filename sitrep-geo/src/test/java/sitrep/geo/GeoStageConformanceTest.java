package sitrep.geo;

import java.util.List;
import sitrep.model.Stage;
import sitrep.model.testkit.StageConformanceTest;
import sitrep.model.testkit.TestStages;

/** The shared stage checks, on German input. */
class GeoStageConformanceTest extends StageConformanceTest {
  GeoStageConformanceTest() {
    super(new GeoStage(), List.of(TestStages.plainText("de")));
  }
}
