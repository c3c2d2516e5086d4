package sitrep.ingest.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;
import sitrep.model.CleanText;

/**
 * The article text of an HTML page: page furniture removed, the main content chosen, headings and
 * paragraphs emitted separated by blank lines (list items and table rows by line breaks), and every
 * character that comes from the page mapped back to its position in the raw markup.
 *
 * <p>Choosing the main content: every run of text outside links counts for the block it sits in
 * (a paragraph's text for the paragraph's parent, text written straight into a {@code div} or a
 * table cell between {@code <br>}s for that element), and the element with the most such text
 * wins unless an {@code <article>}/{@code <main>} holds about as much; of nested candidates the
 * innermost one that still holds most of the text is taken. When the chosen holder repeats
 * (liveblog entries, sections), the element holding all its peers is taken; when the headline
 * ({@code h1}) sits shortly before it, everything from the headline on (standfirst included). In
 * the emitted text, lines made of link text (related-links lists, "Read also: …", tag lists) are
 * dropped, and so are subheadings left with nothing under them.
 */
final class HtmlText {
  private HtmlText() {}

  /** Elements that are never article text. */
  private static final String FURNITURE = "script, style, nav, aside, form, noscript, iframe, "
      + "svg, button, template, select, textarea, object, embed, canvas, dialog, menu, footer, "
      + "link, meta, input, amp-ad, amp-sidebar, amp-consent, amp-analytics, amp-social-share";

  /** Tags that do not start a block: their text belongs to the enclosing block. */
  private static final Set<String> INLINE = Set.of(("a abbr b bdi bdo big cite code data dfn del "
      + "em font i ins kbd label mark nobr q s samp small span strike strong sub sup time tt u var "
      + "wbr br img").split(" "));

  /** A block's own text must be at least this long to count as article text. */
  static final int MIN_BLOCK_TEXT = 25;

  /** A nested candidate holding at least this share of its container's text is taken instead. */
  static final double INNER_SHARE = 0.75;

