package sitrep.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.model.SourceRef;
import sitrep.model.Warning;

/**
 * A stored document without its annotations: what {@code GET /api/documents/{id}} shows besides
 * the events.
 *
 * @param contentHash SHA-256 (hex) of the raw content as read
 * @param text the cleaned text, which evidence offsets point into; null when the document was
 *     stored before cleaning
 * @param rawLength length of the raw content in chars
 * @param extra input fields sitrep does not interpret
 */
public record StoredDocument(
    String id, SourceRef source, String format, @Nullable String title, @Nullable String url,
    @Nullable LocalDate published, @Nullable String language, @Nullable String text,
    int rawLength, String contentHash, Instant ingestedAt, Map<String, String> extra,
    List<Warning> warnings) {

  public StoredDocument {
    extra = Map.copyOf(extra);
    warnings = List.copyOf(warnings);
  }
}
