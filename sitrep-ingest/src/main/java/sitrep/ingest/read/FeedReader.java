package sitrep.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;
import sitrep.model.SourceRef;

/**
 * {@code .xml}, {@code .rss}, {@code .atom} (each also {@code .gz}): RSS 2.0 (and 0.9x), RSS 1.0
 * and Atom feeds, one document per item or entry. An XML file whose root element is not {@code
 * <rss>}, {@code <feed>} or {@code <rdf:RDF>} is rejected as {@code unsupported}.
 *
 * <p>Parser: jsoup's XML parser in streaming mode, not the JDK's StAX. It never processes a DTD,
 * so external entities (XXE) and entity expansion (billion laughs) cannot happen whatever the
 * parser settings; it is forgiving, so a bare {@code &} or a broken tag in one item costs a
 * warning on that item instead of the rest of the feed, which matters because real feeds are
 * often not well-formed; and it tracks positions, so problems are told per item. StAX would stop at
 * the first well-formedness error and has to be hardened by configuration.
 */
final class FeedReader implements FormatReader {

  @Override
  public String name() {
    return "feed";
  }

  @Override
  public List<String> extensions() {
    return List.of("xml", "rss", "atom");
  }

  @Override
  public RecordIterator read(Source source, ReadOptions options) {
    SourceRef file = SourceRef.file(source.path());
    byte[] head = new byte[FeedHead.SIZE];
    int len = 0;
    IOException error = null;
    try {
      while (len < head.length) {
        int n = source.in().read(head, len, head.length - len);
        if (n < 0) {
          break;
        }
        len += n;
      }
    } catch (IOException e) {
      error = e;
    }
    if (len == 0) {
      Content.closeQuietly(source.in());
      return RecordIterator.of(error != null
          ? new ReadResult.Rejected(file, source.compressed() ? "gzip" : "unreadable",
              Content.describe(error, source.compressed()))
          : new ReadResult.Rejected(file, "empty", "empty file"));
    }
    String binary = Content.binaryReason(head, len);
    if (binary != null) {
      Content.closeQuietly(source.in());
      return RecordIterator.of(new ReadResult.Rejected(file, "binary", binary));
    }
    FeedHead feed = FeedHead.of(head, len);
    if (feed.kind() == null) {
      Content.closeQuietly(source.in());
      return RecordIterator.of(new ReadResult.Rejected(file, "unsupported", feed.reason()));
    }
    InputStream rest = error == null ? source.in() : failing(error, source.in());
    InputStream all = new SequenceInputStream(
        new ByteArrayInputStream(head, feed.bom(), len - feed.bom()), rest);
    try {
      return new FeedItems(source, options, feed, new FallbackReader(all, feed.charset()));
    } catch (RuntimeException e) {
      // the parser reads its first characters at once; a read error there ends this input only
      Content.closeQuietly(all);
      return RecordIterator.of(new ReadResult.Rejected(file,
          source.compressed() ? "gzip" : "unreadable", "cannot read: " + Content.message(e)));
    }
  }

  /** The error that ended the head, raised again where the parser reaches it. */
  private static InputStream failing(IOException error, InputStream toClose) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw error;
      }

      @Override
      public void close() throws IOException {
        toClose.close();
      }
    };
  }
}
