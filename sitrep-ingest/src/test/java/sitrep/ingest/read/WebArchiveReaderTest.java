package sitrep.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static sitrep.ingest.read.Results.docs;
import static sitrep.ingest.read.Results.read;
import static sitrep.ingest.read.Results.rejected;
import static sitrep.ingest.read.Results.writeBytes;
import static sitrep.ingest.read.WarcBytes.ascii;
import static sitrep.ingest.read.WarcBytes.concat;
import static sitrep.ingest.read.WarcBytes.html;
import static sitrep.ingest.read.WarcBytes.http;
import static sitrep.ingest.read.WarcBytes.record;
import static sitrep.ingest.read.WarcBytes.request;
import static sitrep.ingest.read.WarcBytes.response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Warning;

/** Web archives: pages out of HTTP responses, everything else counted and skipped. */
class WebArchiveReaderTest {
  @TempDir Path dir;

  private static final String ARTICLE = """
      <!DOCTYPE html><html lang="en"><head><title>Rockets hit base | Example</title>
      <meta property="article:published_time" content="2021-07-07T08:00:00+03:00">
      </head><body><article><p>Three rockets hit the base.</p></article></body></html>
      """;

  private static byte[] crawl() {
    byte[] gzipped = WarcBytes.gzip(
        "<html><body><p>Compressed and chunked page.</p></body></html>".getBytes(
            StandardCharsets.UTF_8));
    byte[] chunked = concat(ascii(Integer.toHexString(gzipped.length) + "\r\n"), gzipped,
        ascii("\r\n0\r\n\r\n"));
    byte[] latin = "<html><body><p>Stützpunkt angegriffen.</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] untyped = "<!DOCTYPE html><html><body><p>No content type.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    return concat(
        record("warcinfo", "Content-Type: application/warc-fields\r\n", ascii("software: x\r\n")),
        request("https://example.com/2021/07/07/rockets"),
        record("response", "<urn:uuid:11111111-1111-4111-8111-111111111111>",
            "WARC-Target-URI: https://example.com/2021/07/07/rockets\r\n"
                + "Content-Type: application/http; msgtype=response\r\n",
            http(200, "Content-Type: text/html; charset=utf-8\r\n",
                ARTICLE.getBytes(StandardCharsets.UTF_8))),
        request("https://example.com/logo.jpg"),
        response("https://example.com/logo.jpg",
            http(200, "Content-Type: image/jpeg\r\n", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1})),
        response("https://example.com/old", http(301, "Location: /new\r\n", new byte[0])),
        response("https://example.com/style.css", http(200, "Content-Type: text/css\r\n",
            ascii("body { color: red }"))),
        record("metadata", "WARC-Target-URI: https://example.com/\r\n"
            + "Content-Type: application/warc-fields\r\n", ascii("outlink: x\r\n")),
        response("https://example.com/zipped", http(200, "Content-Type: text/html\r\n"
            + "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked)),
        response("https://example.de/latin", http(200,
            "Content-Type: text/html; charset=ISO-8859-1\r\n", latin)),
        response("https://example.com/untyped", http(200, "", untyped)),
        record("resource", "WARC-Target-URI: file:///notes.txt\r\nContent-Type: text/plain\r\n",
            ascii("BAGHDAD, July 6, 2021 (Reuters) - Rockets hit the base.\n")),
        record("revisit", "WARC-Target-URI: https://example.com/2021/07/07/rockets\r\n"
            + "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n",
            new byte[0]));
  }

  @Test
  void pagesBecomeDocumentsAndTheRestIsSummedUpInOneLine() throws IOException {
    Path p = writeBytes(dir, "crawl.warc", crawl());
    List<ReadResult> r = read(p.toString());
    List<Document> docs = docs(r);
    assertThat(docs).extracting(d -> d.meta().url()).containsExactly(
        "https://example.com/2021/07/07/rockets", "https://example.com/zipped",
        "https://example.de/latin", "https://example.com/untyped", "file:///notes.txt");
    assertThat(docs).extracting(d -> d.source().record()).containsExactly(3, 9, 10, 11, 12);
    assertThat(docs).allSatisfy(d -> assertThat(d.warnings()).isEmpty());

    Document article = docs.get(0);
    assertThat(article.id()).isEqualTo("urn:uuid:11111111-1111-4111-8111-111111111111");
    assertThat(article.format()).isEqualTo(Format.HTML);
    assertThat(article.raw()).isEqualTo(ARTICLE);
    assertThat(article.meta().title()).isEqualTo("Rockets hit base | Example");
    assertThat(article.meta().published()).isEqualTo(LocalDate.of(2021, 7, 7));
    assertThat(article.meta().extra())
        .containsEntry("crawl_date", "2024-03-01T12:00:00Z")
        .containsEntry("warc_record_id", "urn:uuid:11111111-1111-4111-8111-111111111111");
    assertThat(article.source().toString()).isEqualTo(p + ":3");

    assertThat(docs.get(1).raw()).contains("Compressed and chunked page.");
    assertThat(docs.get(2).raw()).contains("Stützpunkt angegriffen.");
    assertThat(docs.get(3).format()).isEqualTo(Format.HTML).as("sniffed");
    Document notes = docs.get(4);
    assertThat(notes.format()).isEqualTo(Format.TEXT);
    assertThat(notes.meta().published()).isEqualTo(LocalDate.of(2021, 7, 6)).as("dateline");

    assertThat(rejected(r)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("skipped");
      assertThat(x.where().toString()).isEqualTo(p.toString());
      assertThat(x.reason()).startsWith("8 of 13 records hold no HTML or text page: 2 request")
          .contains("1 image/jpeg", "1 text/css", "1 HTTP status 3xx", "1 metadata",
              "1 warcinfo", "1 revisit");
    });
  }

