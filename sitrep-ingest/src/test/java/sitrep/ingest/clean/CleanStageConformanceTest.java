package sitrep.ingest.clean;

import java.util.List;
import sitrep.model.Stage;
import sitrep.model.testkit.StageConformanceTest;

class CleanStageConformanceTest extends StageConformanceTest {
  CleanStageConformanceTest() {
    super(new CleanStage(), List.of());
  }
}
