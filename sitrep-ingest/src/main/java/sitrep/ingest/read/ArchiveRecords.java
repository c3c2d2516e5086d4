package sitrep.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.SourceRef;

/**
 * The records of one WARC file, one at a time: a record's payload is read (at most {@link
 * Documents#maxBytes} of it) only when it is a page; jwarc skips the rest of it on the way to the
 * next record, so memory does not grow with the archive or with a large record.
 *
 * <p>Records are numbered from 1 in file order, all types counted, so that {@code path:7} is the
 * seventh record a WARC tool lists. A document's id is its {@code WARC-Record-ID} ({@code
 * urn:uuid:…}): unique and the same however the archive is split or read (the Spark job reads it
 * by splits), where a record number would not be.
 */
final class ArchiveRecords extends QueuedRecords {

  /** At most this many bad records of one file are reported one by one; the rest are counted. */
  static final int MAX_RECORD_REPORTS = 100;

  /** How much of a payload without a usable type is looked at to tell whether it is HTML. */
  private static final int SNIFF = 1024;

  private final Source src;
  private final ReadOptions opts;
  private final WarcReader warc;
  private final Map<String, Integer> skipped = new TreeMap<>();
  private final List<String> parserWarnings = new ArrayList<>();
  private int index;
  private int skippedTotal;
  private int reported;
  private int unreported;

  ArchiveRecords(Source src, ReadOptions opts, WarcReader warc) {
    this.src = src;
    this.opts = opts;
    this.warc = warc;
    // archives are sloppy (bare LF line ends, odd header bytes); jwarc reads on and says so
    warc.setLenient(true);
    warc.onWarning(parserWarnings::add);
  }

  @Override
  public void close() {
    Content.closeQuietly(warc);
  }

  @Override
  protected void advance() {
    parserWarnings.clear();
    Optional<WarcRecord> next;
    try {
      next = warc.next();
    } catch (IOException | RuntimeException e) {
      broken(e);
      return;
    }
    if (next.isEmpty()) {
      finish();
      return;
    }
    index++;
    SourceRef where = SourceRef.record(src.path(), index);
    try {
      ReadResult r = record(next.get(), where);
      if (r instanceof ReadResult.Rejected rej) {
        report(rej);
      } else if (r != null) {
        ready.add(r);
      }
    } catch (IOException | RuntimeException e) {
      // a broken HTTP message or payload spoils this record only; jwarc finds the next one
      report(new ReadResult.Rejected(where, "warc",
          "unreadable record: " + shorten(Content.message(e))));
    }
  }

  /** A record's payload with what is declared about it. */
  private record Payload(MessageBody body, @Nullable MediaType type,
      @Nullable MediaType identified, boolean encoded) {}

  /** The payload of a page-carrying record, or null when the record has none (it is counted). */
  private @Nullable Payload payload(WarcRecord rec) throws IOException {
    MediaType block = rec.headers().first("Content-Type").map(MediaType::parseLeniently)
        .orElse(null);
    if (rec instanceof WarcResource || rec instanceof WarcResponse && format(block) != null) {
      // a resource, or a response stored without its HTTP message: the block is the page
      return new Payload(rec.body(), block,
          ((WarcCaptureRecord) rec).identifiedPayloadType().orElse(null), false);
    }
    if (!(rec instanceof WarcResponse resp)) {
      skip(rec.type());
      return null;
    }
    boolean http = block != null ? block.base().toString().equals("application/http")
        : rec.headers().first("WARC-Target-URI").orElse("").startsWith("http");
    if (!http) {
      skip("response " + (block == null ? "without a type" : block.base()));
      return null;
    }
    HttpResponse response = resp.http();
    if (response.status() < 200 || response.status() > 299) {
      skip("HTTP status " + response.status() / 100 + "xx");
      return null;
    }
    return new Payload(response.bodyDecoded(),
        response.headers().first("Content-Type").map(MediaType::parseLeniently).orElse(null),
        resp.identifiedPayloadType().orElse(null),
        !response.headers().all("Content-Encoding").isEmpty());
  }

  /** A document, a rejection, or null when the record holds no page (it is counted). */
  private @Nullable ReadResult record(WarcRecord rec, SourceRef where) throws IOException {
    Payload p = payload(rec);
    if (p == null) {
      return null;
    }
    InputStream in = p.body().stream();
    Format format = format(p.type());
    if (format == null) {
      format = format(p.identified());
    }
    if (format == null) {
      if (p.type() != null && !isUntyped(p.type())) {
        return skip(p.type().base().toString());
      }
      byte[] head = in.readNBytes(SNIFF);
      if (!looksLikeHtml(head)) {
        return skip(p.type() == null ? "payload without a type" : p.type().base().toString());
      }
      format = Format.HTML;
      in = new SequenceInputStream(new ByteArrayInputStream(head), in);
    }
    Content.Bytes bytes = Content.readBounded(in, Documents.maxBytes(opts));
    boolean compressed = p.encoded() || warc.compression() == WarcCompression.GZIP;
    if (bytes.length() == 0) {
      return bytes.error() == null ? skip("empty payload")
          : new ReadResult.Rejected(where, compressed ? "gzip" : "unreadable",
              "payload: " + Content.describe(bytes.error(), compressed));
    }
    String binary = Content.binaryReason(bytes.data(), bytes.length());
    if (binary != null) {
      return new ReadResult.Rejected(where, "binary", binary + " in a "
          + (format == Format.HTML ? "text/html" : "text/plain") + " payload");
    }
    ReadResult r = Documents.fromBytes(id(rec), where, metadata(rec), format, bytes,
        charset(p.type()), compressed, opts);
    if (!(r instanceof ReadResult.Loaded loaded)) {
      return skip("empty payload");
    }
    Document doc = loaded.document();
    String cut = header(rec, "WARC-Truncated");
    if (cut != null) {
      doc = doc.warn("truncated", "the crawler cut this record short (WARC-Truncated: " + cut
          + "); the page may be incomplete");
    }
    for (String w : parserWarnings) {
      doc = doc.warn("warc", shorten(w));
    }
    return new ReadResult.Loaded(doc);
  }

