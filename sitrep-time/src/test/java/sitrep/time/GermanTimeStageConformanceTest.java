package sitrep.time;

import java.util.List;
import sitrep.model.Stage;
import sitrep.model.testkit.StageConformanceTest;
import sitrep.model.testkit.TestStages;

/** The shared stage checks, on German text. */
class GermanTimeStageConformanceTest extends StageConformanceTest {
  GermanTimeStageConformanceTest() {
    super(new TimeStage(), List.of(TestStages.plainText("de")));
  }
}
