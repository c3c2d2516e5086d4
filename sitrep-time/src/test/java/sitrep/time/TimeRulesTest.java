package sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import sitrep.model.resource.ResourceException;

/** The rule files: the bundled ones load, broken ones fail at load naming file and line. */
class TimeRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"de", "en"})
  void bundledLanguagesLoad(String language) {
    TimeRules rules = TimeRules.forLanguage(language);
    assertThat(rules.isEmpty()).isFalse();
    assertThat(rules.language()).isEqualTo(language);
    assertThat(TimeRules.forLanguage(language)).as("loaded once").isSameAs(rules);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE", "de-AT", "de_CH"})
  void languageTagsAreReducedToTheirLanguage(String tag) {
    assertThat(TimeRules.forLanguage(tag)).isSameAs(TimeRules.forLanguage("de"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "ar", "und", "", "../de", "x"})
  void languagesWithoutRulesFindNothing(String language) {
    assertThat(TimeRules.forLanguage(language).isEmpty()).isTrue();
    assertThat(Times.tag("Le 5 juillet 2021, hier, am 5. Juli.", language, "2021-07-08"))
        .isEmpty();
  }

  @Test
  void aDocumentWithoutLanguageFindsNothing() {
    assertThat(TimeStage.find("am 5. Juli", null, null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      bad-month         | words.tsv:3 | value of MONTH 'Smarch' must match
      duplicate-word    | words.tsv:3 | duplicate entry MONTH 'Juni'
      unknown-class     | rules.tsv:4 | unknown class {WOCHENTAG}
      missing-capture   | rules.tsv:1 | date needs MONTH or MONTHNUM with DAY
      bad-parameter     | rules.tsv:2 | parameter unit=Q must match
      unbalanced        | rules.tsv:1 | missing ']'
      context-in-middle | rules.tsv:1 | <context> only at the start or end
      bad-tense         | tense.tsv:3 | is not one of
      """)
  void brokenFilesNameFileAndLine(String dir, String where, String message) {
    assertThatThrownBy(() -> TimeRules.load("sitrep/time-broken/" + dir, "xx"))
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining("sitrep/time-broken/" + dir + "/" + where + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void everyRuleHasAUniqueIdAndAPattern() {
    for (String language : List.of("de", "en")) {
      TimeRules rules = TimeRules.forLanguage(language);
      assertThat(rules.rules()).extracting(TimeRules.Rule::id).doesNotHaveDuplicates();
      assertThat(rules.rules()).allSatisfy(r -> assertThat(r.variants()).isNotEmpty());
    }
  }
}
