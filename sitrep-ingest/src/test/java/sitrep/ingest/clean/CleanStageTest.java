package sitrep.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import sitrep.model.CleanText;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.SourceRef;
import sitrep.model.Warning;

/** What cleaning keeps and drops, and that every kept character maps back to the raw input. */
class CleanStageTest {
  private final CleanStage stage = new CleanStage();

  private Document clean(Format format, String raw) {
    Document d = stage.process(Document.raw("t", SourceRef.file("t"), Metadata.EMPTY, format, raw));
    assertMapsBack(d);
    return d;
  }

  /** Every copied piece of the cleaned text is exactly the raw text it claims to come from. */
  static void assertMapsBack(Document d) {
    CleanText c = d.clean();
    assertThat(c).isNotNull();
    for (CleanText.Segment s : c.segments()) {
      assertThat(c.text().substring(s.cleanStart(), s.cleanStart() + s.length()))
          .isEqualTo(d.raw().substring(s.rawStart(), s.rawStart() + s.length()));
    }
  }

  @Test
  void cleanTextIsLeftExactlyAsItIs() {
    String raw = "Headline\n\nFirst paragraph.\r\nSecond line.\n\n\nThird paragraph.\n";
    Document d = clean(Format.TEXT, raw);
    assertThat(d.text()).isEqualTo(raw);
    assertThat(d.clean().segments()).hasSize(1);
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void commentFormAndEverythingAfterItGoes() {
    String raw = """
        Rockets hit the base.

        The Pentagon said nobody was hurt. The attack came a week after air strikes.



        Leave a Reply

        Fill in your details below or click an icon to log in: Logo

        You are commenting using your account. Log Out /  Change )

        Some commenter wrote a long and angry paragraph that is not part of the article at all.

        Connecting to %s""";
    Document d = clean(Format.TEXT, raw);
    assertThat(d.text()).isEqualTo(
        "Rockets hit the base.\n\nThe Pentagon said nobody was hurt. The attack came a week "
            + "after air strikes.\n");
    assertThat(d.clean().toRaw(0)).isEqualTo(0);
  }

  @Test
  void aReplyFormAtTheTopDoesNotEatTheArticle() {
    String raw = "Leave a Reply\n\nRockets hit the base.\n\nNobody was hurt.\n";
    assertThat(clean(Format.TEXT, raw).text()).isEqualTo("Rockets hit the base.\n\nNobody was hurt.\n");
  }

  @Test
  void shareBarsRelatedListsAndCookieNoticesGoButTheArticleStaysWhole() {
    String raw = """
        Raketen auf Stützpunkt

        Profile picture
        Veröffentlicht am 6. Juli 2021, 14:02 Uhr
        Bagdad, 6. Juli 2021 – Drei Raketen trafen den Stützpunkt.

        Share this:
        Twitter
        Facebook

        Die Miliz bestritt den Angriff. Teilen der Bevölkerung zufolge war es laut.
        We use cookies to improve your experience.
        Anzeige

        Related articles

        US strikes militia in Syria
        Drones hit Erbil airport

        Der Konflikt dauert an.
        """;
    Document d = clean(Format.TEXT, raw);
    assertThat(d.text()).isEqualTo("""
        Raketen auf Stützpunkt

        Bagdad, 6. Juli 2021 – Drei Raketen trafen den Stützpunkt.

        Die Miliz bestritt den Angriff. Teilen der Bevölkerung zufolge war es laut.

        Der Konflikt dauert an.
        """);
    assertThat(d.meta().published()).isEqualTo(LocalDate.of(2021, 7, 6));
    assertThat(d.meta().title()).isEqualTo("Raketen auf Stützpunkt");
    int at = d.text().indexOf("Der Konflikt");
    assertThat(d.raw().substring(d.clean().toRaw(at))).startsWith("Der Konflikt dauert an.");
  }

  @Test
  void sentencesThatMerelyMentionJunkWordsStay() {
    String raw = """
        Share prices fell after the attack.
        Comments by the minister were not helpful.
        Related to this, the SDF said it had no information.
        Read more about the strike in our earlier report, which said three rockets hit.
        """;
    assertThat(clean(Format.TEXT, raw).text()).isEqualTo(raw);
  }

  @Test
  void textThatIsAllJunkIsEmptyWithAWarning() {
    Document d = clean(Format.TEXT, "Share this:\nTwitter\nFacebook\n");
    assertThat(d.text()).isEmpty();
    assertThat(d.warnings()).extracting(Warning::code).containsExactly("no-text");
  }

  @Test
  void seedJunkIsRemovedAndTheLastArticleParagraphKept() throws IOException {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")), "no shared seeds");
    Path seeds = Path.of(shared, "seeds");
    Path s001 = Files.list(seeds).filter(p -> p.getFileName().toString().startsWith("001_"))
        .findFirst().orElseThrow();
    Path s002 = Files.list(seeds).filter(p -> p.getFileName().toString().startsWith("002_"))
        .findFirst().orElseThrow();

    Document d1 = clean(Format.TEXT, Files.readString(s001));
    assertThat(d1.text()).doesNotContain("Leave a Reply", "Fill in your details",
        "You are commenting", "Log Out", "Connecting to %s", "Google photo", "Twitter picture");
    assertThat(d1.text()).endsWith("See also: armored Humvee vehicles, which were also captured by the IS.\n");
    assertThat(d1.text()).startsWith("In the race of the Syrian troops");

    Document d2 = clean(Format.TEXT, Files.readString(s002));
    assertThat(d2.text()).doesNotContain("Profile picture", "No comments", "Poster Speaks");
    assertThat(d2.text()).contains("\n\nBy Almasdar : The U.S. and Russian armed forces");
    assertThat(d2.text()).endsWith(
        "with the American Patriot system located on the other side of the border.\n");
    assertThat(d2.meta().title())
        .isEqualTo("How US and Russia are expanding bases, buildup forces in east Syria in a mini cold war");
  }

  @Test
  void htmlArticleIsFoundAndFurnitureRemoved() {
    String raw = """
        <!DOCTYPE html>
        <html lang="de"><head><title>Raketen | Zeitung</title>
        <script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
        <body class="single has-sidebar">
        <header class="site-header"><nav><ul><li>Start</li><li>Politik</li></ul></nav></header>
        <div class="cookie-banner">Wir verwenden Cookies. <button>OK</button></div>
        <main>
          <article>
            <header><h1>Drei Raketen auf Ain al-Asad</h1></header>
            <p>Am 5. Juli trafen mindestens drei Raketen den Stützpunkt &amp; das Lager,
               ohne Verletzte.</p>
            <div class="share-buttons"><a>Facebook</a><a>Twitter</a></div>
            <p>Die USA werfen <b>vom Iran</b> unterstützten Milizen vor, regelmäßig anzugreifen.</p>
            <ul><li>Erster Punkt</li><li>Zweiter Punkt</li></ul>
            <p>Share this:</p>
          </article>
          <section class="related-posts"><h2>Mehr zum Thema</h2><p>Anderer Artikel über etwas</p></section>
          <div id="comments"><p>Ein Leserkommentar, der nicht zum Artikel gehört.</p></div>
        </main>
        <aside><p>Werbung</p></aside>
        <footer><p>© 2021 Zeitung</p></footer>
        </body></html>
        """;
    Document d = clean(Format.HTML, raw);
    assertThat(d.text()).isEqualTo("""
        Drei Raketen auf Ain al-Asad

        Am 5. Juli trafen mindestens drei Raketen den Stützpunkt & das Lager, ohne Verletzte.

        Die USA werfen vom Iran unterstützten Milizen vor, regelmäßig anzugreifen.

        Erster Punkt
        Zweiter Punkt""");
    assertThat(d.meta().title()).isEqualTo("Raketen | Zeitung");
    int at = d.text().indexOf("Stützpunkt");
    assertThat(raw.substring(d.clean().toRaw(at))).startsWith("Stützpunkt &amp; das Lager");
    int amp = d.text().indexOf("&");
    assertThat(raw.substring(d.clean().toRaw(amp + 2))).startsWith("das Lager");
  }

  @Test
  void withoutArticleTheElementWithMostParagraphTextWins() {
    String raw = "<html><body><div class=teasers><article><p>Short teaser one.</p></article>"
        + "<article><p>Short teaser two.</p></article></div>"
        + "<div id=story><h2>Rockets hit base</h2><p>" + "Long paragraph of the story. ".repeat(10)
        + "</p><p>" + "Second long paragraph. ".repeat(10) + "</p></div></body></html>";
    Document d = clean(Format.HTML, raw);
    assertThat(d.text()).startsWith("Rockets hit base\n\nLong paragraph of the story.");
    assertThat(d.text()).doesNotContain("teaser");
  }

  @Test
  void theArticleInsideAMainWithTeasersIsChosenWithoutBylineCaptionOrTags() {
    String story = "<p>" + "Three rockets hit the base on Tuesday, the coalition said. ".repeat(5)
        + "</p><p>" + "Nobody was hurt, and the militia denied any role in it. ".repeat(5) + "</p>";
    String raw = "<html><body><main><article><h1>Rockets hit base</h1>"
        + "<span class=article__kicker>Iraq</span><div class=post-meta>By A. Writer, 6 July</div>"
        + "<figure><img src=x.jpg><figcaption>Soldiers at the gate (file photo)</figcaption></figure>"
        + story + "<ul class=article__tags><li><a href=/t/iraq>Iraq</a></li></ul></article>"
        + "<section><h2>More news</h2><p>" + "A teaser about another story entirely. ".repeat(4)
        + "</p></section></main></body></html>";
    Document d = clean(Format.HTML, raw);
    assertThat(d.text()).startsWith("Rockets hit base\n\nThree rockets hit the base")
        .endsWith("denied any role in it.")
        .doesNotContain("Iraq", "A. Writer", "file photo", "More news", "teaser");
  }

  @Test
  void textBetweenLineBreaksCountsAndTheHeadlineAboveTheColumnIsKept() {
    String raw = "<html><body><div class=page><div class=top><h1>Drones hit Tal Tamr</h1></div>"
        + "<div class=cols><div class=left><p>Short teaser.</p></div><div class=post-body>"
        + "Two drones struck a checkpoint on the road to Hasaka overnight, officials said.<br><br>"
        + "Two fighters were killed and a third was badly wounded in the attack.<br><br>"
        + "<a href=/older>Older post</a> | <a href=/newer>Newer post</a>"
        + "</div></div></div></body></html>";
    Document d = clean(Format.HTML, raw);
    assertThat(d.text()).isEqualTo("""
        Drones hit Tal Tamr

        Two drones struck a checkpoint on the road to Hasaka overnight, officials said.
        Two fighters were killed and a third was badly wounded in the attack.""");
    int at = d.text().indexOf("Two fighters");
    assertThat(raw.substring(d.clean().toRaw(at))).startsWith("Two fighters were killed");
  }

  @Test
  void entriesSpreadOverAlikeBlocksAreKeptTogetherFromTheHeadlineOn() {
    StringBuilder feed = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      feed.append("<div class=entry><div class=entry-time>1").append(i).append(":00</div>")
          .append("<div class=entry-body><p>Update ").append(i)
          .append(": shelling continued in the north of the city, officials said.</p></div></div>");
    }
    String raw = "<html><body><div class=page><div class=head><h1>Live: shelling in Kharkiv</h1>"
        + "<div class=lead><p>Russian forces shelled Kharkiv all day; five people were killed.</p>"
        + "</div></div><div class=feed>" + feed + "</div></div><div class=side><p>Write to us "
        + "with tips and corrections at any time of the day.</p></div></body></html>";
    Document d = clean(Format.HTML, raw);
    assertThat(d.text()).startsWith("""
        Live: shelling in Kharkiv

        Russian forces shelled Kharkiv all day; five people were killed.

        11:00

        Update 1: shelling""")
        .contains("13:00\n\nUpdate 3: shelling").doesNotContain("Write to us");
  }

