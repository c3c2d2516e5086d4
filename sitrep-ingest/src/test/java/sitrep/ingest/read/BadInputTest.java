package sitrep.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static sitrep.ingest.read.Results.docs;
import static sitrep.ingest.read.Results.read;
import static sitrep.ingest.read.Results.rejected;
import static sitrep.ingest.read.Results.write;
import static sitrep.ingest.read.Results.writeBytes;
import static sitrep.ingest.read.WarcBytes.concat;
import static sitrep.ingest.read.WarcBytes.html;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.model.Document;
import sitrep.model.Warning;

/**
 * Inputs from the real world that are broken or hostile. Each yields a warning or a rejection that
 * names the file and the record or line, and the rest of the input is still read. (Truncated
 * {@code .jsonl.gz} and {@code .txt.gz}: {@link InputsTest}; invalid UTF-8 in one feed item:
 * {@link FeedReaderTest}.) Big inputs are written to a temporary directory that is deleted after
 * each test.
 */
class BadInputTest {
  @TempDir Path dir;

  private Path good() throws IOException {
    return write(dir, "zz-good.txt", "Rockets hit the base.\n");
  }

  /** The good file given after the bad one was read too. */
  private static void goodFileRead(List<ReadResult> r) {
    assertThat(docs(r)).extracting(Document::id).contains("zz-good");
  }

  @Test
  void truncatedWarcGzKeepsTheRecordsBeforeTheBreak() throws IOException {
    byte[][] records = new byte[20][];
    for (int i = 0; i < records.length; i++) {
      records[i] = html("https://example.com/" + i,
          "<p>" + ("Page " + i + " has some words. ").repeat(200) + "</p>");
    }
    byte[] gz = WarcBytes.gzipEach(records);
    Path p = writeBytes(dir, "cut.warc.gz", Arrays.copyOf(gz, gz.length / 2));
    List<ReadResult> r = read(p.toString(), good().toString());
    List<Document> pages = docs(r).stream().filter(d -> d.source().path().equals(p.toString()))
        .toList();
    assertThat(pages).hasSizeBetween(5, 11);
    assertThat(rejected(r)).filteredOn(x -> x.code().equals("gzip")).singleElement()
        .satisfies(x -> {
          assertThat(x.where().path()).isEqualTo(p.toString());
          assertThat(x.where().record()).isNotNull();
          assertThat(x.reason()).contains("truncated");
        });
    goodFileRead(r);
  }

  @Test
  void truncatedFeedGzKeepsTheItemsBeforeTheBreak() throws IOException {
    StringBuilder sb = new StringBuilder("<rss><channel>");
    for (int i = 1; i <= 500; i++) {
      sb.append("<item><title>").append(i).append("</title><description>Item ").append(i)
          .append(" text.</description></item>\n");
    }
    byte[] gz = WarcBytes.gzip((sb + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
    Path p = writeBytes(dir, "cut.xml.gz", Arrays.copyOf(gz, gz.length * 2 / 3));
    List<ReadResult> r = read(p.toString(), good().toString());
    assertThat(docs(r)).hasSizeGreaterThan(10);
    assertThat(rejected(r)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("gzip");
      assertThat(x.where().record()).isGreaterThan(10);
    });
    goodFileRead(r);
  }

  @Test
  void warcWithAMalformedHeaderKeepsWhatWasReadBefore() throws IOException {
    Path p = writeBytes(dir, "bad.warc", concat(
        html("https://example.com/1", "<p>One.</p>"),
        html("https://example.com/2", "<p>Two.</p>"),
        WarcBytes.ascii("WARC/1.1\r\nWARC-Type response\r\nnot a header line\r\n"
            + "Content-Length: 5\r\n\r\nhello\r\n\r\n"),
        html("https://example.com/4", "<p>Four.</p>")));
    List<ReadResult> r = read(p.toString(), good().toString());
    assertThat(docs(r)).extracting(d -> d.meta().url()).containsExactly(
        "https://example.com/1", "https://example.com/2", null);
    assertThat(rejected(r)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("warc");
      assertThat(x.where().toString()).isEqualTo(p + ":3");
      assertThat(x.reason()).startsWith("malformed WARC record").contains("2 records before");
    });
    goodFileRead(r);
  }

