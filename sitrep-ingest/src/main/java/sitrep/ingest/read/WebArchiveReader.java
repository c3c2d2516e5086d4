package sitrep.ingest.read;

import java.io.IOException;
import java.util.List;
import org.netpreserve.jwarc.WarcReader;
import sitrep.model.SourceRef;

/**
 * {@code .warc} and {@code .warc.gz}: web archives (WARC 1.0/1.1), read with jwarc one record at a
 * time in constant memory. HTTP {@code response} and {@code resource} records whose payload is an
 * HTML page or plain text become documents; everything else (requests, metadata, images, scripts,
 * redirects, revisits) is skipped and summed up in one {@code skipped} line per file.
 *
 * <p>This reader takes the {@code .warc.gz} suffix itself: jwarc reads a gzip member per record
 * and tells a truncated archive apart from a malformed record.
 */
final class WebArchiveReader implements FormatReader {

  @Override
  public String name() {
    return "warc";
  }

  @Override
  public List<String> extensions() {
    return List.of("warc", "warc.gz");
  }

  @Override
  public RecordIterator read(Source source, ReadOptions options) {
    WarcReader warc;
    try {
      warc = new WarcReader(source.in());
    } catch (IOException | RuntimeException e) {
      Content.closeQuietly(source.in());
      return RecordIterator.of(new ReadResult.Rejected(SourceRef.file(source.path()), "warc",
          "not a readable WARC file: " + Content.message(e)));
    }
    return new ArchiveRecords(source, options, warc);
  }
}
