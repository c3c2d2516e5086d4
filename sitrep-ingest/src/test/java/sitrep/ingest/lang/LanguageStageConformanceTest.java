package sitrep.ingest.lang;

import java.util.List;
import sitrep.ingest.clean.CleanStage;
import sitrep.model.Stage;
import sitrep.model.testkit.StageConformanceTest;

class LanguageStageConformanceTest extends StageConformanceTest {
  LanguageStageConformanceTest() {
    super(new LanguageStage(), List.of(new CleanStage()));
  }
}