  @Test
  void linesOfLinksAndSubheadingsLeftEmptyAreDropped() {
    String raw = "<html><body><article><h1>Shelling in Idlib</h1><p>"
        + "Artillery shelled eleven villages in southern Idlib on Monday, monitors said. ".repeat(3)
        + "</p><p><strong>Read also:</strong> <a href=/a>Why Jabal al-Zawiya matters to both "
        + "sides</a></p><p>Four civilians were killed, according to the civil defence, and "
        + "<a href=/wh>the White Helmets</a> said eighteen were wounded.</p>"
        + "<h2>Related</h2><ul><li><a href=/b>Turkey's observation posts</a></li>"
        + "<li><a href=/c>Protests in Deir ez-Zor</a></li></ul></article></body></html>";
    Document d = clean(Format.HTML, raw);
    assertThat(d.text()).contains("the White Helmets said eighteen were wounded.")
        .doesNotContain("Read also", "Jabal", "Related", "observation posts");
  }

  @Test
  void aContentWrapperWithAJunkSoundingClassIsKeptButLongCommentsGo() {
    String article = "<p>" + "The article text of the report goes on and on. ".repeat(12) + "</p>";
    String raw = "<html><body><div class='entry-content share-enabled'>" + article + article
        + "</div><div class=comments-area><p>" + "A reader's long comment. ".repeat(60)
        + "</p></div></body></html>";
    Document d = clean(Format.HTML, raw);
    assertThat(d.text()).startsWith("The article text").doesNotContain("reader's");
  }

