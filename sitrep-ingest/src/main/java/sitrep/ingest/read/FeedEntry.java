package sitrep.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import sitrep.model.Format;

/**
 * The fields of one RSS {@code <item>} or Atom {@code <entry>}, as written (the date still a
 * string, so that a bad one can be quoted). Elements of other vocabularies that share a local name
 * ({@code media:title}, {@code itunes:author}) are not mistaken for the feed's own.
 *
 * @param id RSS {@code guid}, RSS 1.0 {@code rdf:about}, Atom {@code id}
 * @param content the text: RSS {@code content:encoded}, else {@code description}; Atom {@code
 *     content}, else {@code summary}; null when there is none
 * @param format HTML when the content is markup (always for {@code content:encoded})
 */
record FeedEntry(@Nullable String id, @Nullable String title, @Nullable String link,
    @Nullable String date, @Nullable String author, @Nullable String categories,
    @Nullable String content, Format format) {

  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String RSS_1 = "http://purl.org/rss/1.0/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
  static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

  /** Markup: a start or end tag, or a character reference HTML would decode. */
  private static final Pattern MARKUP = Pattern.compile(
      "<(?:[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?|/[A-Za-z][A-Za-z0-9]*\\s*)>"
          + "|&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  /** HTML escaped once more than the feed needed ({@code &lt;p&gt;} after XML decoding). */
  private static final Pattern ESCAPED_MARKUP = Pattern.compile("&lt;/?[A-Za-z]");
  /** RSS {@code author}: {@code editor@example.com (Jane Doe)}. */
  private static final Pattern MAIL_AND_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

  static FeedEntry of(Element entry, FeedHead.Kind kind) {
    return kind == FeedHead.Kind.ATOM ? atom(entry) : rss(entry, kind);
  }

  private static FeedEntry rss(Element item, FeedHead.Kind kind) {
    String own = kind == FeedHead.Kind.RDF ? RSS_1 : "";
    String id = null;
    String title = null;
    String link = null;
    String permalink = null;
    String alternate = null;
    String pubDate = null;
    String dcDate = null;
    String atomDate = null;
    String author = null;
    List<String> creators = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    Element encoded = null;
    Element description = null;
    for (Element c : item.children()) {
      if (own(c, own, "title") && title == null) {
        title = title(c);
      } else if (own(c, own, "link") && link == null) {
        link = blankToNull(c.hasAttr("href") ? c.attr("href") : c.text());
      } else if (own(c, own, "guid") && id == null) {
        id = blankToNull(c.text());
        if (id != null && !c.attr("isPermaLink").equalsIgnoreCase("false") && isHttp(id)) {
          permalink = id;
        }
      } else if (own(c, own, "pubDate") && pubDate == null) {
        pubDate = blankToNull(c.text());
      } else if (own(c, own, "author") && author == null) {
        author = author(c.text());
      } else if (own(c, own, "category")) {
        addBlank(categories, c.text());
      } else if (own(c, own, "description") && description == null) {
        description = c;
      } else if (is(c, CONTENT, "content", "encoded") && encoded == null) {
        encoded = c;
      } else if (is(c, DUBLIN_CORE, "dc", "creator")) {
        addBlank(creators, c.text());
      } else if (is(c, DUBLIN_CORE, "dc", "subject")) {
        addBlank(categories, c.text());
      } else if (is(c, DUBLIN_CORE, "dc", "date") && dcDate == null) {
        dcDate = blankToNull(c.text());
      } else if (is(c, DUBLIN_CORE, "dc", "title") && title == null) {
        title = title(c);
      } else if (is(c, ATOM, "atom", "link") && alternate == null
          && c.attr("rel").matches("(?i)|alternate")) {
        alternate = blankToNull(c.attr("href"));
      } else if ((is(c, ATOM, "atom", "published") || is(c, ATOM, "atom", "updated"))
          && atomDate == null) {
        atomDate = blankToNull(c.text());
      }
    }
    if (kind == FeedHead.Kind.RDF) {
      String about = blankToNull(item.attr("rdf:about"));
      id = id != null ? id : about;
      link = link != null ? link : about;
    }
    if (!creators.isEmpty()) {
      author = String.join(", ", creators);
    }
    String content = null;
    Format format = Format.TEXT;
    if (encoded != null) {
      content = blankToNull(inner(encoded));
      format = Format.HTML;
    }
    if (content == null && description != null) {
      content = blankToNull(inner(description));
      format = content != null && looksLikeMarkup(content) ? Format.HTML : Format.TEXT;
    }
    if (content != null && format == Format.TEXT && ESCAPED_MARKUP.matcher(content).find()) {
      content = Parser.unescapeEntities(content, false);
      format = Format.HTML;
    }
    return new FeedEntry(id, title, first(link, alternate, permalink),
        first(pubDate, dcDate, atomDate), author, join(categories), content, format);
  }

  private static FeedEntry atom(Element entry) {
    String id = null;
    String title = null;
    String link = null;
    String published = null;
    String updated = null;
    List<String> authors = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    Element content = null;
    Element summary = null;
    for (Element c : entry.children()) {
      if (own(c, ATOM, "id") && id == null) {
        id = blankToNull(c.text());
      } else if (own(c, ATOM, "title") && title == null) {
        title = title(c);
      } else if (own(c, ATOM, "link") && link == null
          && c.attr("rel").matches("(?i)|alternate")) {
        link = blankToNull(c.attr("href"));
      } else if (own(c, ATOM, "published") && published == null) {
        published = blankToNull(c.text());
      } else if (own(c, ATOM, "updated") && updated == null) {
        updated = blankToNull(c.text());
      } else if (own(c, ATOM, "author")) {
        for (Element n : c.children()) {
          if (own(n, ATOM, "name")) {
            addBlank(authors, n.text());
          }
        }
      } else if (own(c, ATOM, "category")) {
        addBlank(categories, c.hasAttr("label") ? c.attr("label") : c.attr("term"));
      } else if (own(c, ATOM, "content") && content == null) {
        content = c;
      } else if (own(c, ATOM, "summary") && summary == null) {
        summary = c;
      } else if (is(c, DUBLIN_CORE, "dc", "date") && published == null) {
        published = blankToNull(c.text());
      } else if (is(c, DUBLIN_CORE, "dc", "creator")) {
        addBlank(authors, c.text());
      }
    }
    String text = null;
    Format format = Format.TEXT;
    for (Element e : new Element[] {content, summary}) {
      if (text == null && e != null && !e.hasAttr("src")) {
        String type = e.attr("type").strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty() || type.equals("text") || type.equals("text/plain")) {
          text = blankToNull(e.wholeText());
          format = Format.TEXT;
        } else if (type.equals("html") || type.equals("text/html")) {
          text = blankToNull(inner(e));
          format = Format.HTML;
        } else if (type.equals("xhtml") || type.equals("application/xhtml+xml")) {
          text = blankToNull(textOf(e));
          format = Format.HTML;
        }
        // other media types (base64 PDFs, XML vocabularies) are no article text
      }
    }
    return new FeedEntry(id, title, link, first(published, updated),
        authors.isEmpty() ? null : String.join(", ", authors), join(categories), text, format);
  }

  /** Whether {@code e} is the feed format's own element {@code local} (not an extension's). */
  static boolean own(Element e, FeedHead.Kind kind, String local) {
    return own(e, switch (kind) {
      case ATOM -> ATOM;
      case RDF -> RSS_1;
      case RSS -> "";
    }, local);
  }

  /** A title element's text: markup and entities resolved, whitespace collapsed. */
  static @Nullable String title(Element e) {
    String type = e.attr("type");
    return plain(textOf(e), type.equalsIgnoreCase("html") || type.equalsIgnoreCase("xhtml"));
  }

  /** An element of the feed's own vocabulary: no prefix, or the format's namespace. */
  private static boolean own(Element e, String namespace, String local) {
    return e.tag().localName().equalsIgnoreCase(local)
        && (e.tag().prefix().isEmpty() || e.tag().namespace().equals(namespace));
  }

  /** An extension element, by namespace or, for feeds that forget to declare it, by prefix. */
  private static boolean is(Element e, String namespace, String prefix, String local) {
    return e.tag().localName().equalsIgnoreCase(local)
        && (e.tag().namespace().equals(namespace) || e.tag().prefix().equalsIgnoreCase(prefix));
  }

  /** Text or HTML carried as text (escaped or CDATA); markup written inline is kept as markup. */
  private static String inner(Element e) {
    return e.children().isEmpty() ? e.wholeText() : e.html();
  }

  /** Atom text constructs: {@code xhtml} is inline markup in a {@code div}. */
  private static String textOf(Element e) {
    if (!e.attr("type").equalsIgnoreCase("xhtml")) {
      return e.wholeText();
    }
    Element div = e.children().size() == 1 ? e.child(0) : null;
    return div != null && div.tag().localName().equals("div") ? div.html() : e.html();
  }

  static boolean looksLikeMarkup(String s) {
    return MARKUP.matcher(s).find();
  }

  /** A title without markup or entities, whitespace collapsed. */
  private static @Nullable String plain(String s, boolean markup) {
    String t = markup || looksLikeMarkup(s) ? Jsoup.parseBodyFragment(s).text() : s;
    return blankToNull(t.replaceAll("[\\s\\u00a0]+", " "));
  }

  private static @Nullable String author(String s) {
    String t = s.strip();
    Matcher m = MAIL_AND_NAME.matcher(t);
    return blankToNull(m.matches() ? m.group(1) : t);
  }

  private static boolean isHttp(String s) {
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static void addBlank(List<String> to, String s) {
    String t = blankToNull(s);
    if (t != null && !to.contains(t)) {
      to.add(t);
    }
  }

  private static @Nullable String join(List<String> values) {
    return values.isEmpty() ? null : String.join("; ", values);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @SafeVarargs
  private static <T> @Nullable T first(@Nullable T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