  @Test
  void theCrawlDateIsNeverThePublicationDate() throws IOException {
    Path p = writeBytes(dir, "undated.warc", html("https://example.com/news/rockets",
        "<html><body><p>Rockets hit the base.</p></body></html>"));
    Document d = docs(read(p.toString())).get(0);
    assertThat(d.meta().published()).isNull();
    assertThat(d.meta().extra()).containsEntry("crawl_date", "2024-03-01T12:00:00Z");

    LocalDate given = LocalDate.of(2021, 7, 8);
    Document withDefault = docs(read(ReadOptions.defaults().withPublished(given),
        p.toString())).get(0);
    assertThat(withDefault.meta().published()).isEqualTo(given);
  }

  @Test
  void gzippedArchivesAreReadRecordByRecord() throws IOException {
    Path p = writeBytes(dir, "crawl.warc.gz", WarcBytes.gzipEach(
        request("https://example.com/a"),
        html("https://example.com/a", "<p>Page A.</p>"),
        html("https://example.com/b", "<p>Page B.</p>")));
    List<ReadResult> r = read(dir.toString());
    assertThat(docs(r)).extracting(d -> d.meta().url())
        .containsExactly("https://example.com/a", "https://example.com/b");
    assertThat(docs(r)).extracting(d -> d.source().record()).containsExactly(2, 3);
    assertThat(rejected(r)).extracting(ReadResult.Rejected::code).containsExactly("skipped");
    assertThat(p.getFileName().toString()).isEqualTo("crawl.warc.gz");
  }

