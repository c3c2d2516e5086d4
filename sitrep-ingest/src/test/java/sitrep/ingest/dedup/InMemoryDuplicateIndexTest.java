package sitrep.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sitrep.model.Fingerprint;

class InMemoryDuplicateIndexTest {
  static final String WIRE = "Rockets struck a base housing US troops at the al-Omar oil field in "
      + "eastern Syria on Sunday, the Syrian Observatory for Human Rights said. The monitor said at "
      + "least six rockets were fired from the area of al-Mayadin, where government troops and "
      + "Iran-backed militias are deployed. There were no reports of casualties, but a vehicle "
      + "depot was damaged. No group has claimed responsibility for the attack so far, and the "
      + "coalition did not comment on the report when asked by reporters on Monday.";

  @Test
  void aReprintIsACopyOfTheFirstAndAnotherStoryIsNot() {
    DuplicateIndex index = new InMemoryDuplicateIndex();
    index.add("agency", Fingerprint.of(WIRE));
    var reprint = index.find("site-a", Fingerprint.of("Latest news | Syria\n" + WIRE
        + "\nShare this: Facebook Twitter"));
    assertThat(reprint).hasValueSatisfying(c -> {
      assertThat(c.originalId()).isEqualTo("agency");
      assertThat(c.exact()).isFalse();
    });
    assertThat(index.find("site-b", Fingerprint.of(WIRE.replace("  ", " ").toLowerCase())))
        .hasValueSatisfying(c -> assertThat(c.exact()).isTrue());
    assertThat(index.find("other", Fingerprint.of("Turkish drones struck a car near Qamishli on "
        + "Tuesday, killing two members of the Kurdish-led forces, a spokesman said. The strike "
        + "was the third this week in the area, where Ankara has stepped up attacks on what it "
        + "calls terrorist targets since an attack in Ankara earlier this month, and residents "
        + "said they feared more raids."))).isEmpty();
  }

  @Test
  void aDocumentIsNotACopyOfItself() {
    DuplicateIndex index = new InMemoryDuplicateIndex();
    index.add("agency", Fingerprint.of(WIRE));
    assertThat(index.find("agency", Fingerprint.of(WIRE))).isEmpty();
  }
}
