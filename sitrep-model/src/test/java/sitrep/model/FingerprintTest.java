package sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {
  static final String STORY = "Rockets struck a base housing US troops at the al-Omar oil field "
      + "in eastern Syria on Sunday, the Syrian Observatory for Human Rights said. The monitor said "
      + "at least six rockets were fired from the area of al-Mayadin, where government troops and "
      + "Iran-backed militias are deployed. There were no reports of casualties, but a vehicle depot "
      + "was damaged. No group has claimed responsibility for the attack so far, and the coalition "
      + "did not comment on the report when asked by reporters on Monday.";

  @Test
  void theSameTextWithOtherSpacingAndCaseIsAnExactDuplicate() {
    Fingerprint a = Fingerprint.of(STORY);
    Fingerprint b = Fingerprint.of(STORY.toUpperCase().replace(" ", "  \n"));
    assertThat(a.exact()).isEqualTo(b.exact());
    assertThat(a.similarity(b)).isEqualTo(1.0);
  }

  @Test
  void aReprintWithOtherFurnitureAndSmallEditsIsNear() {
    Fingerprint a = Fingerprint.of(STORY);
    Fingerprint b = Fingerprint.of("Syria: rockets hit US base (AFP)\n" + STORY.replace("Sunday",
        "Sunday morning") + "\nShare this article. Read more on our website.");
    assertThat(a.exact()).isNotEqualTo(b.exact());
    assertThat(a.similarity(b)).isGreaterThan(0.7);
    assertThat(shareABand(a, b)).isTrue();
  }

  @Test
  void anotherReportOfTheSameEventIsNotADuplicate() {
    Fingerprint a = Fingerprint.of(STORY);
    Fingerprint b = Fingerprint.of("At least six rockets hit the al-Omar base in Deir ez-Zor on "
        + "Sunday, according to a war monitor. The US-led coalition has not commented. Militias "
        + "backed by Iran have attacked US positions in Syria and Iraq dozens of times since "
        + "mid-October, and Washington has answered with air strikes near al-Mayadin and Abu Kamal, "
        + "where the groups keep weapons depots and training camps.");
    assertThat(a.similarity(b)).isLessThan(0.3);
  }

  @Test
  void storageRoundTrips() {
    Fingerprint a = Fingerprint.of(STORY);
    assertThat(Fingerprint.fromStorage(a.exact(), a.minhashBytes(), a.words())).isEqualTo(a);
    assertThat(a.comparable()).isTrue();
    assertThat(Fingerprint.of("Rockets hit.").comparable()).isFalse();
  }

  private static boolean shareABand(Fingerprint a, Fingerprint b) {
    long[] x = a.bandKeys();
    long[] y = b.bandKeys();
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        return true;
      }
    }
    return false;
  }
}
