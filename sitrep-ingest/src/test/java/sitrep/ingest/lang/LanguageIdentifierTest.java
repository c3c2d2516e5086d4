package sitrep.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import sitrep.model.resource.ResourceException;

class LanguageIdentifierTest {
  private final LanguageIdentifier id = LanguageIdentifier.standard();

  @Test
  void answersIso639OneCodes() {
    assertThat(id.identify("Die SDF griffen Stellungen des IS bei Deir ez-Zor an.").language())
        .isEqualTo("de");
    assertThat(id.identify("Rosyjskie drony zaatakowały Lwów w nocy.").language()).isEqualTo("pl");
    assertThat(id.identify("一架无人机袭击了基地。").language()).isEqualTo("zh");
    assertThat(id.languages()).contains("de", "en", "fr", "es", "it", "nl", "ar", "ru", "tr", "fa",
        "zh").doesNotContain("zh-cn");
  }

  @Test
  void functionWordsBringBackWhatANeighbourOutsideTheCoreTook() {
    // the detector alone says Bulgarian; две, к, от are Russian
    LanguageIdentifier.Guess g =
        id.identify("Боевики ХТШ захватили две деревни к западу от Алеппо.");
    assertThat(g.language()).isEqualTo("ru");
    assertThat(g.method()).isEqualTo(LanguageIdentifier.Method.FUNCTION_WORDS);
  }

  @Test
  void nothingToGoOnIsUnd() {
    assertThat(id.identify("").known()).isFalse();
    assertThat(id.identify("12:30 — 2021-07-05 ++").language()).isEqualTo("und");
  }

  @Test
  void oneIdentifierServesManyThreadsWithTheSameAnswers() throws Exception {
    List<String> texts = List.of("Drei Raketen trafen den Stützpunkt.", "Rockets hit the base.",
        "Трое мирных жителей ранены.", "سقطت صواريخ على المطار في الليل.",
        "Saldırı pazartesi günü gerçekleşti.", "پلیس دو مظنون را بازداشت کرد.",
        "La police a arrêté deux suspects.", "De politie heeft twee verdachten aangehouden.");
    List<String> sequential = texts.stream().map(t -> id.identify(t).language()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> {
          List<String> out = new ArrayList<>();
          for (int r = 0; r < 50; r++) {
            out = texts.stream().map(t -> id.identify(t).language()).toList();
          }
          return out;
        }));
      }
      for (Future<List<String>> f : runs) {
        assertThat(f.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential).containsExactly("de", "en", "ru", "ar", "tr", "fa", "fr", "nl");
  }

  @Test
  void aBadLanguageListNamesFileAndLine() {
    assertThatThrownBy(() -> LanguageIdentifier.load("sitrep/ingest/lang/bad-languages.tsv",
        FunctionWords.standard()))
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining("bad-languages.tsv:3")
        .hasMessageContaining("xx-YY");
  }
}
