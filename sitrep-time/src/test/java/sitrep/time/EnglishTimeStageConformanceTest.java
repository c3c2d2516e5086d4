package sitrep.time;

import java.util.List;
import sitrep.model.Stage;
import sitrep.model.testkit.StageConformanceTest;
import sitrep.model.testkit.TestStages;

/** The shared stage checks, on English text and a sample full of English time expressions. */
class EnglishTimeStageConformanceTest extends StageConformanceTest {
  EnglishTimeStageConformanceTest() {
    super(new TimeStage(), List.of(TestStages.plainText("en")));
  }

  @Override
  protected String sampleText() {
    return """
        On 5 July at least three rockets hit Ain al-Asad Air Base; the next day a drone was shot \
        down. A week ago Russian jets attacked SDF units, the Pentagon said on Thursday. Between 8 \
        and 12 September 2017 convoys moved daily. In the past few days, 300 trucks arrived.
        """;
  }
}
