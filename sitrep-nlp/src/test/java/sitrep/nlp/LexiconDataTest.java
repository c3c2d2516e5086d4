package sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import sitrep.model.resource.ResourceException;
import sitrep.nlp.lexicon.Lexicon;
import sitrep.nlp.text.PhraseMatcher;
import sitrep.nlp.text.NameNormalizer;

/** The bundled word lists load, and a broken pattern fails with its file and line. */
class LexiconDataTest {
  @Test
  void everyBundledLexiconLoads() {
    assertThat(Lexicon.languages()).contains("de", "en");
    for (String language : Lexicon.languages()) {
      assertThat(Lexicon.forLanguage(language).language()).isEqualTo(language);
    }
    assertThat(Lexicon.actors()).containsKeys("usa_military", "protesters", "military");
    new RecognizeStage();
  }

  @Test
  void aTooShortPrefixIsRejected() {
    assertThatThrownBy(() -> PhraseMatcher.<String>builder(NameNormalizer.standard())
        .add("AK-47*", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shorter than 3");
  }

  @Test
  void resourceErrorsNameTheFileAndLine() {
    ResourceException e = ResourceException.at("sitrep/nlp/en/x.tsv", 7, "bad");
    assertThat(e.getMessage()).isEqualTo("sitrep/nlp/en/x.tsv:7: bad");
  }
}
