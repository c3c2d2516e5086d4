package sitrep.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spelling and transliteration variants of Arabic-origin names reach the same key. */
class NameNormalizerTest {
  static final NameNormalizer N = NameNormalizer.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "al-Omar | Al-'Umar",
      "al-Omar | Al-‘Umar",
      "al-Omar | el-Omar",
      "Ain al-Asad | Ain al-Assad",
      "Deir ez-Zor | Deir-ez-Zor",
      "Deir ez-Zor | Dayr ez Zawr",
      "Deir ez-Zor | Dair ez-Zour",
      "Hasakah | Hassakeh",
      "Al-Hasakah | al-Hasaka",
      "Qaim | Qa'im",
      "Al-Qaim | al-Qa’im",
      "Raqqa | Rakka",
      "Hashed al-Shaabi | Hashd al-Shaabi",
      "Kataib Hezbollah | Kata'ib Hizballah",
      "Fallujah | Falluja",
      "Qamishli | Kamishli",
  })
  void variantsShareAKey(String a, String b) {
    assertThat(N.phraseKey(a)).isEqualTo(N.phraseKey(b));
  }

  @Test
  void wordsThatLookAlikeButDifferStayApart() {
    assertThat(N.key("Irak")).isNotEqualTo(N.key("Iran"));
    assertThat(N.keys("Abu Kamal")).isEqualTo(List.of("abu", "kamal"));
    assertThat(N.key("U.S.")).isEqualTo("us");
    assertThat(N.key("Stützpunkt")).isEqualTo("stutzpunkt");
  }
}