  /** Lines with at least this share of their letters in links are navigation. */
  static final double LINK_LINE_SHARE = 0.7;

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
    removeFurniture(page, FurnitureNames.standard());
    Emitter e = new Emitter(raw);
    for (Element part : article(page)) {
      NodeTraversor.traverse(e, part);
    }
    return Lines.clean(e.build(), e.flags);
  }

  private static void removeFurniture(Document page, FurnitureNames names) {
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
    for (Element el : page.select("figcaption")) {
      // captions describe pictures, often archive ones; a table's caption is kept
      if (el.parent() != null && el.parent().selectFirst("table") == null) {
        el.remove();
      }
    }
    // comment sections first: they may be longer than the article, and must not count below
    for (Element el : page.select("[class], [id]")) {
      FurnitureNames.Match m =
          el.parent() == null ? null : names.find(el.className() + " " + el.id());
      if (m != null && m.kind() == FurnitureNames.Kind.COMMENTS && !isProtected(el)) {
        el.remove();
      }
    }
    Map<Element, Integer> text = textScores(page).total();
    int all = text.getOrDefault(page.body(), 0);
    for (Element el : page.select("[class], [id], [role]")) {
      if (el.parent() == null || !isFurniture(el, names) || isProtected(el)) {
        continue;
      }
      // a wrapper flagged "share-enabled" that holds most of the page's text is the article
      if (text.getOrDefault(el, 0) < Math.max(400, all * 0.6)) {
        el.remove();
      }
    }
  }

  /** By ARIA role, or by a part of a class or id name. */
  private static boolean isFurniture(Element el, FurnitureNames names) {
    String role = el.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation") || role.equals("banner") || role.equals("complementary")
        || role.equals("contentinfo") || role.equals("dialog")) {
      return true;
    }
    return names.find(el.className() + " " + el.id()) != null;
  }

  /**
   * Article text per element: in the blocks it holds directly (its paragraphs, or text written
   * straight into it), and in everything below it. Link text does not count.
   */
  private record TextScores(Map<Element, Integer> own, Map<Element, Integer> total) {}

  private static TextScores textScores(Document page) {
    // text of each block, outside links; jsoup elements compare by identity
    Map<Element, Integer> blockText = new LinkedHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t && !t.isBlank()) {
          Element block = null;
          for (Element a = t.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("a") && a.hasAttr("href")) {
              return;
            }
            if (block == null && !INLINE.contains(a.normalName())) {
              block = a;
            }
          }
          if (block != null) {
            blockText.merge(block, t.text().strip().length(), Integer::sum);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {}
    }, page.body());
    // linked maps keep document order for ties
    Map<Element, Integer> own = new LinkedHashMap<>();
    Map<Element, Integer> total = new LinkedHashMap<>();
    blockText.forEach((block, len) -> {
      if (len < MIN_BLOCK_TEXT) {
        return;
      }
      String tag = block.normalName();
      Element holder = (tag.equals("p") || tag.equals("pre")) && block.parent() != null
          ? block.parent() : block;
      own.merge(holder, len, Integer::sum);
      for (Element a = holder; a != null; a = a.parent()) {
        total.merge(a, len, Integer::sum);
      }
    });
    return new TextScores(own, total);
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

  private static final String SEMANTIC =
      "article, main, [itemprop~=(?i)\\barticleBody\\b], [role=main]";

  /**
   * The element holding the article: the {@code <article>}/{@code <main>}/{@code
   * itemprop=articleBody} element with the most text, unless some other element holds clearly
   * more text in its own blocks (a page whose {@code <article>}s are teasers). Of a candidate and
   * the candidates inside it, the innermost that holds most of its text: the {@code <article>} in
   * a {@code <main>} that also holds teasers.
   */
  private static @Nullable Element mainContent(Document page) {
    Element body = page.body();
    TextScores text = textScores(page);
    Map<Element, Integer> total = text.total();
    Element generic = null;
    int genericScore = 0;
    for (Map.Entry<Element, Integer> e : text.own().entrySet()) {
      if (e.getValue() > genericScore) {
        generic = e.getKey();
        genericScore = e.getValue();
      }
    }
    Element semantic = best(page.select(SEMANTIC), total);
    if (semantic != null) {
      int score = total.getOrDefault(semantic, 0);
      int current = score;
      while (true) {
        Element outer = semantic;
        // not Elements.remove: that would take the element out of the page
        List<Element> inner = semantic.select(SEMANTIC).stream().filter(e -> e != outer).toList();
        Element next = best(inner, total);
        if (next == null || total.getOrDefault(next, 0) < current * INNER_SHARE) {
          break;
        }
        semantic = next;
        current = total.getOrDefault(next, 0);
      }
      if (score >= genericScore * 0.8) {
        return semantic;
      }
    }
    if (generic != null) {
      return repeated(generic, text.own());
    }
    return semantic != null ? semantic : body;
  }

  /**
   * The text holder and its peers: when blocks with the same tag and class as the holder, under
   * parents alike too, also hold text (liveblog entries, sections of a brief, one wrapper per
   * paragraph), the element that holds them all; else the holder itself.
   */
  private static Element repeated(Element holder, Map<Element, Integer> own) {
    Element parent = holder.parent();
    if (holder.className().isBlank() || parent == null) {
      return holder;
    }
    Element all = holder;
    int peers = 0;
    for (Element peer : own.keySet()) {
      Element pp = peer.parent();
      if (peer != holder && pp != null && peer.normalName().equals(holder.normalName())
          && peer.className().equals(holder.className())
          && pp.normalName().equals(parent.normalName())
          && pp.className().equals(parent.className())) {
        all = commonAncestor(all, peer);
        peers++;
      }
    }
    return peers > 0 && all != null ? all : holder;
  }

  private static @Nullable Element commonAncestor(Element a, Element b) {
    for (Element x = a; x != null; x = x.parent()) {
      if (isInside(b, x)) {
        return x;
      }
    }
    return null;
  }

  /** Levels between the chosen element and the headline's container to reach for the headline. */
  static final int HEADLINE_LEVELS = 4;

  /**
   * What to emit: the chosen element, and when its headline ({@code h1}) sits before it nearby,
   * everything from the headline on: the elements from the one holding the headline to the one
   * holding the chosen element, under their common ancestor (headline, standfirst, body). A
   * headline further away is emitted on its own; a blog's post title ({@code h2}/{@code h3}) in
   * the same container as its body too.
   */
  private static List<Element> article(Document page) {
    Element root = mainContent(page);
    if (root == null) {
      return List.of();
    }
    if (root.selectFirst("h1") != null || !root.sourceRange().isTracked()) {
      return List.of(root);
    }
    Element h1 = lastBefore(page, "h1", root);
    if (h1 != null) {
      Element common = commonAncestor(h1, root);
      int levels = 0;
      Element last = root;
      while (last != null && last.parent() != common) {
        last = last.parent();
        levels++;
      }
      if (common == null || last == null || levels >= HEADLINE_LEVELS) {
        return List.of(h1, root);
      }
      List<Element> parts = new ArrayList<>();
      boolean in = false;
      for (Element child : common.children()) {
        in |= isInside(h1, child);
        if (in) {
          parts.add(child == last ? root : child);
        }
        if (child == last) {
          break;
        }
      }
      return parts;
    }
    Element h = lastBefore(page, "h2, h3", root);
    Element near = root.parent() == null ? null : root.parent().parent();
    return h != null && near != null && isInside(h, near) ? List.of(h, root) : List.of(root);
  }

  private static @Nullable Element best(List<Element> candidates, Map<Element, Integer> total) {
    Element best = null;
    int bestScore = -1;
    for (Element c : candidates) {
      int score = total.getOrDefault(c, 0);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private static @Nullable Element lastBefore(Document page, String query, Element root) {
    int start = root.sourceRange().startPos();
    Element found = null;
    for (Element h : page.select(query)) {
      Range r = h.sourceRange();
      String text = h.text();
      if (r.isTracked() && r.endPos() <= start && !text.isBlank() && text.length() <= 300) {
        found = h;
      }
    }
    return found;
  }

  private static boolean isInside(Element el, Element container) {
    for (Element a = el; a != null; a = a.parent()) {
      if (a == container) {
        return true;
      }
    }
    return false;
  }

  /** Walks the chosen element and writes its text with separators. */
  private static final class Emitter implements NodeVisitor {
    private final String raw;
    private final CleanText.Builder out = CleanText.builder();
    private final StringBuilder run = new StringBuilder();
    private int runRaw = -1;
    private int want;
    private int pre;
    private int links;
    private int heading;
    /** Per emitted character: {@link #LINK} and the heading level (1–6) in the bits above it. */
    byte[] flags = new byte[1024];

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
        if (el.normalName().equals("a") && el.hasAttr("href")) {
          links++;
        }
        int h = headingLevel(el);
        if (h > 0) {
          heading = h;
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
        if (el.normalName().equals("a") && el.hasAttr("href")) {
          links--;
        }
        if (headingLevel(el) > 0) {
          Element outer = el.parent() == null ? null : el.parent().closest("h1, h2, h3, h4, h5, h6");
          heading = outer == null ? 0 : headingLevel(outer);
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
      mark(length());
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

    private void mark(int pos) {
      if (pos >= flags.length) {
        flags = java.util.Arrays.copyOf(flags, Math.max(pos + 1, flags.length * 2));
      }
      flags[pos] = (byte) ((links > 0 ? LINK : 0) | heading << 1);
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

  private static final int LINK = 1;

  private static int headingLevel(Element el) {
    String t = el.normalName();
    return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6'
        ? t.charAt(1) - '0' : 0;
  }

  /**
   * Drops the lines of emitted text that are navigation: lines whose letters are mostly link text
   * (the headline excepted), then subheadings with nothing left under them. Paragraph breaks
   * between the remaining lines are kept.
   */
  private static final class Lines {
    private Lines() {}

    static CleanText clean(CleanText base, byte[] flags) {
      String text = base.text();
      List<int[]> lines = new ArrayList<>(); // {start, end, heading level, keep}
      int pos = 0;
      while (pos <= text.length()) {
        int nl = text.indexOf('\n', pos);
        int end = nl < 0 ? text.length() : nl;
        int letters = 0;
        int linked = 0;
        int level = 0;
        for (int i = pos; i < end; i++) {
          int f = i < flags.length ? flags[i] : 0;
          if (level == 0 && !Character.isWhitespace(text.charAt(i))) {
            level = f >> 1;
          }
          if (Character.isLetter(text.charAt(i))) {
            letters++;
            linked += f & LINK;
          }
        }
        boolean navigation = letters > 0 && level != 1 && linked >= LINK_LINE_SHARE * letters;
        lines.add(new int[] {pos, end, level, navigation ? 0 : 1});
        pos = end + 1;
      }
      boolean dropped = false;
      int nextLevel = -1; // heading level of the next kept line; 0 text, -1 none
      for (int i = lines.size() - 1; i >= 0; i--) {
        int[] l = lines.get(i);
        if (l[0] == l[1]) {
          continue;
        }
        if (l[3] == 1 && l[2] >= 2 && (nextLevel == -1 || nextLevel > 0 && nextLevel <= l[2])) {
          l[3] = 0; // a subheading with nothing under it
        }
        if (l[3] == 1) {
          nextLevel = l[2];
        } else {
          dropped = true;
        }
      }
      if (!dropped) {
        return base;
      }
      CleanText.Builder out = CleanText.builder();
      boolean gap = false;
      for (int[] l : lines) {
        if (l[0] == l[1]) {
          gap = true;
        } else if (l[3] == 1) {
          if (out.length() > 0) {
            out.insert(gap ? "\n\n" : "\n");
          }
          CleanTexts.keepRange(out, base, l[0], l[1]);
          gap = false;
        }
      }
      return out.build();
    }
  }
}
