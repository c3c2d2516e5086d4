package sitrep.nlp.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds lexicon phrases in text, longest match first, over {@link Piece}s and their normalized keys.
 * At equal length the more specific pattern wins, then the earlier one. Immutable and thread-safe
 * once built.
 *
 * <p>Pattern syntax, one phrase per entry, words separated by spaces:
 *
 * <ul>
 *   <li>{@code word} matches a word with the same key ({@link NameNormalizer#key});
 *   <li>{@code =Word} matches only with exactly this spelling and case ("=IS" is not "is");
 *   <li>{@code !wörd} matches this spelling in any case, diacritics included: the key folds
 *       "würde" into "wurde", which German cue lists must keep apart;
 *   <li>{@code stem*} matches the stem followed by up to four more letters (inflection);
 *   <li>{@code ~head} matches a word ending in the head: German compounds are right-headed, so
 *       "~angriff*" finds "Luftangriffen" and "Selbstmord-Drohnenangriff";
 *   <li>a hyphen inside a pattern word splits it like a space ("Deir-ez-Zor" = "Deir ez Zor").
 * </ul>
 *
 * @param <V> what an entry stands for
 */
public final class PhraseMatcher<V> {
  private static final int MAX_INFLECTION = 4;
  private static final int PREFIX_INDEX = 3;

  /** A found phrase: character span, piece range and the entry's value. */
  public record Match<V>(int start, int end, int firstPiece, int lastPiece, V value) {}

  private enum Kind { EXACT, CASED, SURFACE, PREFIX, HEAD, HEAD_PREFIX }

  private record Word(Kind kind, String key, String cased) {}

  private record Entry<V>(List<Word> words, V value, int order, int specificity) {}

  private final NameNormalizer normalizer;
  private final Map<String, List<Entry<V>>> byExact;
  private final Map<String, List<Entry<V>>> byPrefix;
  private final Map<String, List<Entry<V>>> byHead;

  private PhraseMatcher(NameNormalizer normalizer, Map<String, List<Entry<V>>> byExact,
      Map<String, List<Entry<V>>> byPrefix, Map<String, List<Entry<V>>> byHead) {
    this.normalizer = normalizer;
    this.byExact = byExact;
    this.byPrefix = byPrefix;
    this.byHead = byHead;
  }

  public static <V> Builder<V> builder(NameNormalizer normalizer) {
    return new Builder<>(normalizer);
  }

  /** Collects patterns; see the class comment for how ties between matches are broken. */
  public static final class Builder<V> {
    private final NameNormalizer normalizer;
    private final Map<String, List<Entry<V>>> byExact = new HashMap<>();
    private final Map<String, List<Entry<V>>> byPrefix = new HashMap<>();
    private final Map<String, List<Entry<V>>> byHead = new HashMap<>();
    private int order;

    private Builder(NameNormalizer normalizer) {
      this.normalizer = normalizer;
    }

    /**
     * Adds a pattern.
     *
     * @throws IllegalArgumentException when the pattern has no words or a malformed word; callers
     *     turn this into a file:line error
     */
    public Builder<V> add(String pattern, V value) {
      List<Word> words = parse(pattern);
      int specificity = 0;
      for (Word w : words) {
        specificity += w.key().length();
      }
      Entry<V> e = new Entry<>(words, value, order++, specificity);
      Word first = words.get(0);
      switch (first.kind()) {
        case EXACT, CASED, SURFACE -> byExact.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(e);
        case PREFIX -> byPrefix.computeIfAbsent(indexKey(first.key()), k -> new ArrayList<>()).add(e);
        case HEAD, HEAD_PREFIX -> byHead.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(e);
        default -> throw new AssertionError(first.kind());
      }
      return this;
    }

    private List<Word> parse(String pattern) {
      List<Word> words = new ArrayList<>();
      for (String raw : pattern.trim().split("\\s+")) {
        if (raw.isEmpty()) {
          continue;
        }
        Kind kind = Kind.EXACT;
        String w = raw;
        if (w.startsWith("=")) {
          kind = Kind.CASED;
          w = w.substring(1);
        } else if (w.startsWith("!")) {
          kind = Kind.SURFACE;
          w = w.substring(1);
        } else if (w.startsWith("~")) {
          kind = w.endsWith("*") ? Kind.HEAD_PREFIX : Kind.HEAD;
          w = w.substring(1);
        } else if (w.endsWith("*")) {
          kind = Kind.PREFIX;
        }
        if (w.endsWith("*")) {
          w = w.substring(0, w.length() - 1);
        }
        List<Piece> pieces = Piece.split(w);
        if (pieces.isEmpty()) {
          throw new IllegalArgumentException("pattern word '" + raw + "' has no letters or digits");
        }
        for (int i = 0; i < pieces.size(); i++) {
          String text = pieces.get(i).text();
          boolean last = i == pieces.size() - 1;
          boolean firstPart = i == 0;
          Kind k = kind;
          // "~Selbstmord-Drohnenangriff" heads only on its first part; "stem*" inflects its last
          if ((k == Kind.HEAD || k == Kind.HEAD_PREFIX) && !firstPart) {
            k = (kind == Kind.HEAD_PREFIX && last) ? Kind.PREFIX : Kind.EXACT;
          } else if (k == Kind.HEAD_PREFIX && !last) {
            k = Kind.HEAD;
          } else if (k == Kind.PREFIX && !last) {
            k = Kind.EXACT;
          }
          String key = normalizer.key(text);
          if (k == Kind.PREFIX && key.length() < PREFIX_INDEX) {
            throw new IllegalArgumentException("prefix pattern '" + raw + "' is shorter than "
                + PREFIX_INDEX + " letters");
          }
          // as the text side is compared: without apostrophes, so "=Europe's" finds "Europe’s"
          String cased = stripApostrophes(text).replace(".", "");
          words.add(new Word(k, key, k == Kind.SURFACE ? cased.toLowerCase(Locale.ROOT) : cased));
        }
      }
      if (words.isEmpty()) {
        throw new IllegalArgumentException("empty pattern");
      }
      return words;
    }

    public PhraseMatcher<V> build() {
      return new PhraseMatcher<>(normalizer, freeze(byExact), freeze(byPrefix), freeze(byHead));
    }

    private static <V> Map<String, List<Entry<V>>> freeze(Map<String, List<Entry<V>>> m) {
      Map<String, List<Entry<V>>> out = new HashMap<>();
      m.forEach((k, v) -> out.put(k, List.copyOf(v)));
      return Map.copyOf(out);
    }
  }

  private static String indexKey(String key) {
    return key.substring(0, Math.min(PREFIX_INDEX, key.length()));
  }

  /** Keys of pieces, computed once per text and shared by several matchers. */
  public static List<String> keys(NameNormalizer normalizer, List<Piece> pieces) {
    List<String> keys = new ArrayList<>(pieces.size());
    for (Piece p : pieces) {
      keys.add(normalizer.key(p.text()));
    }
    return keys;
  }

  /** All non-overlapping matches in {@code text}, leftmost-longest. */
  public List<Match<V>> find(CharSequence text) {
    List<Piece> pieces = Piece.split(text);
    return find(pieces, keys(normalizer, pieces));
  }

  /** All non-overlapping matches over pre-split pieces and their keys, leftmost-longest. */
  public List<Match<V>> find(List<Piece> pieces, List<String> keys) {
    List<Match<V>> out = new ArrayList<>();
    List<Candidate<V>> here = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      here.clear();
      collect(pieces, keys, i, here);
      Candidate<V> best = null;
      for (Candidate<V> c : here) {
        if (best == null || c.match().end() > best.match().end()
            || (c.match().end() == best.match().end() && c.beats(best))) {
          best = c;
        }
      }
      if (best != null) {
        out.add(best.match());
        i = best.match().lastPiece() + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Every match starting at every piece, overlapping ones included (for candidate generation). */
  public List<Match<V>> findAll(List<Piece> pieces, List<String> keys) {
    List<Candidate<V>> all = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      collect(pieces, keys, i, all);
    }
    java.util.LinkedHashSet<Match<V>> out = new java.util.LinkedHashSet<>();
    for (Candidate<V> c : all) {
      out.add(c.match());
    }
    return new ArrayList<>(out);
  }

  private record Candidate<V>(Match<V> match, int order, int specificity) {
    /** At the same span the more specific pattern wins ("~drohnenangriff" over "~angriff"). */
    boolean beats(Candidate<V> other) {
      return specificity != other.specificity ? specificity > other.specificity
          : order < other.order;
    }
  }

  private void collect(List<Piece> pieces, List<String> keys, int i, List<Candidate<V>> out) {
    String key = keys.get(i);
    List<Entry<V>> exact = byExact.get(key);
    if (exact != null) {
      for (Entry<V> e : exact) {
        tryEntry(e, pieces, keys, i, out);
      }
    }
    if (key.length() >= PREFIX_INDEX) {
      List<Entry<V>> prefix = byPrefix.get(indexKey(key));
      if (prefix != null) {
        for (Entry<V> e : prefix) {
          tryEntry(e, pieces, keys, i, out);
        }
      }
    }
    if (!byHead.isEmpty()) {
      int n = key.length();
      for (int from = 0; from < n; from++) {
        for (int to = Math.max(from + 1, n - MAX_INFLECTION); to <= n; to++) {
          List<Entry<V>> heads = byHead.get(key.substring(from, to));
          if (heads != null) {
            for (Entry<V> e : heads) {
              tryEntry(e, pieces, keys, i, out);
            }
          }
        }
      }
    }
  }

  private void tryEntry(Entry<V> e, List<Piece> pieces, List<String> keys, int i,
      List<Candidate<V>> out) {
    List<Word> words = e.words();
    if (i + words.size() > pieces.size()) {
      return;
    }
    for (int w = 0; w < words.size(); w++) {
      Piece p = pieces.get(i + w);
      if (w > 0 && p.gapBefore()) {
        return;
      }
      if (!matches(words.get(w), p, keys.get(i + w))) {
        return;
      }
    }
    out.add(new Candidate<>(new Match<>(pieces.get(i).start(),
        pieces.get(i + words.size() - 1).end(), i, i + words.size() - 1, e.value()), e.order(), e.specificity()));
  }

  private static boolean matches(Word w, Piece p, String key) {
    return switch (w.kind()) {
      case EXACT -> key.equals(w.key());
      case CASED -> key.equals(w.key()) && stripApostrophes(p.text()).replace(".", "").equals(w.cased());
      case SURFACE -> key.equals(w.key())
          && stripApostrophes(p.text()).replace(".", "").toLowerCase(Locale.ROOT).equals(w.cased());
      case PREFIX -> key.startsWith(w.key()) && key.length() - w.key().length() <= MAX_INFLECTION;
      case HEAD -> key.endsWith(w.key());
      case HEAD_PREFIX -> {
        int at = key.lastIndexOf(w.key());
        yield at >= 0 && key.length() - at - w.key().length() <= MAX_INFLECTION;
      }
    };
  }

  private static String stripApostrophes(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!NameNormalizer.isApostrophe(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}
