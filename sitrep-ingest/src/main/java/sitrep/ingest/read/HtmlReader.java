package sitrep.ingest.read;

import java.util.List;
import sitrep.model.Format;

/** {@code .html} and {@code .htm}: one HTML page per file. */
final class HtmlReader implements FormatReader {
  @Override
  public String name() {
    return "html";
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm");
  }

  @Override
  public RecordIterator read(Source source, ReadOptions options) {
    try {
      return RecordIterator.of(Documents.readWhole(source, options, Format.HTML));
    } finally {
      Content.closeQuietly(source.in());
    }
  }
}