  @Test
  void warcWithAnUnparsableContentLength() throws IOException {
    Path p = writeBytes(dir, "length.warc", concat(html("https://example.com/1", "<p>One.</p>"),
        WarcBytes.ascii("WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: many\r\n\r\n"
            + "hello\r\n\r\n")));
    List<ReadResult> r = read(p.toString(), good().toString());
    assertThat(docs(r)).hasSize(2);
    assertThat(rejected(r)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("warc");
      assertThat(x.where().record()).isEqualTo(2);
    });
  }

  @Test
  void aFileThatIsNoWarcAtAll() throws IOException {
    Path p = write(dir, "page.warc", "<html><body>not an archive</body></html>");
    List<ReadResult> r = read(p.toString(), good().toString());
    assertThat(rejected(r)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("warc");
      assertThat(x.reason()).startsWith("not a WARC file");
    });
    goodFileRead(r);
  }

  @Test
  void htmlFileOf50MegabytesIsCutToTheLimitInReasonableTime() throws IOException {
    Path p = dir.resolve("huge.html");
    try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write("<!DOCTYPE html><html><head><title>Huge</title></head><body>\n");
      String para = "<p>" + "Paragraph of a very long page about shelling. ".repeat(20)
          + "</p>\n";
      for (long written = 0; written < 50L * 1024 * 1024; written += para.length()) {
        w.write(para);
      }
      w.write("</body></html>\n");
    }
    long start = System.nanoTime();
    List<ReadResult> r = read(p.toString(), good().toString());
    assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(30_000_000_000L);
    Document d = docs(r).get(0);
    assertThat(d.raw().length()).isLessThanOrEqualTo(ReadOptions.DEFAULT_MAX_CHARS)
        .isGreaterThan(ReadOptions.DEFAULT_MAX_CHARS / 2);
    assertThat(d.meta().title()).isEqualTo("Huge");
    assertThat(d.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("truncated");
      assertThat(w.where().path()).isEqualTo(p.toString());
    });
    goodFileRead(r);
  }

  /** A line of about 20 MB (more than the 20 M characters a document may have). */
  private static String twentyMegabyteLine() {
    return "word ".repeat(20 * 1024 * 1024 / 5);
  }

  @Test
  void aSingleLineOf20MegabytesInATextFile() throws IOException {
    Path p = write(dir, "oneline.txt", twentyMegabyteLine());
    List<ReadResult> r = read(p.toString(), good().toString());
    Document d = docs(r).get(0);
    assertThat(d.raw().length()).isLessThanOrEqualTo(ReadOptions.DEFAULT_MAX_CHARS);
    assertThat(d.warnings()).extracting(Warning::code).containsExactly("truncated");
    assertThat(d.warnings().get(0).where().path()).isEqualTo(p.toString());
    goodFileRead(r);
  }

  @Test
  void aSingleLineOf20MegabytesInAJsonlFile() throws IOException {
    Path p = write(dir, "oneline.jsonl", "{\"text\": \"first\"}\n{\"text\": \"" + twentyMegabyteLine()
        + "\"}\n{\"text\": \"third\"}\n");
    List<ReadResult> r = read(p.toString());
    List<Document> docs = docs(r);
    assertThat(docs).extracting(Document::id)
        .containsExactly("oneline:1", "oneline:2", "oneline:3");
    assertThat(docs.get(1).raw().length()).isLessThanOrEqualTo(ReadOptions.DEFAULT_MAX_CHARS);
    assertThat(docs.get(1).warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("truncated");
      assertThat(w.where().toString()).isEqualTo(p + ":2");
    });

    // a line too long even to parse is skipped with its number, the next line is still read
    List<ReadResult> small = read(ReadOptions.defaults().withMaxChars(1000), p.toString());
    assertThat(docs(small)).extracting(Document::id).containsExactly("oneline:1", "oneline:3");
    assertThat(rejected(small)).extracting(x -> x.where().record(), ReadResult.Rejected::code)
        .containsExactly(tuple(2, "too-long"));
  }

  @Test
  void nulBytesInATextFileRejectTheFile() throws IOException {
    Path p = writeBytes(dir, "nul.txt", "Text\0with\0NULs\n".getBytes(StandardCharsets.UTF_8));
    List<ReadResult> r = read(p.toString(), good().toString());
    assertThat(rejected(r)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("binary");
      assertThat(x.where().path()).isEqualTo(p.toString());
      assertThat(x.reason()).contains("offset 4");
    });
    goodFileRead(r);
  }

  @Test
  void nulBytesInAJsonlLineRejectThatLine() throws IOException {
    Path p = writeBytes(dir, "nul.jsonl", ("{\"text\": \"one\"}\n{\"text\": \"t\0o\"}\n"
        + "{\"text\": \"three\"}\n").getBytes(StandardCharsets.UTF_8));
    List<ReadResult> r = read(p.toString());
    assertThat(docs(r)).extracting(Document::id).containsExactly("nul:1", "nul:3");
    assertThat(rejected(r)).extracting(x -> x.where().record(), ReadResult.Rejected::code)
        .containsExactly(tuple(2, "binary"));
  }

  @Test
  void nulBytesInAWarcPayloadRejectThatRecord() throws IOException {
    byte[] body = "<html><body>\0\0\0</body></html>".getBytes(StandardCharsets.UTF_8);
    Path p = writeBytes(dir, "nul.warc", concat(
        WarcBytes.response("https://example.com/1", WarcBytes.http(200,
            "Content-Type: text/html\r\n", body)),
        html("https://example.com/2", "<p>Two.</p>")));
    List<ReadResult> r = read(p.toString());
    assertThat(docs(r)).extracting(d -> d.meta().url()).containsExactly("https://example.com/2");
    assertThat(rejected(r)).extracting(x -> x.where().record(), ReadResult.Rejected::code)
        .containsExactly(tuple(1, "binary"));
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarning() throws IOException {
    byte[] legacy = "Stützpunkt – Angriff\n".getBytes(Charset.forName("windows-1252"));
    Path txt = writeBytes(dir, "legacy.txt", legacy);
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    jsonl.writeBytes("{\"text\": \"ok\"}\n".getBytes(StandardCharsets.UTF_8));
    jsonl.writeBytes("{\"text\": \"Stützpunkt\"}\n".getBytes(Charset.forName("windows-1252")));
    Path j = writeBytes(dir, "legacy.jsonl", jsonl.toByteArray());
    byte[] page = "<html><body><p>Stützpunkt</p></body></html>".getBytes(
        Charset.forName("windows-1252"));
    Path warc = writeBytes(dir, "legacy.warc", WarcBytes.response("https://example.com/x",
        WarcBytes.http(200, "Content-Type: text/html\r\n", page)));
    List<Document> docs = docs(read(txt.toString(), j.toString(), warc.toString()));
    assertThat(docs).extracting(Document::raw).filteredOn(raw -> !raw.equals("ok"))
        .hasSize(3).allSatisfy(raw -> assertThat(raw).contains("Stützpunkt"));
    // the charset named is Decoding's pick (windows-1252 or ISO-8859-1 read the same here)
    assertThat(docs).extracting(d -> d.warnings().stream().map(Warning::toString)
            .map(w -> w.replaceAll("decoded as \\S+.*", "decoded as …")).toList())
        .containsExactly(
            List.of(txt + ": encoding: not valid UTF-8; decoded as …"),
            List.of(),
            List.of(j + ":2: encoding: not valid UTF-8; decoded as …"),
            List.of(warc + ":1: encoding: not valid UTF-8; decoded as …"));
  }

  @Test
  void aJsonlLineThatIsNotJson() throws IOException {
    Path p = write(dir, "bad.jsonl", "{\"text\": \"one\"}\n<html>not json</html>\n"
        + "{\"text\": \"three\"}\n");
    List<ReadResult> r = read(p.toString());
    assertThat(docs(r)).extracting(Document::id).containsExactly("bad:1", "bad:3");
    assertThat(rejected(r)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("json");
      assertThat(x.toString()).startsWith(p + ":2: json: not valid JSON");
    });
  }

  @Test
  void rssWithDoctypeAndExternalEntitiesResolvesNothing() throws IOException {
    String secret = "SECRET-" + System.nanoTime();
    Path secretFile = write(dir, "secret.txt", secret);
    Path dtd = write(dir, "evil.dtd", "<!ENTITY remote \"" + secret + "\">");
    Path p = write(dir, "xxe.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE rss SYSTEM "%2$s" [
          <!ENTITY xxe SYSTEM "%1$s">
          <!ENTITY %% param SYSTEM "%2$s">
          %%param;
        ]>
        <rss version="2.0"><channel><title>Feed &xxe;</title>
        <item><title>Leak &xxe;</title><description>Text &xxe; and &remote; here.</description></item>
        <item><title>Clean</title><description>Nothing to see.</description></item>
        </channel></rss>
        """.formatted(secretFile.toUri(), dtd.toUri()));
    List<ReadResult> r = read(p.toString());
    assertThat(Results.everything(r)).doesNotContain(secret);
    List<Document> docs = docs(r);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).raw()).isEqualTo("Text &xxe; and &remote; here.");
    assertThat(docs.get(0).warnings()).extracting(Warning::code).contains("entity");
    assertThat(docs.get(0).warnings()).filteredOn(w -> w.code().equals("entity"))
        .allSatisfy(w -> assertThat(w.where().toString()).isEqualTo(p + ":1"));
    assertThat(docs.get(1).warnings()).isEmpty();
  }

  @Test
  void rssWithEntityExpansionDoesNotBlowUp() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      String prev = "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">\n");
    }
    dtd.append("]>\n");
    Path p = write(dir, "laughs.xml", "<?xml version=\"1.0\"?>\n" + dtd
        + "<rss><channel><item><title>&lol9;</title><description>Boom &lol9;</description>"
        + "</item></channel></rss>");
    long start = System.nanoTime();
    List<Document> docs = docs(read(p.toString()));
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.raw()).isEqualTo("Boom &lol9;");
      assertThat(d.warnings()).extracting(Warning::code).contains("entity");
    });
  }

}
