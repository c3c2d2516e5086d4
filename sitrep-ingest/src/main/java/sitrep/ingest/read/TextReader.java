package sitrep.ingest.read;

import java.util.List;
import sitrep.model.Format;

/** {@code .txt}: one plain-text document per file. */
final class TextReader implements FormatReader {
  @Override
  public String name() {
    return "text";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt");
  }

  @Override
  public RecordIterator read(Source source, ReadOptions options) {
    try {
      return RecordIterator.of(Documents.readWhole(source, options, Format.TEXT));
    } finally {
      Content.closeQuietly(source.in());
    }
  }
}
