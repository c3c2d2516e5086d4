package sitrep.app.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.model.Warning;
import sitrep.store.StoredDocument;

/**
 * A stored document as {@code GET /api/documents/{id}} returns it, and the text around an
 * evidence span for the incident panel. All text stays data: JSON strings, never markup.
 */
final class DocumentView {
  private DocumentView() {}

  /** Characters of text shown on each side of an evidence span. */
  static final int CONTEXT = 160;

  static Map<String, @Nullable Object> of(StoredDocument d,
      List<Map<String, @Nullable Object>> events) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("doc_id", d.id());
    m.putAll(metadata(d));
    m.put("format", d.format());
    m.put("raw_length", d.rawLength());
    m.put("content_hash", d.contentHash());
    m.put("ingested_at", d.ingestedAt().toString());
    m.put("metadata", d.extra());
    List<Map<String, String>> warnings = new ArrayList<>();
    for (Warning w : d.warnings()) {
      warnings.add(Map.of("where", w.where().toString(), "code", w.code(),
          "message", w.message()));
    }
    m.put("warnings", warnings);
    m.put("text", d.text());
    m.put("events", events);
    return m;
  }

  /** Title, source and dates: what a claim shows of the document it came from. */
  static Map<String, @Nullable Object> metadata(StoredDocument d) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("title", d.title());
    m.put("url", d.url());
    m.put("published", d.published() == null ? null : d.published().toString());
    m.put("language", d.language());
    m.put("source", d.source().toString());
    return m;
  }

  /**
   * Each evidence span of an event with the text before and after it in its document, so the
   * span can be highlighted in its sentence; spans outside the text (stale offsets) get none.
   */
  static List<Map<String, @Nullable Object>> contexts(Map<String, @Nullable Object> event,
      @Nullable String text) {
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    if (!(event.get("evidence") instanceof List<?> evidence)) {
      return out;
    }
    for (Object o : evidence) {
      if (!(o instanceof Map<?, ?> ev)) {
        continue;
      }
      Map<String, @Nullable Object> c = new LinkedHashMap<>();
      c.put("sentence", ev.get("sentence"));
      c.put("start", ev.get("start"));
      c.put("end", ev.get("end"));
      String before = "";
      String span = ev.get("text") == null ? "" : String.valueOf(ev.get("text"));
      String after = "";
      if (text != null && ev.get("start") instanceof Number s && ev.get("end") instanceof Number e
          && s.intValue() >= 0 && s.intValue() <= e.intValue() && e.intValue() <= text.length()) {
        before = text.substring(Math.max(0, s.intValue() - CONTEXT), s.intValue());
        span = text.substring(s.intValue(), e.intValue());
        after = text.substring(e.intValue(), Math.min(text.length(), e.intValue() + CONTEXT));
      }
      c.put("before", before);
      c.put("text", span);
      c.put("after", after);
      out.add(c);
    }
    return out;
  }
}