  @Test
  void aRecordWithoutIdIsNamedAfterTheFileAndItsNumber() throws IOException {
    byte[] rec = html("https://example.com/x", "<p>Text.</p>");
    String s = new String(rec, StandardCharsets.ISO_8859_1)
        .replaceFirst("WARC-Record-ID: [^\r]*\r\n", "");
    Path p = writeBytes(dir, "noid.warc", concat(request("https://example.com/x"),
        s.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(docs(read(p.toString()))).extracting(Document::id).containsExactly("noid:2");
  }

  @Test
  void aBrokenHttpMessageSpoilsOnlyItsRecord() throws IOException {
    Path p = writeBytes(dir, "mixed.warc", concat(
        html("https://example.com/1", "<p>One.</p>"),
        response("https://example.com/2", ascii("this is not HTTP at all")),
        response("https://example.com/3", http(200, "Content-Type: text/html\r\n"
            + "Content-Encoding: gzip\r\n", ascii("not gzip data"))),
        html("https://example.com/4", "<p>Four.</p>")));
    List<ReadResult> r = read(p.toString());
    assertThat(docs(r)).extracting(d -> d.meta().url())
        .containsExactly("https://example.com/1", "https://example.com/4");
    assertThat(rejected(r)).extracting(x -> x.where().record(), ReadResult.Rejected::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "warc"),
            org.assertj.core.groups.Tuple.tuple(3, "gzip"));
  }

  @Test
  void truncatedRecordsSaySo() throws IOException {
    byte[] page = "<p>The crawler stopped after this.</p>".getBytes(StandardCharsets.UTF_8);
    Path p = writeBytes(dir, "cut.warc", record("response",
        "WARC-Target-URI: https://example.com/long\r\nWARC-Truncated: length\r\n"
            + "Content-Type: application/http; msgtype=response\r\n",
        http(200, "Content-Type: text/html\r\n", page)));
    Document d = docs(read(p.toString())).get(0);
    assertThat(d.warnings()).extracting(Warning::code).containsExactly("truncated");
  }

  @Test
  void stdinWarcGzIsRecognised() {
    byte[] warc = WarcBytes.gzipEach(request("https://example.com/a"),
        html("https://example.com/a", "<p>Page A.</p>"),
        html("https://example.com/b", "<p>Page B.</p>"));
    ReadOptions opts = ReadOptions.defaults().withStdin(() -> new ByteArrayInputStream(warc));
    List<ReadResult> r = read(opts, "-");
    assertThat(docs(r)).extracting(d -> d.meta().url())
        .containsExactly("https://example.com/a", "https://example.com/b");
    assertThat(docs(r)).allSatisfy(d -> assertThat(d.source().path()).isEqualTo("-"));
  }

  /**
   * A WARC made up on the fly: a page, then a large image, over and over, and once a page far
   * larger than the document limit. It remembers how many bytes have been read and where each
   * record ends, so the test can tell the reader never reads ahead of the record it is on.
   */
  private static final class GeneratedWarc extends InputStream {
    static final int IMAGE = 2 * 1024 * 1024;
    static final int HUGE_PAGE = 30 * 1024 * 1024;
    private final int pairs;
    private final byte[] filler = new byte[64 * 1024];
    private byte[] head = new byte[0];
    private int headPos;
    private long bodyLeft;
    private boolean bodyIsPage;
    private byte[] tail = new byte[0];
    private int tailPos;
    private int records;
    private long served;
    private final long[] ends;

    GeneratedWarc(int pairs) {
      this.pairs = pairs;
      this.ends = new long[pairs * 2 + 2];
      Arrays.fill(filler, (byte) 'x');
    }

    long total() {
      return ends[ends.length - 1];
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (headPos == head.length && bodyLeft == 0 && tailPos == tail.length && !nextRecord()) {
        return -1;
      }
      int n;
      if (headPos < head.length) {
        n = Math.min(len, head.length - headPos);
        System.arraycopy(head, headPos, b, off, n);
        headPos += n;
      } else if (bodyLeft > 0) {
        n = (int) Math.min(Math.min(len, bodyLeft), filler.length);
        byte[] src = filler;
        if (bodyIsPage) {
          src = new byte[n];
          for (int i = 0; i < n; i++) {
            src[i] = (byte) (i % 64 == 63 ? '\n' : 'a' + i % 26);
          }
        }
        System.arraycopy(src, 0, b, off, n);
        bodyLeft -= n;
      } else {
        n = Math.min(len, tail.length - tailPos);
        System.arraycopy(tail, tailPos, b, off, n);
        tailPos += n;
      }
      served += n;
      return n;
    }

    /** Starts the next record; false after the last. */
    private boolean nextRecord() {
      if (records == pairs * 2 + 1) {
        return false;
      }
      records++;
      String http;
      long body;
      if (records == pairs + 1) {
        bodyIsPage = true;
        body = HUGE_PAGE;
        http = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n";
      } else if (records % 2 == 1) {
        bodyIsPage = false;
        body = 0;
        http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Page "
            + records + " about the base.</p></body></html>";
      } else {
        bodyIsPage = false;
        body = IMAGE;
        http = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n";
      }
      byte[] httpHead = ascii(http);
      long length = httpHead.length + body;
      head = concat(ascii("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:r"
          + records + ">\r\nWARC-Date: 2024-03-01T12:00:00Z\r\nWARC-Target-URI: https://example"
          + ".com/" + records + "\r\nContent-Type: application/http; msgtype=response\r\n"
          + "Content-Length: " + length + "\r\n\r\n"), httpHead);
      headPos = 0;
      bodyLeft = body;
      tail = ascii("\r\n\r\n");
      tailPos = 0;
      ends[records] = ends[records - 1] + head.length + body + tail.length;
      return true;
    }
  }

  @Test
  void largeArchivesAreStreamedOneRecordAtATime() {
    int pairs = 100; // 100 pages, 100 images of 2 MB, one 30 MB page: about 230 MB
    GeneratedWarc warc = new GeneratedWarc(pairs);
    ReadOptions opts = ReadOptions.defaults().withMaxChars(1_000_000);
    RecordIterator it = new WebArchiveReader().read(
        new Source("generated.warc", "generated", warc, false), opts);
    int pages = 0;
    ReadResult last = null;
    while (it.hasNext()) {
      ReadResult r = it.next();
      last = r;
      if (r instanceof ReadResult.Loaded l) {
        pages++;
        int rec = l.document().source().record();
        assertThat(warc.served).as("bytes read when record " + rec + " is handed out")
            .isLessThanOrEqualTo(warc.ends[rec] + 64 * 1024);
        if (rec == pairs + 1) {
          assertThat(l.document().raw().length()).isLessThanOrEqualTo(1_000_000);
          assertThat(l.document().warnings()).extracting(Warning::code).contains("truncated");
        }
      }
    }
    assertThat(warc.total()).isGreaterThan(200L * 1024 * 1024);
    assertThat(warc.served).isEqualTo(warc.total());
    assertThat(pages).isEqualTo(pairs + 1);
    assertThat(last).isInstanceOf(ReadResult.Rejected.class);
    assertThat(((ReadResult.Rejected) last).reason()).startsWith("100 of 201 records")
        .contains("100 image/png");
  }
}
