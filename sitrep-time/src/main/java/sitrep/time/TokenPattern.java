package sitrep.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.Tsv;

/**
 * A rule's pattern: a short sequence of token conditions, compiled once into the plain sequences
 * its optional parts allow, and all rules' sequences merged into a {@link Trie}. Matching walks
 * that trie from a token, one token per step, so the work per token is bounded by the size of the
 * rule set: no regular expression, no catastrophic backtracking, whatever the input.
 *
 * <p>Syntax (see {@code rules.tsv}):
 *
 * <ul>
 *   <li>{@code word}, {@code .}, {@code -}: a literal token; {@code a|b|c}: one of several single
 *       tokens. A literal written with a capital needs a capital in the text.
 *   <li>{@code {CLASS}}: a word of a lexicon class or a built-in number class (DAY, MONTHNUM, YEAR,
 *       YEAR2, HOUR, MINUTE, NUM, CAPWORD); captured under the class name, or under NAME with
 *       {@code {CLASS=NAME}}; {@code {CLASS!flag}} leaves out words with that flag.
 *   <li>{@code [ … ]}: optional; {@code < … >}: context, matched but outside the span (only at the
 *       start or end); {@code !x} at the start or end (several allowed): the token before / after
 *       must not be x.
 *   <li>Items written without a space between them must touch in the text ({@code {DAY}.{MONTHNUM}.}
 *       is "6.7."); with a space, any whitespace short of a blank line may separate them.
 * </ul>
 */
final class TokenPattern {

  /** Built-in classes: numbers by shape and range, and capitalization. */
  private static final Set<String> BUILT_IN =
      Set.of("DAY", "MONTHNUM", "YEAR", "YEAR2", "HOUR", "MINUTE", "NUM", "CAPWORD");

  static final int MIN_YEAR = 1800;
  static final int MAX_YEAR = 2199;

  static boolean isBuiltIn(String cls) {
    return BUILT_IN.contains(cls);
  }

  /** What a class item captured: its value and the tokens [from, to) it covered. */
  record Capture(String cls, String value, int from, int to) {
    int intValue() {
      return Integer.parseInt(value);
    }
  }

  sealed interface Element permits Literal, ClassRef {}

  /** One of a few literal tokens; {@code capital[i]} demands a capital for {@code keys[i]}. */
  record Literal(List<String> keys, List<Boolean> capital) implements Element {
    boolean matches(Tokens t, int i) {
      String key = t.lower(i);
      for (int k = 0; k < keys.size(); k++) {
        if (keys.get(k).equals(key) && (!capital.get(k) || t.startsUpperCase(i))) {
          return true;
        }
      }
      return false;
    }
  }

  record ClassRef(String cls, String name, Set<String> without) implements Element {}

  /** An element in a sequence; {@code touching}: no whitespace before it in the text. */
  record Item(Element element, boolean touching, boolean context) {}

  /** One plain sequence a pattern allows. */
  record Variant(List<Item> items, List<Element> notBefore, List<Element> notAfter,
      Set<String> captures) {}

  /** A successful match: tokens [from, to) matched, [spanFrom, spanTo) outside context. */
  record Found(int from, int to, int spanFrom, int spanTo, Map<String, Capture> captures) {}

  private TokenPattern() {}

  // ---------------------------------------------------------------- parsing

  private sealed interface Node permits Leaf, Optional, Negation {}

  private record Leaf(Item item) implements Node {}

  private record Optional(List<Node> body) implements Node {}

  private record Negation(Element element) implements Node {}

  private static final class Parser {
    final String s;
    final Tsv.Row row;
    final TimeLexicon lexicon;
    int pos;
    boolean gap;

    Parser(String s, Tsv.Row row, TimeLexicon lexicon) {
      this.s = s;
      this.row = row;
      this.lexicon = lexicon;
    }

