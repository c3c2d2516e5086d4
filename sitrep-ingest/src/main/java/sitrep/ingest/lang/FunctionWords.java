package sitrep.ingest.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.Tsv;

/**
 * Tells languages apart by their most frequent small words (articles, prepositions, auxiliaries),
 * which even one sentence has plenty of. A cheap complement to the statistical detector on texts of
 * one sentence. Word lists come from {@code function-words.tsv}.
 */
public final class FunctionWords {

  public static final String STANDARD_FILE = "sitrep/ingest/lang/function-words.tsv";

  /** Only the first this many words of a text are looked at. */
  static final int MAX_WORDS = 2000;

  private static final class Holder {
    static final FunctionWords STANDARD = load(STANDARD_FILE);
  }

  /** A language with its number of function-word hits. */
  public record Vote(String language, int hits, int words) {}

  private final Map<String, List<String>> languagesByWord;
  private final Set<String> languages;

  private FunctionWords(Map<String, List<String>> languagesByWord) {
    this.languagesByWord = languagesByWord;
    Set<String> all = new java.util.TreeSet<>();
    languagesByWord.values().forEach(all::addAll);
    this.languages = java.util.Collections.unmodifiableSet(all);
  }

  public static FunctionWords standard() {
    return Holder.STANDARD;
  }

  /** The languages with a word list. */
  public Set<String> languages() {
    return languages;
  }

  /** Loads lists from a classpath resource; errors name file and line. */
  public static FunctionWords load(String resource) {
    Map<String, Set<String>> byWord = new HashMap<>();
    for (Tsv.Row row : Tsv.read(resource)) {
      String lang = row.get(0).trim();
      if (Iso639.normalize(lang) == null || !lang.equals(Iso639.normalize(lang))) {
        throw row.error("not an ISO 639-1 code: '" + lang + "'");
      }
      String words = row.get(1).trim();
      if (words.isEmpty()) {
        throw row.error("no words");
      }
      for (String w : words.split("\\s+")) {
        byWord.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(lang);
      }
    }
    Map<String, List<String>> frozen = new HashMap<>();
    byWord.forEach((w, langs) -> frozen.put(w, List.copyOf(new java.util.TreeSet<>(langs))));
    return new FunctionWords(Map.copyOf(frozen));
  }

  /** Hits per language, best first (ties by code, so the order is stable). */
  public List<Vote> votes(CharSequence text) {
    Map<String, Integer> hits = new TreeMap<>();
    int words = 0;
    int i = 0;
    int n = text.length();
    StringBuilder word = new StringBuilder();
    while (i <= n && words < MAX_WORDS) {
      int cp = i < n ? Character.codePointAt(text, i) : ' ';
      if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        word.appendCodePoint(cp);
      } else if (word.length() > 0) {
        words++;
        List<String> langs = languagesByWord.get(word.toString().toLowerCase(Locale.ROOT));
        if (langs != null) {
          for (String l : langs) {
            hits.merge(l, 1, Integer::sum);
          }
        }
        word.setLength(0);
      }
      i += i < n ? Character.charCount(cp) : 1;
    }
    List<Vote> out = new ArrayList<>();
    int total = words;
    hits.forEach((l, h) -> out.add(new Vote(l, h, total)));
    out.sort((a, b) -> b.hits() != a.hits() ? Integer.compare(b.hits(), a.hits())
        : a.language().compareTo(b.language()));
    return out;
  }

  /**
   * The language the function words clearly point to, or null: at least two hits and more than any
   * other language, or, in a text of at most four words, one hit that no other language shares.
   */
  public @Nullable Vote decide(CharSequence text) {
    return decide(votes(text));
  }

  /** {@link #decide(CharSequence)} on votes already counted. */
  public @Nullable Vote decide(List<Vote> v) {
    if (v.isEmpty()) {
      return null;
    }
    Vote best = v.get(0);
    int second = v.size() > 1 ? v.get(1).hits() : 0;
    if (best.hits() >= 2 && best.hits() > second) {
      return best;
    }
    if (best.hits() == 1 && second == 0 && best.words() <= 4) {
      return best;
    }
    return null;
  }
}
