package sitrep.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static sitrep.ingest.read.Results.docs;
import static sitrep.ingest.read.Results.read;
import static sitrep.ingest.read.Results.rejected;
import static sitrep.ingest.read.Results.write;
import static sitrep.ingest.read.Results.writeBytes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
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

/** RSS and Atom feeds: one document per item, with the feed's metadata. */
class FeedReaderTest {
  @TempDir Path dir;

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
           xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
        <channel>
          <title>Example News &amp; Views</title>
          <link>https://example.com/</link>
          <language>de-de</language>
          <item>
            <title>Raketen auf Stützpunkt</title>
            <link>https://example.com/2021/07/06/raketen</link>
            <guid isPermaLink="false">example-4711</guid>
            <pubDate>Tue, 06 Jul 2021 08:15:00 +0200</pubDate>
            <dc:creator>Jane Roe</dc:creator>
            <category>Syrien</category>
            <media:title>not the title</media:title>
            <description>Kurz: Raketen.</description>
            <content:encoded><![CDATA[<p>Drei Raketen trafen am Montag den Stützpunkt.</p>]]></content:encoded>
          </item>
          <item>
            <title>Rockets hit base</title>
            <link>https://example.com/rockets</link>
            <pubDate>Mon, 05 Jul 21 14:00:00 GMT</pubDate>
            <author>desk@example.com (News Desk)</author>
            <description>&lt;p&gt;Three rockets hit the base &amp;amp; no one was hurt.&lt;/p&gt;</description>
          </item>
          <item>
            <title>Plain</title>
            <pubDate>sometime last week</pubDate>
            <description>Just text, no markup.</description>
          </item>
        </channel>
      </rss>
      """;

  @Test
  void rssItemsBecomeDocumentsWithTheFeedsMetadata() throws IOException {
    Path p = write(dir, "news.xml", RSS);
    List<ReadResult> r = read(p.toString());
    assertThat(rejected(r)).isEmpty();
    List<Document> docs = docs(r);
    assertThat(docs).extracting(Document::id)
        .containsExactly("example-4711", "news:2", "news:3");

    Document first = docs.get(0);
    assertThat(first.format()).isEqualTo(Format.HTML);
    assertThat(first.raw()).isEqualTo("<p>Drei Raketen trafen am Montag den Stützpunkt.</p>")
        .as("content:encoded wins over description");
    assertThat(first.meta().title()).isEqualTo("Raketen auf Stützpunkt");
    assertThat(first.meta().url()).isEqualTo("https://example.com/2021/07/06/raketen");
    assertThat(first.meta().published()).isEqualTo(LocalDate.of(2021, 7, 6));
    assertThat(first.meta().source()).isEqualTo("Example News & Views");
    assertThat(first.meta().extra()).containsEntry("author", "Jane Roe")
        .containsEntry("categories", "Syrien").containsEntry("feed_language", "de-de");
    assertThat(first.source().path()).isEqualTo(p.toString());
    assertThat(first.source().record()).isEqualTo(1);
    assertThat(first.warnings()).isEmpty();

    Document second = docs.get(1);
    assertThat(second.format()).isEqualTo(Format.HTML).as("escaped HTML in the description");
    assertThat(second.raw()).isEqualTo("<p>Three rockets hit the base &amp; no one was hurt.</p>");
    assertThat(second.meta().published()).isEqualTo(LocalDate.of(2021, 7, 5))
        .as("two-digit year");
    assertThat(second.meta().extra()).containsEntry("author", "News Desk");

    Document third = docs.get(2);
    assertThat(third.format()).isEqualTo(Format.TEXT);
    assertThat(third.raw()).isEqualTo("Just text, no markup.");
    assertThat(third.source().toString()).isEqualTo(p + ":3");
    assertThat(third.meta().published()).isNull();
    assertThat(third.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("field");
      assertThat(w.message()).contains("sometime last week");
      assertThat(w.where().toString()).isEqualTo(p + ":3");
    });
  }

  @Test
  void rssDatesInTheirSloppyVariants() {
    LocalDate july5 = LocalDate.of(2021, 7, 5);
    for (String s : List.of("Mon, 05 Jul 2021 14:00:00 GMT", "Mon, 5 Jul 2021 14:00:00 +0200",
        "Tue, 05 Jul 2021 14:00:00 GMT", "05 Jul 2021 14:00 EST", "Mon,05 Jul 2021 14:00 PDT",
        "Mon, 05-Jul-2021 14:00:00 GMT", "Monday, 05 July 2021", "Mon, 05 Jul 21 14:00:00 UT",
        "mon, 05 jul 2021 14:00:00 z", "2021-07-05T14:00:00Z", "2021-07-05T23:30:00-05:00")) {
      assertThat(FeedDates.parse(s)).as(s).isEqualTo(july5);
    }
    assertThat(FeedDates.parse("Mon, 05 Jul 99 14:00:00 GMT")).isEqualTo(LocalDate.of(1999, 7, 5));
    assertThat(FeedDates.parse("Mon, 32 Jul 2021 14:00:00 GMT")).isNull();
    assertThat(FeedDates.parse("yesterday")).isNull();
  }

  @Test
  void atomEntriesWithEachKindOfContent() throws IOException {
    Path p = write(dir, "feed.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="html">Agency &lt;b&gt;Wire&lt;/b&gt;</title>
          <id>urn:feed</id>
          <entry>
            <title>Shelling near Kherson</title>
            <id>tag:example.com,2023:1</id>
            <link rel="self" href="https://example.com/self/1"/>
            <link rel="alternate" type="text/html" href="https://example.com/a/1"/>
            <published>2023-11-06T09:00:00+02:00</published>
            <updated>2023-11-07T10:00:00Z</updated>
            <author><name>A. Writer</name></author>
            <author><name>B. Writer</name></author>
            <content type="html">&lt;p&gt;Artillery shelled the town.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Drone <b>strike</b></div></title>
            <id>tag:example.com,2023:2</id>
            <link href="https://example.com/a/2"/>
            <updated>2023-11-08T10:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A drone hit a depot.</p></div></content>
          </entry>
          <entry>
            <title>Text only</title>
            <updated>2023-11-09T10:00:00Z</updated>
            <summary>Troops withdrew
        from the village.</summary>
          </entry>
          <entry>
            <title>Elsewhere</title>
            <id>tag:example.com,2023:4</id>
            <content src="https://example.com/a/4.pdf" type="application/pdf"/>
          </entry>
        </feed>
        """);
    List<ReadResult> r = read(p.toString());
    List<Document> docs = docs(r);
    assertThat(docs).extracting(Document::id)
        .containsExactly("tag:example.com,2023:1", "tag:example.com,2023:2", "feed:3");

    Document a = docs.get(0);
    assertThat(a.format()).isEqualTo(Format.HTML);
    assertThat(a.raw()).isEqualTo("<p>Artillery shelled the town.</p>");
    assertThat(a.meta().url()).isEqualTo("https://example.com/a/1");
    assertThat(a.meta().published()).isEqualTo(LocalDate.of(2023, 11, 6)).as("published, not updated");
    assertThat(a.meta().source()).isEqualTo("Agency Wire");
    assertThat(a.meta().extra()).containsEntry("author", "A. Writer, B. Writer");

    Document b = docs.get(1);
    assertThat(b.format()).isEqualTo(Format.HTML);
    assertThat(b.raw()).contains("<p>A drone hit a depot.</p>");
    assertThat(b.meta().title()).isEqualTo("Drone strike");
    assertThat(b.meta().published()).isEqualTo(LocalDate.of(2023, 11, 8)).as("updated");

    Document c = docs.get(2);
    assertThat(c.format()).isEqualTo(Format.TEXT);
    assertThat(c.raw()).isEqualTo("Troops withdrew\nfrom the village.");

    assertThat(rejected(r)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("no-text");
      assertThat(x.where().toString()).isEqualTo(p + ":4");
    });
  }

  @Test
  void rss1ItemsAreSiblingsOfTheChannel() throws IOException {
    Path p = write(dir, "old.rss", """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://example.org/"><title>Old Feed</title></channel>
          <item rdf:about="https://example.org/1">
            <title>One</title>
            <description>First text.</description>
            <dc:date>2020-01-03</dc:date>
          </item>
        </rdf:RDF>
        """);
    Document d = docs(read(p.toString())).get(0);
    assertThat(d.id()).isEqualTo("https://example.org/1");
    assertThat(d.meta().url()).isEqualTo("https://example.org/1");
    assertThat(d.meta().source()).isEqualTo("Old Feed");
    assertThat(d.meta().published()).isEqualTo(LocalDate.of(2020, 1, 3));
  }

  @Test
  void xmlThatIsNoFeedIsUnsupportedWithAReason() throws IOException {
    Path svg = write(dir, "drawing.xml", "<?xml version=\"1.0\"?>\n<!-- a picture -->\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>");
    Path page = write(dir, "page.xml", "<!DOCTYPE html><html><body><p>x</p></body></html>");
    Path text = write(dir, "notes.xml", "just some notes");
    List<ReadResult> r = read(svg.toString(), page.toString(), text.toString());
    assertThat(docs(r)).isEmpty();
    assertThat(rejected(r)).extracting(ReadResult.Rejected::code)
        .containsOnly("unsupported");
    assertThat(rejected(r).get(0).reason()).contains("<svg>").contains("not an RSS or Atom feed");
    assertThat(rejected(r).get(1).reason()).contains("HTML page");
    assertThat(rejected(r).get(2).reason()).contains("not an RSS or Atom feed");
  }

  @Test
  void aMalformedItemIsReportedAndTheOthersAreRead() throws IOException {
    Path p = write(dir, "broken.xml", """
        <rss version="2.0"><channel><title>T</title>
        <item><title>One</title><description>First.</description></item>
        <item><title>Two & Three</title><description>a < b, said the <b>source</i>.</description>
        <item><title>Nested</title><description>Missing its end tag.</description></item>
        <item><title>No text</title></item>
        <item><title>Last</title><description>Last.</description></item>
        </channel></rss>
        """);
    List<ReadResult> r = read(p.toString());
    List<Document> docs = docs(r);
    assertThat(docs).extracting(Document::raw)
        .containsExactly("First.", "Missing its end tag.", "Last.",
            "a &lt; b, said the <b>source.</b>")
        .as("an unclosed item ends with the feed's channel, so it comes last; markup written "
            + "inline stays markup");
    assertThat(docs).extracting(d -> d.source().record()).containsExactly(1, 3, 5, 2)
        .as("items keep the number of their start tag");
    Document broken = docs.get(3);
    assertThat(broken.meta().title()).isEqualTo("Two & Three");
    assertThat(broken.format()).isEqualTo(Format.HTML);
    assertThat(broken.warnings()).extracting(Warning::code).contains("xml");
    assertThat(broken.warnings()).allSatisfy(w -> assertThat(w.where().toString())
        .isEqualTo(p + ":2"));
    assertThat(broken.warnings().toString()).contains("no </item>").contains("markup error");
    assertThat(rejected(r)).extracting(x -> x.where().record(), ReadResult.Rejected::code)
        .containsExactly(tuple(4, "no-text"));
  }

  @Test
  void aFeedWithoutItemsIsEmpty() throws IOException {
    Path p = write(dir, "quiet.rss", "<rss><channel><title>Nothing today</title></channel></rss>");
    assertThat(rejected(read(p.toString()))).singleElement()
        .satisfies(x -> assertThat(x.code()).isEqualTo("empty"));
  }

  @Test
  void invalidUtf8InOneItemIsReadAsWindows1252AndOnlyThatItemSaysSo() throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    bos.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel>".getBytes(
        StandardCharsets.UTF_8));
    bos.writeBytes("<item><title>A</title><description>Stützpunkt</description></item>\n"
        .getBytes(StandardCharsets.UTF_8));
    bos.writeBytes("<item><title>B</title><description>Stützpunkt “quoted”</description></item>\n"
        .getBytes(Charset.forName("windows-1252")));
    bos.writeBytes("<item><title>C</title><description>Straße</description></item>"
        .getBytes(StandardCharsets.UTF_8));
    bos.writeBytes("</channel></rss>".getBytes(StandardCharsets.UTF_8));
    List<Document> docs = docs(read(writeBytes(dir, "mixed.xml", bos.toByteArray()).toString()));
    assertThat(docs).extracting(Document::raw)
        .containsExactly("Stützpunkt", "Stützpunkt “quoted”", "Straße");
    assertThat(docs.get(0).warnings()).isEmpty();
    assertThat(docs.get(1).warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("encoding");
      assertThat(w.where().record()).isEqualTo(2);
    });
    assertThat(docs.get(2).warnings()).isEmpty();
  }

  @Test
  void aDeclaredLegacyEncodingIsHonoured() throws IOException {
    byte[] feed = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item>"
        + "<title>Angriff</title><description>Stützpunkt</description></item></channel></rss>")
        .getBytes(StandardCharsets.ISO_8859_1);
    Document d = docs(read(writeBytes(dir, "latin.rss", feed).toString())).get(0);
    assertThat(d.raw()).isEqualTo("Stützpunkt");
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void utf16WithAByteOrderMark() throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    bos.write(0xFF);
    bos.write(0xFE);
    bos.writeBytes(("<?xml version=\"1.0\" encoding=\"UTF-16\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<entry><title>Angriff</title><summary>Stützpunkt</summary></entry></feed>")
        .getBytes(StandardCharsets.UTF_16LE));
    Document d = docs(read(writeBytes(dir, "wide.atom", bos.toByteArray()).toString())).get(0);
    assertThat(d.raw()).isEqualTo("Stützpunkt");
    assertThat(d.meta().title()).isEqualTo("Angriff");
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void gzippedAndTruncatedFeeds() throws IOException {
    StringBuilder sb = new StringBuilder("<rss><channel><title>Big</title>\n");
    for (int i = 1; i <= 2000; i++) {
      sb.append("<item><title>Item ").append(i).append("</title><description>Text of item ")
          .append(i).append(" with a few more words.</description></item>\n");
    }
    sb.append("</channel></rss>\n");
    byte[] gz = WarcBytes.gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(docs(read(writeBytes(dir, "whole.xml.gz", gz).toString()))).hasSize(2000)
        .extracting(Document::id).startsWith("whole:1", "whole:2");

    List<ReadResult> cut = read(writeBytes(dir, "cut.xml.gz",
        Arrays.copyOf(gz, gz.length / 2)).toString());
    assertThat(docs(cut)).hasSizeBetween(100, 1999);
    assertThat(rejected(cut)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("gzip");
      assertThat(x.reason()).contains("truncated");
      assertThat(x.where().record()).isGreaterThan(100);
    });
  }

  @Test
  void binaryContentIsRejected() throws IOException {
    byte[] b = "<rss><channel><item><title>x\0\0\0</title></item></channel></rss>"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(rejected(read(writeBytes(dir, "nul.xml", b).toString()))).singleElement()
        .extracting(ReadResult.Rejected::code).isEqualTo("binary");
  }

  @Test
  void stdinFeedIsRecognised() {
    ReadOptions opts = ReadOptions.defaults().withStdin(
        () -> new ByteArrayInputStream(RSS.getBytes(StandardCharsets.UTF_8)));
    assertThat(docs(read(opts, "-"))).extracting(Document::id)
        .containsExactly("example-4711", "stdin:2", "stdin:3");
  }

  /** A feed made up on the fly, item by item, that remembers how much of it has been read. */
  private static final class GeneratedFeed extends InputStream {
    private final int items;
    private byte[] chunk = "<rss><channel><title>Generated</title>\n".getBytes(
        StandardCharsets.UTF_8);
    private int pos;
    private int made;
    private long served;

    GeneratedFeed(int items) {
      this.items = items;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos == chunk.length) {
        if (made > items) {
          return -1;
        }
        made++;
        chunk = (made <= items
            ? "<item><title>Item " + made + "</title><description>"
                + ("Item " + made + " says the base was hit. ").repeat(20)
                + "</description></item>\n"
            : "</channel></rss>\n").getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      int n = Math.min(len, chunk.length - pos);
      System.arraycopy(chunk, pos, b, off, n);
      pos += n;
      served += n;
      return n;
    }
  }

  @Test
  void largeFeedsAreStreamedItemByItem() {
    int items = 20_000; // about 20 MB of feed
    GeneratedFeed feed = new GeneratedFeed(items);
    RecordIterator it = new FeedReader().read(
        new Source("generated.xml", "generated", feed, false), ReadOptions.defaults());
    int read = 0;
    int maxRetained = 0;
    while (it.hasNext()) {
      ReadResult r = it.next();
      assertThat(r).isInstanceOf(ReadResult.Loaded.class);
      read++;
      if (read % 1000 == 0) {
        long itemSize = 1100;
        assertThat(feed.served).as("read ahead of item " + read)
            .isLessThan(read * itemSize + FeedHead.SIZE + 256 * 1024);
        maxRetained = Math.max(maxRetained, ((FeedItems) it).retainedNodes());
      }
    }
    assertThat(read).isEqualTo(items);
    assertThat(maxRetained).as("nodes the parser holds").isLessThan(50);
  }
}