    List<Node> sequence(char close, boolean context) {
      List<Node> nodes = new ArrayList<>();
      while (true) {
        skipSpace();
        if (pos >= s.length()) {
          if (close != 0) {
            throw row.error("pattern: missing '" + close + "' in '" + s + "'");
          }
          return nodes;
        }
        char c = s.charAt(pos);
        if (c == close) {
          pos++;
          return nodes;
        }
        switch (c) {
          case ']', '>' -> throw row.error("pattern: unexpected '" + c + "' in '" + s + "'");
          case '[' -> {
            pos++;
            List<Node> body = sequence(']', context);
            if (body.isEmpty()) {
              throw row.error("pattern: empty [] in '" + s + "'");
            }
            nodes.add(new Optional(body));
          }
          case '<' -> {
            if (context) {
              throw row.error("pattern: nested <> in '" + s + "'");
            }
            pos++;
            List<Node> body = sequence('>', true);
            if (body.isEmpty()) {
              throw row.error("pattern: empty <> in '" + s + "'");
            }
            nodes.addAll(body);
          }
          case '!' -> {
            pos++;
            gap = false;
            nodes.add(new Negation(element()));
          }
          default -> {
            boolean touching = !gap;
            gap = false;
            Element e = element();
            nodes.add(new Leaf(new Item(e, touching, context)));
            // a multi-token literal such as "p.m." becomes touching literals
            while (pos < s.length() && !isSpecial(s.charAt(pos))
                && !Character.isWhitespace(s.charAt(pos))) {
              nodes.add(new Leaf(new Item(element(), true, context)));
            }
          }
        }
      }
    }

