package sitrep.ingest.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import sitrep.model.Metadata;

/**
 * Metadata of an HTML page, from what publishers put there for search engines and social sites.
 *
 * <ul>
 *   <li>title: {@code og:title}, {@code twitter:title}, {@code <title>}, JSON-LD {@code headline},
 *       the first {@code <h1>}
 *   <li>url: {@code <link rel=canonical>}, {@code og:url}
 *   <li>published: {@code article:published_time} and similar meta tags, JSON-LD {@code
 *       datePublished}, {@code itemprop=datePublished}, a {@code <time datetime>} in the article,
 *       a date in the URL ({@code /2021/07/08/})
 *   <li>source: {@code og:site_name}, JSON-LD {@code publisher.name}
 *   <li>{@code extra.author} (the byline): {@code <meta name=author>}, {@code article:author} and
 *       {@code dc.creator} when they are names (not profile URLs), JSON-LD {@code author.name}, a
 *       {@code rel=author} link
 *   <li>{@code extra.html_lang}: the page's {@code lang} attribute (a weak hint: templates often
 *       carry a wrong one, so it is not made the language hint)
 * </ul>
 */
public final class HtmlMetadata {
  private HtmlMetadata() {}

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  /** Open Graph article dates: the most reliable, set by the CMS. */
  private static final String[] OPEN_GRAPH_DATES = {
    "article:published_time", "og:published_time", "og:article:published_time"
  };

  /** Other publication-date meta tags, in the order they are trusted. */
  private static final String[] OTHER_DATES = {
    "datePublished", "article.published", "publish-date", "publishdate", "pubdate",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
    "dcterms.created", "date"
  };

  /** {@code given} with its gaps filled from the page; values already present are kept. */
  public static Metadata fill(Metadata given, Document page) {
    LinkedData ld = linkedData(page);
    String title = first(given.title(), meta(page, "og:title"), meta(page, "twitter:title"),
        clean(page.title()), ld.headline, text(page.selectFirst("h1")));
    String url = first(given.url(), attr(page.selectFirst("link[rel=canonical]"), "href"),
        meta(page, "og:url"));
    String source = first(given.source(), meta(page, "og:site_name"), ld.publisher);
    LocalDate published = given.published();
    if (published == null) {
      published = published(page, ld, url);
    }
    Map<String, String> extra = given.extra();
    String lang = first(attr(page.selectFirst("html[lang]"), "lang"),
        meta(page, "content-language"), attr(page.selectFirst("meta[http-equiv=content-language]"),
            "content"));
    if (lang != null && !extra.containsKey("html_lang")) {
      extra = new HashMap<>(extra);
      extra.put("html_lang", lang);
    }
    String author = first(name(meta(page, "author")), name(meta(page, "article:author")),
        name(meta(page, "dc.creator")), ld.author, name(text(page.selectFirst("a[rel=author]"))));
    if (author != null && !extra.containsKey("author")) {
      extra = new HashMap<>(extra);
      extra.put("author", author);
    }
    return new Metadata(title, url, published, source, given.languageHint(), extra);
  }

  private static @Nullable LocalDate published(Document page, LinkedData ld, @Nullable String url) {
    for (String key : OPEN_GRAPH_DATES) {
      LocalDate d = Dates.parse(meta(page, key));
      if (d != null) {
        return d;
      }
    }
    LocalDate fromLinkedData = Dates.parse(ld.datePublished);
    if (fromLinkedData != null) {
      return fromLinkedData;
    }
    for (String key : OTHER_DATES) {
      LocalDate d = Dates.parse(meta(page, key));
      if (d != null) {
        return d;
      }
    }
    for (Element t : page.select(
        "time[pubdate], time[itemprop=datePublished], article time[datetime], main time[datetime]")) {
      LocalDate d = Dates.parse(first(t.attr("datetime"), t.text()));
      if (d != null) {
        return d;
      }
    }
    return UrlDates.find(url);
  }

  /** The content of a meta tag by property, name or itemprop (case-insensitive). */
  private static @Nullable String meta(Document page, String key) {
    for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
      for (Element e : page.getElementsByAttributeValue(attr, key)) {
        if (e.normalName().equals("meta")) {
          String v = clean(e.attr("content"));
          if (v != null) {
            return v;
          }
        }
      }
    }
    return null;
  }

  /** A person's or desk's name; profile URLs and over-long strings are not bylines. */
  private static @Nullable String name(@Nullable String s) {
    return s == null || s.contains("://") || s.startsWith("/") || s.length() > 120 ? null : s;
  }

  private static @Nullable String attr(@Nullable Element e, String name) {
    return e == null ? null : clean(e.attr(name));
  }

  private static @Nullable String text(@Nullable Element e) {
    return e == null ? null : clean(e.text());
  }

  private static @Nullable String clean(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.replaceAll("[\\s\\u00a0]+", " ").strip();
    return t.isEmpty() ? null : t;
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

  /** What JSON-LD says about the article; the first article-like object wins. */
  private static final class LinkedData {
    @Nullable String datePublished;
    @Nullable String headline;
    @Nullable String publisher;
    @Nullable String author;
  }

  private static LinkedData linkedData(Document page) {
    LinkedData ld = new LinkedData();
    for (Element script : page.select("script[type=application/ld+json]")) {
      JsonNode root;
      try (JsonParser p = JSON.createParser(script.data())) {
        root = JSON.readTree(p);
      } catch (java.io.IOException | RuntimeException e) {
        continue; // publishers' JSON-LD is often broken; it is only a hint
      }
      if (root == null) {
        continue;
      }
      Deque<JsonNode> todo = new ArrayDeque<>();
      todo.add(root);
      int visited = 0;
      while (!todo.isEmpty() && visited++ < 10_000) {
        JsonNode n = todo.poll();
        if (n.isArray()) {
          n.forEach(todo::add);
          continue;
        }
        if (!n.isObject()) {
          continue;
        }
        if (ld.datePublished == null && n.path("datePublished").isTextual()) {
          ld.datePublished = n.path("datePublished").asText();
          if (ld.headline == null && n.path("headline").isTextual()) {
            ld.headline = clean(n.path("headline").asText());
          }
        }
        if (ld.author == null && n.has("author")) {
          JsonNode a = n.get("author");
          JsonNode first = a.isArray() && a.size() > 0 ? a.get(0) : a;
          ld.author = name(clean(first.isTextual() ? first.asText() : first.path("name").asText(null)));
        }
        JsonNode pub = n.path("publisher");
        if (ld.publisher == null && pub.path("name").isTextual()) {
          ld.publisher = clean(pub.path("name").asText());
        }
        if (n.has("@graph")) {
          todo.add(n.get("@graph"));
        }
        String type = n.path("@type").asText("").toLowerCase(Locale.ROOT);
        if (type.contains("article") || type.contains("webpage") || type.isEmpty()) {
          n.forEach(child -> {
            if (child.isContainerNode()) {
              todo.add(child);
            }
          });
        }
      }
    }
    return ld;
  }
}
