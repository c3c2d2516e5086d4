package sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sitrep.model.testkit.TestStages;

class PipelineTest {

  private static Stage stage(String name, Set<Layer> requires, Set<Layer> produces) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer> requires() {
        return requires;
      }

      @Override
      public Set<Layer> produces() {
        return produces;
      }

      @Override
      public Document process(Document doc) {
        return doc;
      }
    };
  }

  @Test
  void aStageWhoseRequirementsAreNotMetIsRejectedWhenThePipelineIsBuilt() {
    Stage nlp = stage("nlp", Set.of(Layer.CLEAN_TEXT, Layer.LANGUAGE), Set.of(Layer.SENTENCES));
    assertThatThrownBy(() -> Pipeline.of(List.of(nlp)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nlp'")
        .hasMessageContaining("CLEAN_TEXT");
  }

  @Test
  void aLayerProducedTwiceIsRejected() {
    Stage a = stage("a", Set.of(Layer.RAW), Set.of(Layer.CLEAN_TEXT));
    Stage b = stage("b", Set.of(Layer.RAW), Set.of(Layer.CLEAN_TEXT));
    assertThatThrownBy(() -> Pipeline.of(List.of(a, b))).hasMessageContaining("'b'");
  }

  @Test
  void aValidChainRunsInOrder() {
    Pipeline p = Pipeline.of(List.of(TestStages.plainText("de")));
    Document d = p.process(Document.raw("x", SourceRef.file("x.txt"), Metadata.EMPTY, Format.TEXT,
        "Hallo."));
    assertThat(d.language()).isEqualTo("de");
    assertThat(d.text()).isEqualTo("Hallo.");
    assertThat(p.produces()).contains(Layer.RAW, Layer.CLEAN_TEXT, Layer.LANGUAGE);
  }

  @Test
  void documentLayersAreNeverRewritten() {
    Document d = Document.raw("x", SourceRef.file("x.txt"), Metadata.EMPTY, Format.TEXT, "a")
        .withLanguage("de");
    assertThatThrownBy(() -> d.withLanguage("en")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void cleanTextMapsBackToRawOffsets() {
    String raw = "junk\nKeep this.\nmore junk\nAnd this.";
    CleanText c = CleanText.builder()
        .keep("Keep this.", raw.indexOf("Keep"))
        .insert("\n")
        .keep("And this.", raw.indexOf("And"))
        .build();
    assertThat(c.text()).isEqualTo("Keep this.\nAnd this.");
    int and = c.text().indexOf("And");
    assertThat(c.toRaw(and)).isEqualTo(raw.indexOf("And"));
    assertThat(raw.substring(c.toRaw(new Span(and, and + 3)).start(), c.toRaw(and + 3)))
        .isEqualTo("And");
  }

  @Test
  void aFailingStageBecomesAWarningAndTheDocumentSurvives() {
    Stage broken = new Stage() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public Set<Layer> requires() {
        return Set.of(Layer.CLEAN_TEXT);
      }

      @Override
      public Set<Layer> produces() {
        return Set.of(Layer.SENTENCES);
      }

      @Override
      public Document process(Document doc) {
        throw new IllegalStateException("boom");
      }
    };
    Pipeline p = Pipeline.of(List.of(TestStages.plainText("en"), broken));
    Document d = p.processOrWarn(TestStages.document("text", null));
    assertThat(d.text()).isEqualTo("text");
    assertThat(d.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("internal");
      assertThat(w.message()).contains("'broken'", "boom");
    });
  }
}
