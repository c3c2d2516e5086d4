package sitrep.model.testkit;

import java.util.Set;
import sitrep.model.CleanText;
import sitrep.model.Document;
import sitrep.model.Layer;
import sitrep.model.Stage;

/** Test doubles for stages that live in other modules. */
public final class TestStages {
  private TestStages() {}

  /**
   * Treats the raw text as cleaned text and sets a fixed language: what the ingest stages do for a
   * clean plain-text document, for modules that do not depend on ingest.
   */
  public static Stage plainText(String language) {
    return new Stage() {
      @Override
      public String name() {
        return "plain-text(" + language + ")";
      }

      @Override
      public Set<Layer> requires() {
        return Set.of(Layer.RAW);
      }

      @Override
      public Set<Layer> produces() {
        return Set.of(Layer.CLEAN_TEXT, Layer.LANGUAGE);
      }

      @Override
      public Document process(Document doc) {
        return doc.withClean(CleanText.identity(doc.raw())).withLanguage(language);
      }
    };
  }
}
