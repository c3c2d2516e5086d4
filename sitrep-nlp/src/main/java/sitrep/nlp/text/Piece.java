package sitrep.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-like run of a text: letters and digits, with apostrophes inside or in front of a word
 * ("'Umar") and the dots of letter abbreviations ("U.S.") kept. Phrases match over pieces.
 *
 * @param gapBefore true when the text between the previous piece and this one may not lie inside a
 *     phrase match (anything other than spaces, hyphens, dashes and slashes)
 */
public record Piece(int start, int end, String text, boolean gapBefore) {

  /** Splits a whole text into pieces. */
  public static List<Piece> split(CharSequence s) {
    return split(s, 0, s.length());
  }

  /** Splits {@code s[from, to)} into pieces with offsets into {@code s}. */
  public static List<Piece> split(CharSequence s, int from, int to) {
    List<Piece> out = new ArrayList<>();
    int i = from;
    int lastEnd = -1;
    while (i < to) {
      char c = s.charAt(i);
      if (isWordChar(c) || (NameNormalizer.isApostrophe(c) && i + 1 < to && Character.isLetter(s.charAt(i + 1)))) {
        int start = i;
        i++;
        while (i < to) {
          char d = s.charAt(i);
          if (isWordChar(d)) {
            i++;
          } else if ((NameNormalizer.isApostrophe(d) || d == '.') && i + 1 < to
              && Character.isLetter(s.charAt(i + 1)) && (d != '.' || isAbbreviation(s, start, i))) {
            i++;
          } else {
            break;
          }
        }
        // a trailing abbreviation dot ("U.S.") belongs to the piece
        if (i < to && s.charAt(i) == '.' && isAbbreviation(s, start, i) && i - start >= 3) {
          i++;
        }
        boolean gap = lastEnd < 0 || hasBreak(s, lastEnd, start);
        out.add(new Piece(start, i, s.subSequence(start, i).toString(), gap));
        lastEnd = i;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** "U.S" so far: single letters separated by dots. */
  private static boolean isAbbreviation(CharSequence s, int start, int dot) {
    for (int k = start; k < dot; k++) {
      boolean letterSlot = (k - start) % 2 == 0;
      char c = s.charAt(k);
      if (letterSlot ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return (dot - start) % 2 == 1;
  }

  private static boolean hasBreak(CharSequence s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (!(Character.isWhitespace(c) || c == '-' || c == '‐' || c == '‑' || c == '–' || c == '/'
          || c == '\u00a0' || NameNormalizer.isApostrophe(c))) {
        return true;
      }
    }
    return false;
  }
}
