package sitrep.ingest.clean;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;
import sitrep.model.CleanText;

/**
 * The article text of an HTML page: page furniture removed, the main content chosen, headings and
 * paragraphs emitted separated by blank lines (list items and table rows by line breaks), and every
 * character that comes from the page mapped back to its position in the raw markup.
 */
final class HtmlText {
  private HtmlText() {}

  /** Elements that are never article text. */
  private static final String FURNITURE = "script, style, nav, aside, form, noscript, iframe, "
      + "svg, button, template, select, textarea, object, embed, canvas, dialog, menu, footer, "
      + "link, meta, input";

  /**
   * Class or id parts that mark furniture: {@code comment-list}, {@code social_share}, {@code
   * related-posts}. Layout modifiers such as {@code has-sidebar} or {@code no-comments} are not.
   */
  private static final Pattern JUNK_PART = Pattern.compile(
      "comments?|commentlist|respond|disqus|share|sharing|sharedaddy|shariff|social|socials|"
          + "cookies?|consent|gdpr|related|relatedposts|newsletter|subscribe|subscription|"
          + "sidebar|menu|navbar|navigation|breadcrumbs?|advert|advertisement|adverts|ads?|"
          + "adsense|adslot|sponsored|promo|popup|modal|widget|paywall|outbrain|"
          + "taboola|recirculation|tags|author-?box");
  private static final Set<String> MODIFIERS = Set.of("has", "with", "no", "without", "hide",
      "show", "is", "toggle");

  /** Tags that start a new block; the value is the break they need (2 line, 3 paragraph). */
  private static final Map<String, Integer> BLOCKS = blocks();

  private static Map<String, Integer> blocks() {
    Map<String, Integer> m = new HashMap<>();
    for (String t : ("address article blockquote body center details div dl fieldset figcaption "
        + "figure h1 h2 h3 h4 h5 h6 header hgroup hr html legend main ol p pre section summary "
        + "table ul caption").split(" ")) {
      m.put(t, 3);
    }
    for (String t : "li tr dt dd br".split(" ")) {
      m.put(t, 2);
    }
    m.put("td", 1);
    m.put("th", 1);
    return Map.copyOf(m);
  }

  /** Extracts the article text of {@code page}, parsed from {@code raw} with positions tracked. */
  static CleanText extract(Document page, String raw) {
    removeFurniture(page);
    Element root = mainContent(page);
    Emitter e = new Emitter(raw);
    if (root != null) {
      NodeTraversor.traverse(e, root);
    }
    return e.build();
  }

  private static void removeFurniture(Document page) {
    for (Element el : page.select(FURNITURE)) {
      if (el.parent() != null && !isProtected(el)) {
        el.remove();
      }
    }
    for (Element el : page.select("header")) {
      // an article's own header holds its headline; the page header is navigation
      if (el.parent() != null && el.closest("article, main, [itemprop=articleBody]") == null) {
        el.remove();
      }
    }
    // comment sections first: they may be longer than the article, and must not count below
    for (Element el : page.select("[class], [id]")) {
      String junk = el.parent() == null ? null : junkPart(el);
      if (junk != null && COMMENT_PART.matcher(junk).matches() && !isProtected(el)) {
        el.remove();
      }
    }
    Map<Element, Integer> paragraphs = paragraphTotals(page).total();
    int all = paragraphs.getOrDefault(page.body(), 0);
    for (Element el : page.select("[class], [id], [role]")) {
      if (el.parent() == null || junkPart(el) == null || isProtected(el)) {
        continue;
      }
      // a wrapper flagged "share-enabled" that holds most of the page's paragraphs is the article
      if (paragraphs.getOrDefault(el, 0) < Math.max(400, all * 0.6)) {
        el.remove();
      }
    }
  }

  private static final Pattern COMMENT_PART =
      Pattern.compile("comments?|commentlist|respond|disqus");

