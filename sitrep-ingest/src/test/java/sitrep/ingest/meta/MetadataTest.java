package sitrep.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import sitrep.model.Metadata;

class MetadataTest {
  private static final LocalDate JULY_6 = LocalDate.of(2021, 7, 6);

  @Test
  void bylinesWithADateUnderTheHeadline() {
    assertThat(Dateline.find("Startseite » Syrien\nRaketen auf Stützpunkt\n"
        + "Veröffentlicht am 6. Juli 2021 von Redaktion | 3 Kommentare\n\nText")).isEqualTo(JULY_6);
    assertThat(Dateline.find("Rockets hit base\nPosted on July 6, 2021 by staff\nText"))
        .isEqualTo(JULY_6);
    assertThat(Dateline.find("Published: 6 July 2021\nText")).isEqualTo(JULY_6);
    assertThat(Dateline.find("Der Artikel wurde am 6. Juli 2021 veröffentlicht.")).isNull();
  }

  @Test
  void datelinesWithAFullDate() {
    assertThat(Dateline.find("BAGHDAD, July 6, 2021 (Reuters) – Rockets hit")).isEqualTo(JULY_6);
    assertThat(Dateline.find("Bagdad, 6. Juli 2021 – Raketen")).isEqualTo(JULY_6);
    assertThat(Dateline.find("Bagdad, Dienstag, 6. Juli 2021 (dpa) - Raketen")).isEqualTo(JULY_6);
    assertThat(Dateline.find("  KABUL, 6 July 2021: A bomb")).isEqualTo(JULY_6);
    assertThat(Dateline.find("Beirut, 06.07.2021 - Text")).isEqualTo(JULY_6);
    assertThat(Dateline.find("Headline of the story\n\nBAGHDAD, Jul. 6, 2021 - Text"))
        .isEqualTo(JULY_6);
    assertThat(Dateline.find("Paris, 6 juillet 2021 – L'attaque")).isEqualTo(JULY_6);
  }

  @Test
  void noDatelineWithoutYearOrInsideProse() {
    assertThat(Dateline.find("WASHINGTON, July 6 (Reuters) - Text")).isNull();
    assertThat(Dateline.find("Bagdad, 6. Juli – Raketen")).isNull();
    assertThat(Dateline.find("On July 6, 2021 rockets hit the base.")).isNull();
    assertThat(Dateline.find("One\nTwo\nThree\nBAGHDAD, July 6, 2021 - late")).isNull();
    assertThat(Dateline.find("BAGHDAD, February 30, 2021 - impossible")).isNull();
    assertThat(Dateline.find("")).isNull();
  }

  @Test
  void metadataDates() {
    assertThat(Dates.parse("2021-07-06T23:30:00-04:00")).isEqualTo(JULY_6);
    assertThat(Dates.parse("2021-07-06")).isEqualTo(JULY_6);
    assertThat(Dates.parse("20210706")).isEqualTo(JULY_6);
    assertThat(Dates.parse("Tue, 6 Jul 2021 10:00:00 GMT")).isEqualTo(JULY_6);
    assertThat(Dates.parse("July 6, 2021")).isEqualTo(JULY_6);
    assertThat(Dates.parse("6. Juli 2021")).isEqualTo(JULY_6);
    assertThat(Dates.parse("yesterday")).isNull();
    assertThat(Dates.parse("2021-13-45")).isNull();
    assertThat(Dates.parse("2021-07")).isNull();
    assertThat(Dates.parse("Tue, 6 Jul 21 10:00:00 GMT")).as("not the year 21").isNull();
  }

  @Test
  void urlDates() {
    assertThat(UrlDates.find("https://x.com/world/2021/07/06/rockets-hit/")).isEqualTo(JULY_6);
    assertThat(UrlDates.find("https://x.com/2021/7/6/story.html")).isEqualTo(JULY_6);
    assertThat(UrlDates.find("https://x.com/news/story-2021-07-06.html")).isEqualTo(JULY_6);
    assertThat(UrlDates.find("https://x.com/news/id/20210706123")).isNull();
    assertThat(UrlDates.find("https://x.com/2021/99/99/")).isNull();
    assertThat(UrlDates.find(null)).isNull();
  }

  @Test
  void htmlMetadataInOrderOfTrust() {
    String page = """
        <html lang="en-GB"><head>
        <title>Rockets hit base - Example</title>
        <meta name="twitter:title" content="Twitter title">
        <meta name="date" content="2021-07-01">
        <script type="application/ld+json">
          {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "Example"},
            {"@type": "NewsArticle", "headline": "LD headline", "datePublished": "2021-07-06T10:00:00Z",
             "publisher": {"@type": "Organization", "name": "Example Publisher"}}]}
        </script>
        <meta property="og:url" content="https://example.com/2021/06/30/x">
        </head><body><h1>H1</h1><article><time datetime="2021-06-29">29 June</time></article></body></html>
        """;
    Metadata m = HtmlMetadata.fill(Metadata.EMPTY, Jsoup.parse(page));
    assertThat(m.title()).isEqualTo("Twitter title");
    assertThat(m.url()).isEqualTo("https://example.com/2021/06/30/x");
    assertThat(m.published()).as("JSON-LD before generic meta tags").isEqualTo(JULY_6);
    assertThat(m.source()).isEqualTo("Example Publisher");
    assertThat(m.extra()).containsEntry("html_lang", "en-GB");
    assertThat(m.languageHint()).isNull();
  }

  @Test
  void theBylineComesFromMetaTagsOrJsonLdButNotFromProfileUrls() {
    assertThat(HtmlMetadata.fill(Metadata.EMPTY, Jsoup.parse(
        "<meta name=author content='Anna Berger'><p>x</p>")).extra())
        .containsEntry("author", "Anna Berger");
    assertThat(HtmlMetadata.fill(Metadata.EMPTY, Jsoup.parse(
        "<meta property='article:author' content='https://facebook.com/someone'>"
            + "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": "
            + "[{\"@type\": \"Person\", \"name\": \"Sam Reed\"}]}</script><p>x</p>")).extra())
        .containsEntry("author", "Sam Reed");
    assertThat(HtmlMetadata.fill(Metadata.EMPTY, Jsoup.parse("<p>x</p>")).extra())
        .doesNotContainKey("author");
  }

  @Test
  void htmlDateFallbacks() {
    assertThat(HtmlMetadata.fill(Metadata.EMPTY, Jsoup.parse(
        "<article><time datetime='2021-07-06T08:00'>x</time></article>")).published())
        .isEqualTo(JULY_6);
    assertThat(HtmlMetadata.fill(Metadata.EMPTY, Jsoup.parse(
        "<link rel=canonical href='https://x.com/2021/07/06/a'><p>x</p>")).published())
        .isEqualTo(JULY_6);
    assertThat(HtmlMetadata.fill(Metadata.EMPTY, Jsoup.parse(
        "<script type='application/ld+json'>{broken json</script><p>x</p>")).published()).isNull();
    assertThat(HtmlMetadata.fill(Metadata.EMPTY, Jsoup.parse("<h1> Only  a\nheading </h1>")).title())
        .isEqualTo("Only a heading");
  }

  @Test
  void textHeadline() {
    assertThat(TextMetadata.fill(Metadata.EMPTY, "Rockets hit base\n\nThree rockets hit.").title())
        .isEqualTo("Rockets hit base");
    assertThat(TextMetadata.fill(Metadata.EMPTY, "Three rockets hit the base.\n\nMore.").title())
        .isNull();
    assertThat(TextMetadata.fill(Metadata.EMPTY, "One line only").title()).isNull();
  }
}
