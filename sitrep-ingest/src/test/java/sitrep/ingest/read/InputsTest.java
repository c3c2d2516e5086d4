package sitrep.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static sitrep.ingest.read.Results.docs;
import static sitrep.ingest.read.Results.read;
import static sitrep.ingest.read.Results.rejected;
import static sitrep.ingest.read.Results.write;
import static sitrep.ingest.read.Results.writeBytes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Warning;

/** What users get when they point sitrep at files, directories, globs and stdin. */
class InputsTest {
  @TempDir Path dir;

  private static final LocalDate JULY_8 = LocalDate.of(2021, 7, 8);

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return bos.toByteArray();
  }

  @Test
  void textFileBecomesOneDocumentNamedAfterItsBaseName() throws IOException {
    Path p = write(dir, "report.txt", "Rockets hit the base.\n");
    List<ReadResult> r = read(p.toString());
    assertThat(r).hasSize(1);
    Document d = docs(r).get(0);
    assertThat(d.id()).isEqualTo("report");
    assertThat(d.format()).isEqualTo(Format.TEXT);
    assertThat(d.raw()).isEqualTo("Rockets hit the base.\n");
    assertThat(d.source().path()).isEqualTo(p.toString());
    assertThat(d.source().record()).isNull();
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void htmlFileCarriesItsMetadata() throws IOException {
    Path p = write(dir, "page.html", """
        <html lang="en"><head><title>Rockets hit base | Example News</title>
        <meta property="og:title" content="Rockets hit base">
        <meta property="og:site_name" content="Example News">
        <link rel="canonical" href="https://example.com/world/2021/07/06/rockets/">
        <meta property="article:published_time" content="2021-07-07T08:00:00+03:00">
        </head><body><article><p>Three rockets hit the base.</p></article></body></html>
        """);
    Document d = docs(read(p.toString())).get(0);
    assertThat(d.format()).isEqualTo(Format.HTML);
    assertThat(d.id()).isEqualTo("page");
    assertThat(d.meta().title()).isEqualTo("Rockets hit base");
    assertThat(d.meta().url()).isEqualTo("https://example.com/world/2021/07/06/rockets/");
    assertThat(d.meta().source()).isEqualTo("Example News");
    assertThat(d.meta().published()).isEqualTo(LocalDate.of(2021, 7, 7));
    assertThat(d.meta().extra()).containsEntry("html_lang", "en");
  }

  @Test
  void jsonlBadLineIsReportedWithItsLineNumberAndTheRestIsRead() throws IOException {
    Path p = write(dir, "batch.jsonl", """
        {"id": "a1", "text": "Drei Raketen trafen den Stützpunkt.", "published": "2021-07-05", "language": "de", "feed": "rss-1", "score": 3}
        {"id": "a2", "text": "broken
        {"text": "Rockets hit the base.", "url": "https://example.com/2021/07/06/x"}

        {"id": "a4", "title": "no text here"}
        {"id": "a5", "html": "<p>Three rockets.</p>", "title": "Given title"}
        [1, 2]
        """);
    List<ReadResult> r = read(p.toString());
    List<Document> docs = docs(r);
    assertThat(docs).extracting(Document::id).containsExactly("a1", "batch:3", "a5");
    Document a1 = docs.get(0);
    assertThat(a1.source().toString()).isEqualTo(p + ":1");
    assertThat(a1.meta().published()).isEqualTo(LocalDate.of(2021, 7, 5));
    assertThat(a1.meta().languageHint()).isEqualTo("de");
    assertThat(a1.meta().extra()).containsEntry("feed", "rss-1").containsEntry("score", "3");
    assertThat(docs.get(1).meta().published())
        .as("a date in the url").isEqualTo(LocalDate.of(2021, 7, 6));
    assertThat(docs.get(2).format()).isEqualTo(Format.HTML);
    assertThat(docs.get(2).meta().title()).isEqualTo("Given title");
    assertThat(rejected(r)).extracting(x -> x.where().record(), ReadResult.Rejected::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "json"),
            org.assertj.core.groups.Tuple.tuple(5, "no-text"),
            org.assertj.core.groups.Tuple.tuple(7, "json"));
    assertThat(rejected(r).get(0).toString()).startsWith(p + ":2: json: not valid JSON");
    assertThat(r.get(1)).isInstanceOf(ReadResult.Rejected.class).as("results come in line order");
  }

  @Test
  void jsonlFieldOfTheWrongTypeIsAWarningNotARejection() throws IOException {
    Path p = write(dir, "odd.jsonl", "{\"id\": 7, \"text\": \"Rockets.\", \"title\": [\"x\"], "
        + "\"published\": \"yesterday\"}\n");
    Document d = docs(read(p.toString())).get(0);
    assertThat(d.id()).isEqualTo("7");
    assertThat(d.meta().title()).isNull();
    assertThat(d.warnings()).extracting(Warning::code).containsExactly("field", "field");
  }

  @Test
  void eachJsonlLineIsDecodedOnItsOwn() throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    bos.write("{\"text\": \"Stützpunkt\"}\n".getBytes(StandardCharsets.UTF_8));
    bos.write("{\"text\": \"Stützpunkt\"}\r\n".getBytes(Charset.forName("windows-1252")));
    List<Document> docs = docs(read(writeBytes(dir, "mixed.jsonl", bos.toByteArray()).toString()));
    assertThat(docs).extracting(Document::raw).containsExactly("Stützpunkt", "Stützpunkt");
    assertThat(docs.get(0).warnings()).isEmpty();
    assertThat(docs.get(1).warnings()).extracting(Warning::code).containsExactly("encoding");
  }

  @Test
  void aFileOfGarbageLinesIsReportedWithoutFloodingTheLog() throws IOException {
    Path p = write(dir, "garbage.jsonl", "not json\n".repeat(150) + "{\"text\": \"ok\"}\n");
    List<ReadResult> r = read(p.toString());
    assertThat(docs(r)).hasSize(1);
    assertThat(rejected(r)).hasSize(JsonlReader.MAX_LINE_REPORTS + 1);
    assertThat(rejected(r).get(JsonlReader.MAX_LINE_REPORTS).reason()).startsWith("50 more bad lines");
  }

  @Test
  void gzipFilesAreReadThroughAndNamedWithoutBothSuffixes() throws IOException {
    writeBytes(dir, "in/a.txt.gz", gzip("Rockets hit the base.\n"));
    writeBytes(dir, "in/b.jsonl.gz", gzip("{\"text\": \"one\"}\n{\"text\": \"two\"}\n"));
    List<Document> docs = docs(read(dir.resolve("in").toString()));
    assertThat(docs).extracting(Document::id).containsExactly("a", "b:1", "b:2");
    assertThat(docs.get(0).raw()).isEqualTo("Rockets hit the base.\n");
  }

  @Test
  void truncatedGzipKeepsWhatWasReadAndSaysSo() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      sb.append("{\"text\": \"Line ").append(i).append(" with some words in it.\"}\n");
    }
    byte[] full = gzip(sb.toString());
    Path jsonl = writeBytes(dir, "cut.jsonl.gz", Arrays.copyOf(full, full.length / 2));
    List<ReadResult> r = read(jsonl.toString());
    assertThat(docs(r)).isNotEmpty().hasSizeLessThan(3000);
    assertThat(rejected(r)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("gzip");
      assertThat(x.reason()).contains("truncated");
    });

    byte[] text = gzip("First paragraph.\n\n" + "Second paragraph of text. ".repeat(4000));
    Path txt = writeBytes(dir, "cut.txt.gz", Arrays.copyOf(text, text.length - 20));
    List<ReadResult> t = read(txt.toString());
    assertThat(docs(t)).singleElement().satisfies(d -> {
      assertThat(d.raw()).startsWith("First paragraph.");
      assertThat(d.warnings()).extracting(Warning::code).contains("gzip");
    });

    Path notGzip = write(dir, "fake.txt.gz", "not compressed at all");
    assertThat(rejected(read(notGzip.toString()))).singleElement()
        .extracting(ReadResult.Rejected::code).isEqualTo("gzip");
  }

  @Test
  void emptyBlankAndBinaryFilesAreRejected() throws IOException {
    Path empty = write(dir, "empty.txt", "");
    Path blank = write(dir, "blank.txt", " \n\n\t\n");
    Path binary = writeBytes(dir, "binary.txt", new byte[] {'a', 'b', 0, 1, 2, 'c'});
    Path emptyJsonl = write(dir, "empty.jsonl", "\n\n");
    Path binaryJsonl = writeBytes(dir, "bin.jsonl", new byte[] {0x7B, 0, 0, 0x7D, '\n', '{', '}'});
    List<ReadResult> r = read(empty.toString(), blank.toString(), binary.toString(),
        emptyJsonl.toString(), binaryJsonl.toString());
    assertThat(r).allMatch(x -> x instanceof ReadResult.Rejected);
    assertThat(rejected(r)).extracting(ReadResult.Rejected::code)
        .containsExactly("empty", "empty", "binary", "empty", "binary");
  }

  @Test
  void windows1252IsDecodedWithAWarning() throws IOException {
    Path p = writeBytes(dir, "legacy.txt",
        "Stützpunkt – Angriff am 5. Juli\n".getBytes(Charset.forName("windows-1252")));
    Document d = docs(read(p.toString())).get(0);
    assertThat(d.raw()).isEqualTo("Stützpunkt – Angriff am 5. Juli\n");
    assertThat(d.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("encoding");
      assertThat(w.message()).contains("not valid UTF-8").contains("windows-1252");
      assertThat(w.where().path()).isEqualTo(p.toString());
    });
  }

  @Test
  void htmlInADeclaredCharsetIsDecodedWithoutComplaint() throws IOException {
    Path p = writeBytes(dir, "latin.html",
        "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Stützpunkt</p></body></html>"
            .getBytes(StandardCharsets.ISO_8859_1));
    Document d = docs(read(p.toString())).get(0);
    assertThat(d.raw()).contains("Stützpunkt");
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "Hallo Welt.\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(text, 0, all, 3, text.length);
    assertThat(docs(read(writeBytes(dir, "bom.txt", all).toString())).get(0).raw())
        .isEqualTo("Hallo Welt.\n");
  }

  @Test
  void missingPathsAndUnknownTypesAreReportedAndTheBatchGoesOn() throws IOException {
    Path ok = write(dir, "ok.txt", "Text.");
    Path pdf = write(dir, "paper.pdf", "%PDF");
    List<ReadResult> r = read(dir.resolve("nope.txt").toString(), pdf.toString(), ok.toString(),
        dir.resolve("none/*.txt").toString(), dir + "/*.xyz");
    assertThat(rejected(r)).extracting(ReadResult.Rejected::code)
        .containsExactly("missing", "unsupported", "missing", "no-match");
    assertThat(docs(r)).extracting(Document::id).containsExactly("ok");
  }

  @Test
  void directoriesAreWalkedInNameOrderWithIdsRelativeToTheArgument() throws IOException {
    write(dir, "corpus/b.txt", "B.");
    write(dir, "corpus/a/z.txt", "Z.");
    write(dir, "corpus/a/b.html", "<p>B</p>");
    write(dir, "corpus/c.jsonl", "{\"text\": \"C\"}\n");
    write(dir, "corpus/.hidden.txt", "hidden");
    write(dir, "corpus/.git/config.txt", "hidden too");
    write(dir, "corpus/notes.pdf", "%PDF");
    write(dir, "corpus/A.txt", "upper case sorts first");
    List<ReadResult> r = read(dir.resolve("corpus").toString());
    assertThat(docs(r)).extracting(Document::id)
        .containsExactly("A", "a/b", "a/z", "b", "c:1");
    assertThat(docs(r).get(1).source().path())
        .isEqualTo(dir.resolve("corpus/a/b.html").toString());
    assertThat(rejected(r)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("unsupported");
      assertThat(x.where().path()).endsWith("notes.pdf");
    });
  }

  @Test
  void globsExpandRelativeToTheirFixedPart() throws IOException {
    write(dir, "samples/one.html", "<p>1</p>");
    write(dir, "samples/two.html", "<p>2</p>");
    write(dir, "samples/three.txt", "3");
    write(dir, "samples/deep/four.html", "<p>4</p>");
    assertThat(docs(read(dir + "/samples/*.html"))).extracting(Document::id)
        .containsExactly("one", "two");
    assertThat(docs(read(dir + "/samples/**/*.html"))).extracting(Document::id)
        .containsExactly("deep/four", "one", "two");
  }

  @Test
  void stdinTextIsOneDocumentCalledStdin() {
    ReadOptions opts = ReadOptions.defaults().withStdin(
        () -> new ByteArrayInputStream("\n  Rockets hit the base.\n".getBytes(StandardCharsets.UTF_8)));
    List<Document> docs = docs(read(opts, "-"));
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("stdin");
      assertThat(d.source().path()).isEqualTo("-");
      assertThat(d.format()).isEqualTo(Format.TEXT);
    });
  }

  @Test
  void stdinStartingWithABraceIsJsonl() {
    ReadOptions opts = ReadOptions.defaults().withStdin(() -> new ByteArrayInputStream(
        "  {\"id\": \"x\", \"text\": \"One.\"}\n{\"text\": \"Two.\"}\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(docs(read(opts, "-"))).extracting(Document::id).containsExactly("x", "stdin:2");
  }

  @Test
  void gzippedStdinIsDecompressed() throws IOException {
    byte[] gz = gzip("{\"text\": \"One.\"}\n");
    ReadOptions opts = ReadOptions.defaults().withStdin(() -> new ByteArrayInputStream(gz));
    assertThat(docs(read(opts, "-"))).extracting(Document::id).containsExactly("stdin:1");
  }

  @Test
  void anEmptyDirectoryIsReported() throws IOException {
    Files.createDirectories(dir.resolve("nothing/.git"));
    assertThat(rejected(read(dir.resolve("nothing").toString())))
        .extracting(ReadResult.Rejected::code).containsExactly("empty");
  }

  @Test
  void stdinHtmlAndEmptyStdin() {
    ReadOptions html = ReadOptions.defaults().withStdin(() -> new ByteArrayInputStream(
        "<!DOCTYPE html><html><body><p>One.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    assertThat(docs(read(html, "-")).get(0).format()).isEqualTo(Format.HTML);
    ReadOptions empty = ReadOptions.defaults().withStdin(() -> new ByteArrayInputStream(new byte[0]));
    assertThat(rejected(read(empty, "-"))).extracting(ReadResult.Rejected::code)
        .containsExactly("empty");
  }

  @Test
  void theDocumentsOwnDateWinsOverTheDefault() throws IOException {
    Path dated = write(dir, "dated.txt", "BAGHDAD, July 6, 2021 (Reuters) – Rockets hit the base.\n");
    Path undated = write(dir, "undated.txt", "Rockets hit the base.\n");
    Path vague = write(dir, "vague.txt", "WASHINGTON, July 6 (Reuters) - No year here.\n");
    List<Document> docs = docs(read(ReadOptions.defaults().withPublished(JULY_8),
        dated.toString(), undated.toString(), vague.toString()));
    assertThat(docs).extracting(d -> d.meta().published())
        .containsExactly(LocalDate.of(2021, 7, 6), JULY_8, JULY_8);
  }

  @Test
  void overlongTextIsCutAtAParagraphBoundaryWithAWarning() throws IOException {
    String para = "A paragraph of the report with several words in it.\n\n";
    Path p = write(dir, "long.txt", para.repeat(100));
    Document d = docs(read(ReadOptions.defaults().withMaxChars(1000), p.toString())).get(0);
    assertThat(d.raw().length()).isLessThanOrEqualTo(1000).isGreaterThan(500);
    assertThat(d.raw()).endsWith("in it.\n\n");
    assertThat(d.warnings()).extracting(Warning::code).containsExactly("truncated");

    Path j = write(dir, "long.jsonl", "{\"text\": \"" + para.replace("\n", "\\n").repeat(100) + "\"}\n");
    Document dj = docs(read(ReadOptions.defaults().withMaxChars(1000), j.toString())).get(0);
    assertThat(dj.raw()).endsWith("in it.\n\n");
    assertThat(dj.warnings()).extracting(Warning::code).containsExactly("truncated");
  }

  @Test
  void streamIsLazyAndCanBeClosedEarly() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      sb.append("{\"text\": \"Doc ").append(i).append("\"}\n");
    }
    Path p = write(dir, "many.jsonl", sb.toString());
    try (ReadStream in = Inputs.open(List.of(p.toString()), ReadOptions.defaults())) {
      assertThat(in.stream().limit(3).map(r -> ((ReadResult.Loaded) r).document().id()).toList())
          .containsExactly("many:1", "many:2", "many:3");
    }
  }

  @Test
  void theStandardFormatsAreChosenBySuffix() {
    FormatReaders f = FormatReaders.standard();
    assertThat(List.of("a.txt", "a.HTM", "a.jsonl.gz", "feed.xml", "feed.xml.gz", "x.rss",
            "x.atom", "crawl.warc", "crawl.warc.gz", "CRAWL.WARC.GZ"))
        .extracting(name -> f.match(name).reader().name() + " " + f.match(name).extension()
            + (f.match(name).gzip() ? " gunzipped" : ""))
        .containsExactly("text txt", "html htm", "jsonl jsonl.gz gunzipped", "feed xml",
            "feed xml.gz gunzipped", "feed rss", "feed atom", "warc warc", "warc warc.gz",
            "warc warc.gz");
    assertThat(f.match("paper.pdf")).isNull();
    assertThat(Candidate.idBase("crawls/2024/crawl.warc.gz", f.match("crawl.warc.gz")))
        .isEqualTo("crawls/2024/crawl");
  }

  @Test
  void theSeedDirectoryGivesIdsWithoutSuffix() {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")), "no shared seeds");
    List<ReadResult> r = read(Path.of(shared, "seeds").toString());
    assertThat(rejected(r)).isEmpty();
    assertThat(docs(r)).extracting(Document::id).startsWith("000_371c7a1a836e5ba9");
    assertThat(docs(r)).allMatch(d -> d.warnings().isEmpty());
  }
}
