package sitrep.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a document besides its text. {@code extra} keeps input fields sitrep does not
 * interpret (SCHEMA.md: unknown JSONL fields are kept as metadata).
 */
public record Metadata(
    @Nullable String title,
    @Nullable String url,
    @Nullable LocalDate published,
    @Nullable String source,
    @Nullable String languageHint,
    Map<String, String> extra) {

  public static final Metadata EMPTY = new Metadata(null, null, null, null, null, Map.of());

  public Metadata {
    extra = java.util.Collections.unmodifiableMap(new TreeMap<>(extra));
  }

  public Metadata withPublished(@Nullable LocalDate date) {
    return new Metadata(title, url, date, source, languageHint, extra);
  }

  public Metadata withTitle(@Nullable String t) {
    return new Metadata(t, url, published, source, languageHint, extra);
  }
}
