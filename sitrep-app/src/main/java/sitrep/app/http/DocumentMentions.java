package sitrep.app.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.app.Analysis;
import sitrep.app.output.MentionRecords;
import sitrep.model.CleanText;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.store.StoredDocument;

/**
 * The mentions of a stored document (places, times, actors, PLOVER events), as
 * {@code ./sitrep annotate} writes them. The store keeps the cleaned text, not the intermediate
 * layers, so they are recomputed from that text by the same pipeline (deterministic: the same
 * text, language and publication date give the same mentions), with offsets into the stored text
 * the evidence spans also point into.
 */
final class DocumentMentions {
  private DocumentMentions() {}

  static List<Map<String, @Nullable Object>> of(StoredDocument stored) {
    String text = stored.text();
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    Document d = Document.raw(stored.id(), stored.source(),
        new Metadata(stored.title(), stored.url(), stored.published(), null, stored.language(),
            Map.of()),
        Format.TEXT, text).withClean(CleanText.identity(text));
    d = Analysis.analysis().processOrWarn(d);
    for (MentionRecords.Layer layer : MentionRecords.Layer.values()) {
      out.addAll(MentionRecords.of(d, layer));
    }
    return out;
  }
}
