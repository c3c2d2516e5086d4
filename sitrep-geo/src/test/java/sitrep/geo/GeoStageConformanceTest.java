package sitrep.geo;

import java.util.List;
import sitrep.model.Stage;
import sitrep.model.testkit.StageConformanceTest;
import sitrep.model.testkit.TestStages;

/** The shared stage checks, on German input. */
class GeoStageConformanceTest extends StageConformanceTest {
  @Override
  protected Stage stage() {
    return new GeoStage();
  }

  @Override
  protected List<Stage> before() {
    return List.of(TestStages.plainText("de"));
  }
}
