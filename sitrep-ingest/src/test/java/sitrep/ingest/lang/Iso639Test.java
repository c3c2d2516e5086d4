package sitrep.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Iso639Test {
  @Test
  void codesAndNamesBecomeTwoLetterCodes() {
    assertThat(Iso639.normalize("de")).isEqualTo("de");
    assertThat(Iso639.normalize("DE_at")).isEqualTo("de");
    assertThat(Iso639.normalize("deu")).isEqualTo("de");
    assertThat(Iso639.normalize("ger")).isEqualTo("de");
    assertThat(Iso639.normalize("Deutsch")).isEqualTo("de");
    assertThat(Iso639.normalize("english")).isEqualTo("en");
    assertThat(Iso639.normalize("pes")).isEqualTo("fa");
    assertThat(Iso639.normalize("fas")).isEqualTo("fa");
    assertThat(Iso639.normalize("arb")).isEqualTo("ar");
    assertThat(Iso639.normalize("ara")).isEqualTo("ar");
    assertThat(Iso639.normalize("rus")).isEqualTo("ru");
    assertThat(Iso639.normalize("tur")).isEqualTo("tr");
    assertThat(Iso639.normalize("nld")).isEqualTo("nl");
    assertThat(Iso639.normalize("spa")).isEqualTo("es");
    assertThat(Iso639.normalize("ita")).isEqualTo("it");
    assertThat(Iso639.normalize("fra")).isEqualTo("fr");
    assertThat(Iso639.normalize("iw")).isEqualTo("he");
  }

  @Test
  void languagesWithoutTwoLetterCodesKeepTheirThreeLetterCode() {
    assertThat(Iso639.normalize("ceb")).isEqualTo("ceb");
  }

  @Test
  void unknownAndUndeterminedAreNull() {
    assertThat(Iso639.normalize("und")).isNull();
    assertThat(Iso639.normalize("")).isNull();
    assertThat(Iso639.normalize(null)).isNull();
    assertThat(Iso639.normalize("xx")).isNull();
    assertThat(Iso639.normalize("klingon!")).isNull();
  }
}
