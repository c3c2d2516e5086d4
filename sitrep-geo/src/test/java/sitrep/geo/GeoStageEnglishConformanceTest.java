package sitrep.geo;

import java.util.List;
import sitrep.model.Stage;
import sitrep.model.testkit.StageConformanceTest;
import sitrep.model.testkit.TestStages;

/** The shared stage checks, on English input. */
class GeoStageEnglishConformanceTest extends StageConformanceTest {
  GeoStageEnglishConformanceTest() {
    super(new GeoStage(), List.of(TestStages.plainText("en")));
  }

  @Override
  protected String sampleText() {
    return """
        On 5 July at least three rockets hit Ain al-Asad Air Base in Anbar, Iraq, the Pentagon \
        said. Washington blamed Iran-backed militias. A week ago Russian jets attacked SDF units \
        east of Deir ez-Zor; Moscow denied the claim. U.S. forces expanded the base at the Al-'Umar oil \
        field in the eastern countryside of Deir Ezzor, near the Syrian-Iraqi border.
        Reinforcements reached the Al-Qamishli District and new checkpoints went up at the \
        military airport.
        """;
  }
}
