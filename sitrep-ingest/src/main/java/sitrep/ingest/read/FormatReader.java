package sitrep.ingest.read;

import java.util.List;

/**
 * Reads one input format. This is the extension point for new formats: a reader implements this
 * interface and is added to {@link FormatReaders}, as the feed and WARC readers are; nothing else
 * changes.
 *
 * <p>A reader must not throw for bad content: it returns {@link ReadResult.Rejected} results or
 * documents carrying warnings. It is stateless and safe to share.
 */
public interface FormatReader {

  /** A short name for messages ("text", "html", "jsonl", "feed", "warc"). */
  String name();

  /**
   * Lower-case file name suffixes without the leading dot, such as {@code txt} or {@code warc.gz}.
   * A {@code .gz} file whose inner suffix is listed here is decompressed by the caller; a reader
   * that wants the compressed bytes (WARC) lists the {@code .gz} suffix itself.
   */
  List<String> extensions();

  /** Starts reading; results are produced lazily and the iterator closes {@code source.in()}. */
  RecordIterator read(Source source, ReadOptions options);
}
