package sitrep.ingest.lang;

import java.util.List;
import sitrep.ingest.clean.CleanStage;
import sitrep.model.Stage;
import sitrep.model.testkit.StageConformanceTest;

class LanguageStageConformanceTest extends StageConformanceTest {
  @Override
  protected Stage stage() {
    return new LanguageStage();
  }

  @Override
  protected List<Stage> before() {
    return List.of(new CleanStage());
  }
}