  /** The class or id part (or role) that marks an element as furniture, or null. */
  private static @Nullable String junkPart(Element el) {
    String role = el.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation") || role.equals("banner") || role.equals("complementary")
        || role.equals("contentinfo") || role.equals("dialog")) {
      return role;
    }
    for (String name : (el.className() + " " + el.id()).toLowerCase(Locale.ROOT).split("\\s+")) {
      String[] parts = name.split("[-_]+");
      if (parts.length > 0 && MODIFIERS.contains(parts[0])) {
        continue;
      }
      for (String part : parts) {
        if (JUNK_PART.matcher(part).matches()) {
          return part;
        }
      }
    }
    return null;
  }

  /** Paragraph text per element: in its own child paragraphs, and in all paragraphs below it. */
  private record ParagraphText(Map<Element, Integer> own, Map<Element, Integer> total) {}

  private static ParagraphText paragraphTotals(Document page) {
    // jsoup elements compare by identity; linked maps keep document order for ties
    Map<Element, Integer> own = new LinkedHashMap<>();
    Map<Element, Integer> total = new LinkedHashMap<>();
    for (Element p : page.select("p, pre")) {
      int len = p.text().length();
      Element parent = p.parent();
      if (parent != null) {
        own.merge(parent, len, Integer::sum);
      }
      for (Element a = parent; a != null; a = a.parent()) {
        total.merge(a, len, Integer::sum);
      }
    }
    return new ParagraphText(own, total);
  }

  /** The page itself and anything holding the article is never removed. */
  private static boolean isProtected(Element el) {
    String tag = el.normalName();
    if (tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main")
        || el.hasAttr("itemprop") && el.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    return !el.select("article, main, [itemprop=articleBody]").isEmpty();
  }

  /**
   * The element holding the article: the {@code <article>}/{@code <main>}/{@code
   * itemprop=articleBody} element with the most paragraph text, unless some other element holds
   * clearly more paragraph text in its own paragraphs (a page whose {@code <article>}s are teasers).
   */
  private static @Nullable Element mainContent(Document page) {
    Element body = page.body();
    ParagraphText text = paragraphTotals(page);
    Map<Element, Integer> own = text.own();
    Map<Element, Integer> total = text.total();
    Element generic = null;
    int genericScore = 0;
    for (Map.Entry<Element, Integer> e : own.entrySet()) {
      if (e.getValue() > genericScore) {
        generic = e.getKey();
        genericScore = e.getValue();
      }
    }
    Element semantic = null;
    int semanticScore = -1;
    Elements candidates = page.select("article, main, [itemprop=articleBody], [role=main]");
    for (Element c : candidates) {
      int score = total.getOrDefault(c, 0);
      if (score > semanticScore) {
        semantic = c;
        semanticScore = score;
      }
    }
    if (semantic != null && semanticScore >= genericScore * 0.8) {
      return semantic;
    }
    if (generic != null) {
      return generic;
    }
    return semantic != null ? semantic : body;
  }

  /** Walks the chosen element and writes its text with separators. */
  private static final class Emitter implements NodeVisitor {
    private final String raw;
    private final CleanText.Builder out = CleanText.builder();
    private final StringBuilder run = new StringBuilder();
    private int runRaw = -1;
    private int want;
    private int pre;

    Emitter(String raw) {
      this.raw = raw;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        text(t);
      } else if (node instanceof Element el) {
        Integer br = BLOCKS.get(el.normalName());
        if (br != null) {
          want = Math.max(want, br);
        }
        if (el.normalName().equals("pre")) {
          pre++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element el) {
        Integer br = BLOCKS.get(el.normalName());
        if (br != null && !el.normalName().equals("br")) {
          want = Math.max(want, br);
        }
        if (el.normalName().equals("pre")) {
          pre--;
        }
      }
    }

    private void text(TextNode t) {
      String dec = t.getWholeText();
      Range r = t.sourceRange();
      int rawPos = -1;
      int rawEnd = -1;
      if (r.isTracked() && r.startPos() >= 0 && r.endPos() <= raw.length()
          && r.startPos() <= r.endPos()) {
        rawPos = r.startPos();
        rawEnd = r.endPos();
      }
      int j = 0;
      while (j < dec.length()) {
        char c = dec.charAt(j);
        if (rawPos >= 0 && rawPos < rawEnd) {
          char rc = raw.charAt(rawPos);
          if (rc == '&') {
            // an entity decodes to text that is not in the raw input: inserted, not copied
            int k = entityEnd(rawPos, rawEnd);
            String ent = k > rawPos + 1 ? Parser.unescapeEntities(raw.substring(rawPos, k), false)
                : "";
            if (!ent.isEmpty() && !ent.equals(raw.substring(rawPos, k)) && dec.startsWith(ent, j)) {
              for (int q = 0; q < ent.length(); q++) {
                emit(ent.charAt(q), -1);
              }
              j += ent.length();
              rawPos = k;
              continue;
            }
          }
          if (rc == c) {
            emit(c, rawPos);
            rawPos++;
            j++;
            continue;
          }
          if (rc == '\r') {
            rawPos++;
            continue;
          }
          rawPos = -1; // lost alignment; the rest of this node is inserted text
        }
        emit(c, -1);
        j++;
      }
    }

    private int entityEnd(int amp, int limit) {
      int k = amp + 1;
      int max = Math.min(limit, amp + 40);
      while (k < max && (Character.isLetterOrDigit(raw.charAt(k)) || raw.charAt(k) == '#')) {
        k++;
      }
      if (k < limit && raw.charAt(k) == ';') {
        k++;
      }
      return k;
    }

    private void emit(char c, int rawPos) {
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
        if (pre > 0 && c == '\n') {
          want = Math.max(want, 2);
        } else {
          want = Math.max(want, 1);
        }
        return;
      }
      if (want == 1 && rawPos > 0 && run.length() > 0 && runRaw + run.length() + 1 == rawPos
          && raw.charAt(rawPos - 1) == ' ') {
        // a single plain space between copied words stays copied: one segment per run of text
        run.append(' ');
        want = 0;
      }
      if (want > 0) {
        if (length() > 0) {
          flush();
          out.insert(want == 3 ? "\n\n" : want == 2 ? "\n" : " ");
        }
        want = 0;
      }
      if (rawPos >= 0 && runRaw >= 0 && runRaw + run.length() == rawPos) {
        run.append(c);
        return;
      }
      flush();
      if (rawPos >= 0) {
        runRaw = rawPos;
        run.append(c);
      } else {
        out.insert(String.valueOf(c));
      }
    }

    private int length() {
      return out.length() + run.length();
    }

    private void flush() {
      if (run.length() > 0) {
        out.keep(run, runRaw);
        run.setLength(0);
      }
      runRaw = -1;
    }

    CleanText build() {
      flush();
      return out.build();
    }
  }
}