    void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
        gap = true;
      }
    }

    Element element() {
      if (pos < s.length() && s.charAt(pos) == '{') {
        int close = s.indexOf('}', pos);
        if (close < 0) {
          throw row.error("pattern: missing '}' in '" + s + "'");
        }
        String spec = s.substring(pos + 1, close);
        pos = close + 1;
        return classRef(spec);
      }
      List<String> keys = new ArrayList<>();
      List<Boolean> capital = new ArrayList<>();
      while (true) {
        String lit = literalToken();
        keys.add(lit.toLowerCase(Locale.ROOT));
        capital.add(Character.isUpperCase(lit.codePointAt(0)));
        if (pos < s.length() && s.charAt(pos) == '|') {
          pos++;
          continue;
        }
        return new Literal(List.copyOf(keys), List.copyOf(capital));
      }
    }

    String literalToken() {
      if (pos >= s.length() || isSpecial(s.charAt(pos)) || Character.isWhitespace(s.charAt(pos))) {
        throw row.error("pattern: expected a word or character at " + pos + " in '" + s + "'");
      }
      Tokens t = Tokens.of(s.substring(pos));
      int len = t.end(0);
      String lit = s.substring(pos, pos + len);
      pos += len;
      return lit;
    }

    ClassRef classRef(String spec) {
      String name = null;
      int eq = spec.indexOf('=');
      if (eq >= 0) {
        name = spec.substring(eq + 1);
        spec = spec.substring(0, eq);
        if (!name.matches("[A-Z][A-Z0-9_]*")) {
          throw row.error("pattern: bad capture name '" + name + "'");
        }
      }
      String[] parts = spec.split("!", -1);
      String cls = parts[0];
      if (!isBuiltIn(cls) && !lexicon.hasClass(cls)) {
        throw row.error("pattern: unknown class {" + cls + "}: not built in and not in words.tsv");
      }
      Set<String> without = new LinkedHashSet<>();
      for (int i = 1; i < parts.length; i++) {
        if (!parts[i].matches("[a-z]+")) {
          throw row.error("pattern: bad flag '" + parts[i] + "' in {" + spec + "}");
        }
        without.add(parts[i]);
      }
      return new ClassRef(cls, name == null ? cls : name, Set.copyOf(without));
    }

    static boolean isSpecial(char c) {
      return c == '[' || c == ']' || c == '<' || c == '>' || c == '{' || c == '}' || c == '!'
          || c == '|';
    }
  }

  /** Compiles a pattern into its variants, optional parts taken before left out. */
  static List<Variant> compile(String pattern, Tsv.Row row, TimeLexicon lexicon) {
    Parser p = new Parser(pattern, row, lexicon);
    List<Node> nodes = p.sequence((char) 0, false);
    List<Element> notBefore = new ArrayList<>();
    List<Element> notAfter = new ArrayList<>();
    while (!nodes.isEmpty() && nodes.get(0) instanceof Negation n) {
      notBefore.add(n.element());
      nodes = nodes.subList(1, nodes.size());
    }
    while (!nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof Negation n) {
      notAfter.add(0, n.element());
      nodes = nodes.subList(0, nodes.size() - 1);
    }
    List<List<Item>> sequences = expand(nodes, row, pattern);
    List<Variant> variants = new ArrayList<>();
    for (List<Item> items : sequences) {
      validate(items, row, pattern);
      Set<String> names = new LinkedHashSet<>();
      for (Item it : items) {
        if (it.element() instanceof ClassRef c && !names.add(c.name())) {
          throw row.error("pattern: capture " + c.name() + " appears twice; name them {"
              + c.cls() + "=NAME}");
        }
      }
      variants.add(new Variant(List.copyOf(items), List.copyOf(notBefore), List.copyOf(notAfter),
          Set.copyOf(names)));
    }
    return List.copyOf(variants);
  }

  private static List<List<Item>> expand(List<Node> nodes, Tsv.Row row, String pattern) {
    List<List<Item>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    for (Node n : nodes) {
      if (n instanceof Leaf leaf) {
        for (List<Item> seq : out) {
          seq.add(leaf.item());
        }
      } else if (n instanceof Optional opt) {
        List<List<Item>> inner = expand(opt.body(), row, pattern);
        List<List<Item>> next = new ArrayList<>();
        for (List<Item> seq : out) {
          for (List<Item> in : inner) {
            List<Item> with = new ArrayList<>(seq);
            with.addAll(in);
            next.add(with);
          }
          next.add(new ArrayList<>(seq));
        }
        out = next;
      } else {
        throw row.error("pattern: '!' only at the start or end in '" + pattern + "'");
      }
      if (out.size() > 64) {
        throw row.error("pattern: more than 64 variants; split the rule: '" + pattern + "'");
      }
    }
    return out;
  }

  private static void validate(List<Item> items, Tsv.Row row, String pattern) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).context()) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      throw row.error("pattern: a variant has no tokens outside <context>: '" + pattern + "'");
    }
    for (int i = first; i <= last; i++) {
      if (items.get(i).context()) {
        throw row.error("pattern: <context> only at the start or end: '" + pattern + "'");
      }
    }
    if (items.get(0).element() instanceof ClassRef c && c.cls().equals("CAPWORD")) {
      throw row.error("pattern: {CAPWORD} cannot start a pattern: '" + pattern + "'");
    }
  }

  /** Keys ({@link Tokens#key}) a token must have to start this variant. */
  static Set<String> firstKeys(Variant v, TimeLexicon lexicon) {
    Element e = v.items().get(0).element();
    Set<String> keys = new LinkedHashSet<>();
    if (e instanceof Literal lit) {
      for (String k : lit.keys()) {
        keys.add(Character.isDigit(k.charAt(0)) ? "#" : k);
      }
    } else if (e instanceof ClassRef c) {
      if (isBuiltIn(c.cls())) {
        keys.add("#");
        if (c.cls().equals("NUM")) {
          keys.addAll(lexicon.keys("NUMBER"));
        }
      } else {
        keys.addAll(lexicon.keys(c.cls()));
      }
    }
    return keys;
  }

  // ---------------------------------------------------------------- matching

  /** Receives the variants that match at a token. */
  interface Sink<R> {
    void found(R payload, int variant, Found found);
  }

  /**
   * Variants merged on their common first items, so that a token is tested once for a prefix that
   * many variants share (every optional part doubles a rule's variants). Built once, then
   * read-only and shared by all threads.
   */
  static final class Trie<R> {
    private static final class Node<R> {
      final Item item;
      final List<Node<R>> children = new ArrayList<>();
      final List<Leaf<R>> leaves = new ArrayList<>();

      Node(Item item) {
        this.item = item;
      }
    }

    /** What a walk needs, allocated once per scan rather than once per token. */
    final class Scan {
      private final Tokens tokens;
      private final TimeLexicon lexicon;
      private final Sink<R> sink;
      private final Capture[] captures = new Capture[depth];
      private final String[] names = new String[depth];
      private final String[] value = new String[1];

      Scan(Tokens tokens, TimeLexicon lexicon, Sink<R> sink) {
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.sink = sink;
      }

      /** Reports every variant that matches at token {@code i}. */
      void at(int i) {
        List<Node<R>> nodes = byKey.get(tokens.key(i));
        if (nodes == null) {
          return;
        }
        for (int n = 0; n < nodes.size(); n++) {
          walk(nodes.get(n), i, i, 0, -1, -1);
        }
      }

      private void walk(Node<R> n, int start, int at, int level, int spanFrom, int spanTo) {
        Tokens t = tokens;
        value[0] = null;
        int k = consume(n.item.element(), t, at, lexicon, value);
        if (k == 0) {
          return;
        }
        if (n.item.element() instanceof ClassRef c) {
          names[level] = c.name();
          captures[level] = new Capture(c.cls(), value[0], at, at + k);
        } else {
          names[level] = null;
        }
        if (!n.item.context()) {
          if (spanFrom < 0) {
            spanFrom = at;
          }
          spanTo = at + k;
        }
        int next = at + k;
        for (int l = 0; l < n.leaves.size(); l++) {
          Leaf<R> leaf = n.leaves.get(l);
          if (allowed(leaf.pattern(), t, start, next, lexicon, value)) {
            Map<String, Capture> map = new HashMap<>();
            for (int d = 0; d <= level; d++) {
              if (names[d] != null) {
                map.put(names[d], captures[d]);
              }
            }
            sink.found(leaf.payload(), leaf.variant(),
                new Found(start, next, spanFrom, spanTo, map));
          }
        }
        if (next >= t.size()) {
          return;
        }
        boolean touching = t.touchesPrevious(next);
        boolean paragraph = t.sameParagraph(next);
        for (int c = 0; c < n.children.size(); c++) {
          Node<R> child = n.children.get(c);
          if (child.item.touching() ? touching : paragraph) {
            walk(child, start, next, level + 1, spanFrom, spanTo);
          }
        }
      }
    }

    private record Leaf<R>(R payload, int variant, Variant pattern) {}

    private final List<Node<R>> roots = new ArrayList<>();
    private final Map<String, List<Node<R>>> byKey = new HashMap<>();
    private int depth;

    void add(R payload, int variant, Variant v, TimeLexicon lexicon) {
      List<Item> items = v.items();
      Item first = items.get(0);
      Node<R> node = child(roots, new Item(first.element(), false, first.context()));
      for (String key : firstKeys(v, lexicon)) {
        List<Node<R>> nodes = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!nodes.contains(node)) {
          nodes.add(node);
        }
      }
      for (int k = 1; k < items.size(); k++) {
        node = child(node.children, items.get(k));
      }
      node.leaves.add(new Leaf<>(payload, variant, v));
      depth = Math.max(depth, items.size());
    }

    private static <R> Node<R> child(List<Node<R>> level, Item item) {
      for (Node<R> n : level) {
        if (n.item.equals(item)) {
          return n;
        }
      }
      Node<R> n = new Node<>(item);
      level.add(n);
      return n;
    }

    Scan scan(Tokens tokens, TimeLexicon lexicon, Sink<R> sink) {
      return new Scan(tokens, lexicon, sink);
    }
  }

  /** The lookarounds and the glued-number check of a variant that matched tokens [i, at). */
  private static boolean allowed(Variant v, Tokens t, int i, int at, TimeLexicon lexicon,
      String[] value) {
    for (Element e : v.notBefore()) {
      if (i > 0 && consume(e, t, i - 1, lexicon, value) > 0) {
        return false;
      }
    }
    for (Element e : v.notAfter()) {
      if (at < t.size() && consume(e, t, at, lexicon, value) > 0) {
        return false;
      }
    }
    return !gluedToNumber(t, i, at);
  }

  /**
   * True when a match starting or ending in a digit or punctuation is glued to more digits or
   * letters: "12019", "1.300", "F16", "3,5". Such matches are pieces of something else.
   */
  private static boolean gluedToNumber(Tokens t, int from, int to) {
    int first = from;
    if (t.kind(first) != Tokens.WORD && first > 0 && t.touchesPrevious(first)) {
      int prev = first - 1;
      if (t.isNumber(prev) || (t.isNumber(first) && t.isWord(prev))) {
        return true;
      }
      if (t.isNumber(first) && isJoiner(t, prev) && prev > 0 && t.touchesPrevious(prev)
          && t.isNumber(prev - 1)) {
        return true;
      }
    }
    int last = to - 1;
    if (t.kind(last) != Tokens.WORD && to < t.size() && t.touchesPrevious(to)) {
      if (t.isNumber(to) || (t.isNumber(last) && t.isWord(to))) {
        return true;
      }
      if (t.isNumber(last) && isJoiner(t, to) && to + 1 < t.size() && t.touchesPrevious(to + 1)
          && t.isNumber(to + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJoiner(Tokens t, int i) {
    return t.isPunct(i, '.') || t.isPunct(i, ',') || t.isPunct(i, ':') || t.isPunct(i, '/')
        || t.isPunct(i, '-');
  }

  /** How many tokens element {@code e} takes at token {@code i} (0 = no match). */
  private static int consume(Element e, Tokens t, int i, TimeLexicon lexicon, String[] value) {
    if (e instanceof Literal lit) {
      return lit.matches(t, i) ? 1 : 0;
    }
    ClassRef c = (ClassRef) e;
    switch (c.cls()) {
      case "DAY" -> {
        int d = small(t, i, 2);
        if (d < 1 || d > 31) {
          return 0;
        }
        value[0] = text(d);
        return t.isWord(i + 1) && t.touchesPrevious(i + 1) && lexicon.is(t, i + 1, "ORDSUFFIX")
            ? 2 : 1;
      }
      case "MONTHNUM" -> {
        int m = small(t, i, 2);
        return setIf(m >= 1 && m <= 12, m, value);
      }
      case "YEAR" -> {
        int y = t.isNumber(i) && t.digits(i) == 4 ? t.number(i) : -1;
        return setIf(y >= MIN_YEAR && y <= MAX_YEAR, y, value);
      }
      case "YEAR2" -> {
        int y = t.isNumber(i) && t.digits(i) == 2 ? t.number(i) : -1;
        return setIf(y >= 0, y, value);
      }
      case "HOUR" -> {
        int h = small(t, i, 2);
        return setIf(h >= 0 && h <= 24, h, value);
      }
      case "MINUTE" -> {
        int m = t.isNumber(i) && t.digits(i) == 2 ? t.number(i) : -1;
        return setIf(m >= 0 && m <= 59, m, value);
      }
      case "NUM" -> {
        if (t.isNumber(i)) {
          int n = small(t, i, 6);
          return setIf(n >= 0, n, value);
        }
        TimeLexicon.Entry entry = lexicon.at(t, i, "NUMBER", c.without());
        if (entry == null) {
          return 0;
        }
        value[0] = entry.value();
        return entry.match(t, i);
      }
      case "CAPWORD" -> {
        return t.isWord(i) && t.startsUpperCase(i) ? 1 : 0;
      }
      default -> {
        TimeLexicon.Entry entry = lexicon.at(t, i, c.cls(), c.without());
        if (entry == null) {
          return 0;
        }
        value[0] = entry.value();
        return entry.match(t, i);
      }
    }
  }

  /** The value of a number token of at most {@code maxDigits} digits, else -1. */
  private static int small(Tokens t, int i, int maxDigits) {
    return t.isNumber(i) && t.digits(i) <= maxDigits ? t.number(i) : -1;
  }

  private static int setIf(boolean ok, int v, String[] value) {
    if (!ok) {
      return 0;
    }
    value[0] = text(v);
    return 1;
  }

  /** Decimal text of small numbers, shared: every day and year in a text would allocate one. */
  private static final String[] NUMBERS =
      java.util.stream.IntStream.rangeClosed(0, MAX_YEAR).mapToObj(Integer::toString)
          .toArray(String[]::new);

  private static String text(int v) {
    return v >= 0 && v < NUMBERS.length ? NUMBERS[v] : Integer.toString(v);
  }
}