  @Test
  void badMarkupNeverThrows() {
    for (String raw : new String[] {
        "<p>unclosed <b>bold <i>both</p> trailing",
        "<<<>>> &&& &#xZZZ; &#99999999; <p",
        "<table><tr><td>cell</td>foster</tr></table><p>after</p>",
        "<div>" + "<div>".repeat(5000) + "deep" + "</div>".repeat(5000),
        "plain text without any tags",
        "<html><body></body></html>",
        "\u0000<p>\u0000nul</p>"}) {
      Document d = clean(Format.HTML, raw);
      assertThat(d.clean()).isNotNull();
    }
    assertThat(clean(Format.HTML, "<table><tr><td>cell</td>foster</tr></table><p>after</p>").text())
        .contains("cell").contains("foster").contains("after");
    Document empty = clean(Format.HTML, "<html><body><nav>menu</nav></body></html>");
    assertThat(empty.text()).isEmpty();
    assertThat(empty.warnings()).extracting(Warning::code).containsExactly("no-text");
  }

  @Test
  void givenMetadataIsNotOverwritten() {
    Metadata given = new Metadata("Given", "https://given", LocalDate.of(2020, 1, 1), "Src", null,
        java.util.Map.of());
    String raw = "<html><head><title>Other</title><meta property=og:url content=https://other>"
        + "<meta property=article:published_time content=2021-07-07></head><body><p>x</p></body></html>";
    Document d = stage.process(Document.raw("t", SourceRef.file("t"), given, Format.HTML, raw));
    assertThat(d.meta().title()).isEqualTo("Given");
    assertThat(d.meta().url()).isEqualTo("https://given");
    assertThat(d.meta().published()).isEqualTo(LocalDate.of(2020, 1, 1));
  }
}
