package sitrep.ingest.read;

import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import sitrep.ingest.meta.HtmlMetadata;
import sitrep.ingest.meta.TextMetadata;
import sitrep.ingest.meta.UrlDates;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.SourceRef;

/** Shared steps of turning decoded content into a raw document. */
final class Documents {
  private Documents() {}

  /**
   * Builds the document: metadata from the content fills what {@code given} lacks, then the
   * {@code --published} default fills a still missing date. The content's own date wins over the
   * default because the default is a batch-wide guess and the content names this document.
   */
  static Document build(String id, SourceRef where, Metadata given, Format format, String raw,
      ReadOptions opts) {
    Metadata meta = switch (format) {
      case HTML -> HtmlMetadata.fill(given, Jsoup.parse(raw));
      case TEXT -> TextMetadata.fill(given, raw);
    };
    if (meta.published() == null) {
      meta = meta.withPublished(UrlDates.find(meta.url()));
    }
    if (meta.published() == null && opts.defaultPublished() != null) {
      meta = meta.withPublished(opts.defaultPublished());
    }
    return Document.raw(id, where, meta, format, raw);
  }

  /** The text cut to the limit, or the text itself; {@code notes} receives the warning. */
  static String limit(String text, int maxChars, StringBuilder notes) {
    if (text.length() <= maxChars) {
      return text;
    }
    int cut = Content.cutPoint(text, maxChars);
    notes.append("longer than ").append(maxChars).append(" characters; truncated at a ")
        .append("paragraph boundary after ").append(cut).append(" characters");
    return text.substring(0, cut);
  }

  /** Reads a one-document file: text or HTML. */
  static ReadResult readWhole(Source src, ReadOptions opts, Format format) {
    SourceRef where = SourceRef.file(src.path());
    Content.Bytes bytes = Content.readBounded(src.in(), maxBytes(opts));
    if (bytes.length() == 0) {
      return bytes.error() != null
          ? new ReadResult.Rejected(where, src.compressed() ? "gzip" : "unreadable",
              Content.describe(bytes.error(), src.compressed()))
          : new ReadResult.Rejected(where, "empty", "empty file");
    }
    String binary = Content.binaryReason(bytes.data(), bytes.length());
    if (binary != null) {
      return new ReadResult.Rejected(where, "binary", binary);
    }
    ReadResult r = fromBytes(src.idBase(), where, Metadata.EMPTY, format, bytes, null,
        src.compressed(), opts);
    if (r instanceof ReadResult.Rejected && bytes.error() != null) {
      return new ReadResult.Rejected(where, src.compressed() ? "gzip" : "unreadable",
          Content.describe(bytes.error(), src.compressed()));
    }
    return r;
  }

  /** The most bytes read for one document: UTF-8 takes at most 3 bytes per character kept. */
  static long maxBytes(ReadOptions opts) {
    return opts.maxChars() * 3L + 4;
  }

  /**
   * A document from the bytes of a bounded read that are neither empty nor binary: decoded by
   * {@link Decoding} (with {@code declared}, else the HTML page's own charset, as a hint), cut to {@code
   * maxChars}, with warnings for the encoding, a read error and truncation. Rejected as {@code
   * empty} when only whitespace is left.
   *
   * @param declared the charset the container declares (an HTTP header), or null
   * @param compressed whether a read error means a truncated gzip stream
   */
  static ReadResult fromBytes(String id, SourceRef where, Metadata given, Format format,
      Content.Bytes bytes, @Nullable Charset declared, boolean compressed, ReadOptions opts) {
    int len = bytes.capped() || bytes.error() != null
        ? Content.trimToLine(bytes.data(), bytes.length())
        : bytes.length();
    @Nullable String declaredName = declared != null ? declared.name()
        : format == Format.HTML ? Decoding.htmlCharset(bytes.data(), len) : null;
    Decoding.Decoded decoded = Decoding.decode(bytes.data(), 0, len, declaredName);
    String text = decoded.text();
    if (text.isBlank()) {
      return new ReadResult.Rejected(where, "empty", "no text (only whitespace)");
    }
    StringBuilder truncation = new StringBuilder();
    text = limit(text, opts.maxChars(), truncation);
    if (truncation.length() == 0 && bytes.capped()) {
      truncation.append("larger than ").append(maxBytes(opts))
          .append(" bytes; only the beginning was read");
    }
    Document doc = build(id, where, given, format, text, opts);
    if (decoded.warning().isPresent()) {
      doc = doc.warn("encoding", decoded.warning().get());
    }
    if (bytes.error() != null) {
      doc = doc.warn(compressed ? "gzip" : "unreadable",
          Content.describe(bytes.error(), compressed) + "; kept the text read before it");
    }
    if (truncation.length() > 0) {
      doc = doc.warn("truncated", truncation.toString());
    }
    return new ReadResult.Loaded(doc);
  }
}
