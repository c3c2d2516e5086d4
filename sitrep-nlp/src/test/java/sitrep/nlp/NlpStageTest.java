package sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import sitrep.model.Document;
import sitrep.model.Sentence;
import sitrep.model.Stage;
import sitrep.model.Token;
import sitrep.model.testkit.StageConformanceTest;
import sitrep.model.testkit.TestStages;

class NlpStageTest {
  static final NlpStage STAGE = new NlpStage();

  @Nested
  class GermanConformance extends StageConformanceTest {
    GermanConformance() {
      super(STAGE, List.of(TestStages.plainText("de")));
    }
  }

  @Nested
  class EnglishConformance extends StageConformanceTest {
    EnglishConformance() {
      super(STAGE, List.of(TestStages.plainText("en")));
    }
  }

  @Nested
  class UnsupportedLanguageConformance extends StageConformanceTest {
    UnsupportedLanguageConformance() {
      super(STAGE, List.of(TestStages.plainText("fi")));
    }
  }

  private static Document analyze(String lang, String text) {
    return TestStages.process(text, lang, null, STAGE);
  }

  private static List<String> sentences(Document d) {
    return d.sentences().stream().map(s -> s.text(d.text())).toList();
  }

  @Test
  void germanOrdinalDatesDoNotEndSentences() {
    Document d = analyze("de", "Der Angriff fand am 27. Juni statt. Die Zahl der Toten stieg auf 12. "
        + "Die Polizei ermittelt seit dem 3. Mal in diesem Jahr.");
    assertThat(sentences(d)).containsExactly(
        "Der Angriff fand am 27. Juni statt.",
        "Die Zahl der Toten stieg auf 12.",
        "Die Polizei ermittelt seit dem 3. Mal in diesem Jahr.");
  }

  @Test
  void aTitleLineDoesNotRunIntoTheFirstSentence() {
    Document d = analyze("en", "Rockets hit base in eastern Syria\n\nAt least three rockets struck "
        + "the base on Nov. 5, officials said.\nNo one was hurt.");
    assertThat(sentences(d)).containsExactly(
        "Rockets hit base in eastern Syria",
        "At least three rockets struck the base on Nov. 5, officials said.",
        "No one was hurt.");
  }

  @Test
  void hardWrappedTextKeepsSentencesAcrossLineBreaks() {
    String para = "The convoy of some three hundred trucks crossed into Syria from Iraq on\n"
        + "Tuesday and reached the base near the oil field in the eastern countryside\n"
        + "of Deir ez-Zor late at night, according to the monitoring group, which said\n"
        + "the vehicles carried ammunition, weapons and logistical supplies for the\n"
        + "troops stationed there since the beginning of the year, and more were due.\n";
    Document d = analyze("en", para);
    assertThat(sentences(d)).hasSize(1);
  }

  @Test
  void tokensCarryUniversalTagsAndLemmas() {
    Document d = analyze("de", "Mindestens acht Raketen trafen den Stützpunkt.");
    Sentence s = d.sentences().get(0);
    Token raketen = s.tokens().stream().filter(t -> t.text().equals("Raketen")).findFirst().orElseThrow();
    assertThat(raketen.pos()).isEqualTo("NOUN");
    assertThat(raketen.lemma()).isEqualToIgnoringCase("Rakete");
    Token trafen = s.tokens().stream().filter(t -> t.text().equals("trafen")).findFirst().orElseThrow();
    assertThat(trafen.lemma()).isEqualTo("treffen");
  }

  @Test
  void unsupportedLanguagesGetSentencesAndAWarning() {
    Document d = analyze("fi", "Raketit osuivat tukikohtaan. Kukaan ei loukkaantunut.");
    assertThat(d.sentences()).hasSize(2);
    assertThat(d.sentences().get(0).tokens()).extracting(Token::pos).containsOnlyNulls();
    assertThat(d.warnings()).anySatisfy(w -> assertThat(w.message()).contains("no language models"));
  }

  @Test
  void frenchHasSentencesAndTagsButNoLemmas() {
    Document d = analyze("fr", "Des roquettes ont frappé la base d'Aïn al-Asad. Personne n'a été "
        + "blessé, selon la coalition.");
    assertThat(sentences(d)).hasSize(2);
    assertThat(d.sentences().get(0).tokens()).extracting(Token::pos).doesNotContainNull();
    assertThat(d.sentences().get(0).tokens()).extracting(Token::lemma).containsOnlyNulls();
    assertThat(d.warnings()).isEmpty();
  }
}
