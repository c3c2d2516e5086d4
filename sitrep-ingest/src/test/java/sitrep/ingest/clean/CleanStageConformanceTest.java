package sitrep.ingest.clean;

import java.util.List;
import sitrep.model.Stage;
import sitrep.model.testkit.StageConformanceTest;

class CleanStageConformanceTest extends StageConformanceTest {
  @Override
  protected Stage stage() {
    return new CleanStage();
  }

  @Override
  protected List<Stage> before() {
    return List.of();
  }
}
