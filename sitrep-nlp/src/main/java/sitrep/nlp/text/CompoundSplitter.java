package sitrep.nlp.text;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.ResourceException;

/**
 * Splits closed compounds into their parts with character offsets, so that the parts reach the
 * lexicons: "Raketenangriffe" is a rocket attack, "Drohnenabschuss" a drone shot down,
 * "Regierungsbezirk" a governorate. German uses jWordSplitter (Apache 2.0, with its own German
 * dictionary); languages that write compounds apart have no splitter.
 *
 * <p>Thread-safe: splits are cached (a word splits the same way everywhere) and the splitter
 * itself, whose thread safety its authors do not promise, is called under a lock.
 */
public final class CompoundSplitter {
  private static final int MIN_LENGTH = 8;
  private static final int CACHE_LIMIT = 100_000;
  private static volatile CompoundSplitter german;

  private final GermanWordSplitter splitter;
  private final Map<String, List<int[]>> cache = new ConcurrentHashMap<>();

  private CompoundSplitter(GermanWordSplitter splitter) {
    this.splitter = splitter;
  }

  /** The splitter for a language, or null when its compounds are written apart. */
  public static @Nullable CompoundSplitter forLanguage(String language) {
    if (!language.equals("de")) {
      return null;
    }
    CompoundSplitter s = german;
    if (s == null) {
      synchronized (CompoundSplitter.class) {
        if (german == null) {
          try {
            german = new CompoundSplitter(new GermanWordSplitter(true));
          } catch (IOException e) {
            throw new ResourceException("cannot load jWordSplitter's German dictionary", e);
          }
        }
        s = german;
      }
    }
    return s;
  }

  /**
   * The parts of a word as {@code [start, end)} offsets into it, linking letters ("s" in
   * "Regierungsbezirk") left out; a word that is no compound gives an empty list.
   */
  public List<int[]> parts(String word) {
    if (word.length() < MIN_LENGTH || !Character.isLetter(word.charAt(0))) {
      return List.of();
    }
    List<int[]> cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    List<String> split;
    synchronized (splitter) {
      split = splitter.splitWord(word);
    }
    List<int[]> out = locate(word, split);
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(word, out);
    return out;
  }

  /** Finds each part in the word, in order, skipping linking letters and hyphens between them. */
  private static List<int[]> locate(String word, List<String> split) {
    if (split.size() < 2) {
      return List.of();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (String part : split) {
      int at = lower.indexOf(part.toLowerCase(Locale.ROOT), from);
      if (at < 0 || at - from > 3) {
        return List.of(); // the splitter changed the part more than by a linking letter
      }
      out.add(new int[] {at, at + part.length()});
      from = at + part.length();
    }
    return List.copyOf(out);
  }
}
