package sitrep.model.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.model.CleanText;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Layer;
import sitrep.model.Metadata;
import sitrep.model.Pipeline;
import sitrep.model.SourceRef;
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

  /** A raw plain-text test document with an optional publication date. */
  public static Document document(String text, @Nullable LocalDate published) {
    Metadata meta = Metadata.EMPTY.withPublished(published);
    return Document.raw("test", SourceRef.file("test.txt"), meta, Format.TEXT, text);
  }

  /** Runs {@code stages} over a plain-text document in {@code language}. */
  public static Document process(String text, String language, @Nullable LocalDate published,
      Stage... stages) {
    List<Stage> all = new ArrayList<>();
    all.add(plainText(language));
    all.addAll(List.of(stages));
    return Pipeline.of(all).process(document(text, published));
  }
}
