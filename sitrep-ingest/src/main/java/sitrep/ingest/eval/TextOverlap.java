package sitrep.ingest.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a kept text with an expected text as bags (multisets) of units.
 *
 * <ul>
 *   <li>{@link #words}: word tokens — maximal runs of letters and digits after NFKC normalisation
 *       and lower-casing, so punctuation, whitespace, line breaks and entity spelling never count.
 *       A token kept twice but expected once counts once as matched and once as extra. Order is
 *       ignored: a bag is blind to a paragraph moved elsewhere, but extractors keep page order, and
 *       the bag makes the figures easy to read ("12% of the kept words are junk").
 *   <li>{@link #lines}: non-blank lines, stripped, inner whitespace collapsed — for plain-text
 *       cleaning, which keeps or drops whole lines.
 * </ul>
 */
public final class TextOverlap {
  private TextOverlap() {}

  /** Word-token overlap of {@code kept} against {@code expected}. */
  public static Overlap words(CharSequence kept, CharSequence expected) {
    return bags(tokens(kept), tokens(expected));
  }

  /** Line overlap of {@code kept} against {@code expected}; blank lines are ignored. */
  public static Overlap lines(CharSequence kept, CharSequence expected) {
    return bags(lineList(kept), lineList(expected));
  }

  /** The word tokens of a text, in order. */
  public static List<String> tokens(CharSequence text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = t.length();
    while (i < n) {
      int c = t.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(t.codePointAt(i))) {
        i += Character.charCount(t.codePointAt(i));
      }
      out.add(t.substring(start, i));
    }
    return out;
  }

  /** The non-blank lines of a text, stripped, runs of whitespace made one space. */
  public static List<String> lineList(CharSequence text) {
    List<String> out = new ArrayList<>();
    for (String line : text.toString().split("\\R")) {
      String s = line.strip().replaceAll("[\\s\\u00a0]+", " ");
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static Overlap bags(List<String> kept, List<String> expected) {
    Map<String, Integer> want = new HashMap<>();
    for (String e : expected) {
      want.merge(e, 1, Integer::sum);
    }
    long matched = 0;
    long extra = 0;
    for (String k : kept) {
      Integer left = want.get(k);
      if (left != null && left > 0) {
        want.put(k, left - 1);
        matched++;
      } else {
        extra++;
      }
    }
    return new Overlap(matched, extra, expected.size() - matched);
  }
}