  /** The id: the WARC-Record-ID, else {@code <file id>:<record>}. */
  private String id(WarcRecord rec) {
    String id = header(rec, "WARC-Record-ID");
    return id != null ? id : src.idBase() + ":" + index;
  }

  /** A header's value without the angle brackets WARC puts around URIs, or null when blank. */
  private static @Nullable String header(WarcRecord rec, String name) {
    String v = rec.headers().first(name).map(String::strip).orElse("");
    if (v.startsWith("<") && v.endsWith(">")) {
      v = v.substring(1, v.length() - 1).strip();
    }
    return v.isEmpty() ? null : v;
  }

  /**
   * The target URI and, in {@code extra}, the crawl date and record id. The WARC-Date is when the
   * page was fetched, not when it was published, so it never becomes the publication date.
   */
  private static Metadata metadata(WarcRecord rec) {
    Map<String, String> extra = new HashMap<>();
    String crawled = header(rec, "WARC-Date");
    if (crawled != null) {
      extra.put("crawl_date", crawled);
    }
    String id = header(rec, "WARC-Record-ID");
    if (id != null) {
      extra.put("warc_record_id", id);
    }
    // WARC 1.0's examples wrote the target URI in brackets, so some tools do
    return new Metadata(null, header(rec, "WARC-Target-URI"), null, null, null, extra);
  }

  private static @Nullable Format format(@Nullable MediaType type) {
    if (type == null) {
      return null;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> Format.HTML;
      case "text/plain" -> Format.TEXT;
      default -> null;
    };
  }

  /** A type that says nothing about the content, so the content is looked at. */
  private static boolean isUntyped(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return !type.isValid() || base.equals("application/octet-stream")
        || base.equals("unk/unknown") || base.equals("text/unknown") || base.isEmpty();
  }

  private static boolean looksLikeHtml(byte[] head) {
    String s = new String(head, Decoding.WINDOWS_1252).stripLeading().toLowerCase(Locale.ROOT);
    if (s.startsWith("\u00ef\u00bb\u00bf")) {
      s = s.substring(3).stripLeading();
    }
    return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head")
        || (s.startsWith("<") && (s.contains("<body") || s.contains("<p>")
            || s.contains("<title")));
  }

  private static @Nullable Charset charset(@Nullable MediaType type) {
    String name = type == null ? null : type.parameters().get("charset");
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name.strip().replace("\"", ""));
    } catch (RuntimeException e) {
      return null; // an unknown charset name: decoding falls back as for undeclared pages
    }
  }

  private @Nullable ReadResult skip(String kind) {
    skipped.merge(kind, 1, Integer::sum);
    skippedTotal++;
    return null;
  }

  private void report(ReadResult.Rejected r) {
    if (reported < MAX_RECORD_REPORTS) {
      reported++;
      ready.add(r);
    } else {
      unreported++;
    }
  }

  /** jwarc could not read the next record: a malformed header or a cut-off archive. */
  private void broken(Exception e) {
    SourceRef where = SourceRef.record(src.path(), index + 1);
    boolean gzip = warc.compression() == WarcCompression.GZIP
        && (e instanceof EOFException || e instanceof ZipException);
    String what = gzip ? "truncated or corrupt gzip (" + Content.message(e) + ")"
        : e instanceof EOFException ? "the file ends inside a record (" + Content.message(e) + ")"
        : index == 0 ? "not a WARC file or a malformed first record: " + shorten(Content.message(e))
        : "malformed WARC record: " + shorten(Content.message(e));
    String rest = index == 0 ? "" : "; the " + index + " records before were read, the rest of "
        + "the file is skipped";
    ready.add(new ReadResult.Rejected(where, gzip ? "gzip" : "warc", what + rest));
    finish();
  }

  private void finish() {
    if (finished) {
      return;
    }
    finished = true;
    SourceRef file = SourceRef.file(src.path());
    if (index == 0 && ready.isEmpty()) {
      ready.add(new ReadResult.Rejected(file, "empty", "no WARC records"));
    }
    if (unreported > 0) {
      ready.add(new ReadResult.Rejected(file, "warc", unreported + " more unreadable records "
          + "(only the first " + MAX_RECORD_REPORTS + " are listed)"));
    }
    if (skippedTotal > 0) {
      ready.add(new ReadResult.Rejected(file, "skipped", skippedSummary()));
    }
    close();
  }

  /** "12 of 30 records hold no HTML or text page: 6 request, 4 image/jpeg, 2 HTTP status 3xx". */
  private String skippedSummary() {
    List<Map.Entry<String, Integer>> kinds = new ArrayList<>(skipped.entrySet());
    kinds.sort((a, b) -> b.getValue() - a.getValue());
    StringBuilder sb = new StringBuilder().append(skippedTotal).append(" of ").append(index)
        .append(" records hold no HTML or text page: ");
    int shown = 0;
    for (Map.Entry<String, Integer> k : kinds) {
      if (shown == 8) {
        sb.append(", … (").append(kinds.size() - shown).append(" more kinds)");
        break;
      }
      sb.append(shown++ == 0 ? "" : ", ").append(k.getValue()).append(' ').append(k.getKey());
    }
    return sb.toString();
  }

  private static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }
}
