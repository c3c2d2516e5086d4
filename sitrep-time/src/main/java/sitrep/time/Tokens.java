package sitrep.time;

import java.util.Arrays;
import java.util.Locale;

/**
 * The cleaned text cut into the three kinds of token the time rules talk about: words (runs of
 * letters), numbers (runs of ASCII digits) and single punctuation characters. Whitespace only
 * separates tokens; what matters about it is whether two tokens touch and whether a blank line lies
 * between them (expressions never cross paragraphs).
 *
 * <p>Arrays instead of token objects keep a 5 MB document cheap; lower-case forms are computed on
 * demand. One instance belongs to one document and one thread.
 */
final class Tokens {
  static final byte WORD = 0;
  static final byte NUM = 1;
  static final byte PUNCT = 2;

  final String text;
  private int size;
  private int[] start;
  private int[] end;
  private byte[] kind;
  /** Token i starts where token i-1 ends. */
  private boolean[] touching;
  /** The whitespace before token i holds no blank line. */
  private boolean[] sameParagraph;
  private String[] lower;

  private Tokens(String text) {
    this.text = text;
    int capacity = Math.min(text.length() / 3 + 16, 1 << 24);
    start = new int[capacity];
    end = new int[capacity];
    kind = new byte[capacity];
    touching = new boolean[capacity];
    sameParagraph = new boolean[capacity];
  }

  static Tokens of(String text) {
    Tokens t = new Tokens(text);
    int n = text.length();
    int i = 0;
    int prevEnd = -1;
    int newlines = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (isSpace(cp)) {
        if (cp == '\n' || cp == '\u2028' || cp == '\u2029') {
          newlines++;
        }
        i += len;
        continue;
      }
      int from = i;
      byte k;
      if (cp >= '0' && cp <= '9') {
        k = NUM;
        i++;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
      } else if (isWordChar(cp)) {
        k = WORD;
        i += len;
        while (i < n) {
          int c = text.codePointAt(i);
          if (!isWordChar(c)) {
            break;
          }
          i += Character.charCount(c);
        }
      } else {
        k = PUNCT;
        i += len;
      }
      t.add(from, i, k, prevEnd == from, newlines < 2);
      prevEnd = i;
      newlines = 0;
    }
    t.lower = new String[t.size];
    return t;
  }

  private void add(int from, int to, byte k, boolean touches, boolean paragraph) {
    if (size == start.length) {
      int next = start.length * 2;
      start = Arrays.copyOf(start, next);
      end = Arrays.copyOf(end, next);
      kind = Arrays.copyOf(kind, next);
      touching = Arrays.copyOf(touching, next);
      sameParagraph = Arrays.copyOf(sameParagraph, next);
    }
    start[size] = from;
    end[size] = to;
    kind[size] = k;
    touching[size] = touches;
    sameParagraph[size] = paragraph;
    size++;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT;
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  byte kind(int i) {
    return kind[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && kind[i] == NUM;
  }

  /** True when token i is the punctuation character c. */
  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && kind[i] == PUNCT && end[i] - start[i] == 1
        && text.charAt(start[i]) == c;
  }

  /** Token i starts where token i-1 ends, with no whitespace between. */
  boolean touchesPrevious(int i) {
    return touching[i];
  }

  /** No blank line separates token i from token i-1. */
  boolean sameParagraph(int i) {
    return sameParagraph[i];
  }

  String surface(int i) {
    return text.substring(start[i], end[i]);
  }

  String lower(int i) {
    String l = lower[i];
    if (l == null) {
      if (kind[i] == WORD) {
        l = text.substring(start[i], end[i]).toLowerCase(Locale.ROOT);
      } else if (end[i] - start[i] == 1 && text.charAt(start[i]) < ASCII.length) {
        l = ASCII[text.charAt(start[i])];
      } else {
        l = text.substring(start[i], end[i]);
      }
      lower[i] = l;
    }
    return l;
  }

  /** One-character strings of ASCII, shared: punctuation and digits are most tokens. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  /** The key rules are indexed by: the lower-case word, {@code #} for any number, else the char. */
  String key(int i) {
    return switch (kind[i]) {
      case NUM -> "#";
      case WORD -> lower(i);
      default -> surface(i);
    };
  }

  boolean startsUpperCase(int i) {
    return Character.isUpperCase(text.codePointAt(start[i]));
  }

  /** Number of digits of a number token. */
  int digits(int i) {
    return end[i] - start[i];
  }

  /** The value of a number token of at most nine digits, else -1. */
  int number(int i) {
    if (kind[i] != NUM || end[i] - start[i] > 9) {
      return -1;
    }
    return Integer.parseInt(text, start[i], end[i], 10);
  }
}
