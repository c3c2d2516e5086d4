package sitrep.ingest.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Reading content: bounded reads, binary sniffing, truncation points. Decoding is {@link Decoding}.
 */
final class Content {
  private Content() {}

  /**
   * What a bounded read got.
   *
   * @param capped the input had more bytes than the cap (the rest was not read)
   * @param error the read stopped on this error (a truncated gzip, an I/O error); bytes before it
   *     are kept
   */
  record Bytes(byte[] data, int length, boolean capped, @Nullable IOException error) {}

  /** Reads at most {@code cap} bytes; never throws, an error ends the read and is returned. */
  static Bytes readBounded(InputStream in, long cap) {
    int limit = (int) Math.min(cap, Integer.MAX_VALUE - 64);
    byte[] buf = new byte[Math.min(limit + 1, 64 * 1024)];
    int len = 0;
    try {
      while (true) {
        if (len == buf.length) {
          if (len > limit) {
            break;
          }
          buf = Arrays.copyOf(buf, (int) Math.min((long) limit + 1, buf.length * 2L));
        }
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) {
          break;
        }
        len += n;
      }
    } catch (IOException e) {
      return new Bytes(buf, Math.min(len, limit), len > limit, e);
    }
    return new Bytes(buf, Math.min(len, limit), len > limit, null);
  }

  /** Closes an input whose content has been read; a failing close loses nothing. */
  static void closeQuietly(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // everything needed was read before
    }
  }

  /** A one-line description of a read error. */
  static String describe(IOException e, boolean compressed) {
    if (compressed && (e instanceof EOFException || e instanceof ZipException)) {
      return "truncated or corrupt gzip (" + message(e) + ")";
    }
    return message(e);
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ");
  }

  /** Whether the content is a UTF-16 text with a byte order mark. */
  static boolean utf16Bom(byte[] b, int len) {
    return len >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
        || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
  }

  /**
   * Binary content: NUL bytes anywhere, or more than 5% control characters in the first 64 KB.
   * UTF-16 with a byte order mark is text.
   */
  static @Nullable String binaryReason(byte[] b, int len) {
    if (utf16Bom(b, len)) {
      return null;
    }
    int controls = 0;
    int sample = Math.min(len, 64 * 1024);
    for (int i = 0; i < len; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return "binary content (NUL byte at offset " + i + ")";
      }
      if (i < sample && c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f'
          && c != 0x1B) {
        controls++;
      }
    }
    if (sample > 0 && controls * 20 > sample) {
      return "binary content (" + controls + " control bytes in the first " + sample + ")";
    }
    return null;
  }

  /** Drops a partial last line of a capped read so that decoding never splits a character. */
  static int trimToLine(byte[] b, int len) {
    for (int i = len - 1; i > len / 2; i--) {
      if (b[i] == '\n') {
        return i + 1;
      }
    }
    for (int i = len - 1; i > 0; i--) {
      if ((b[i] & 0x80) == 0) {
        return i + 1;
      }
    }
    return len;
  }

  /**
   * Where to cut a text that is longer than {@code max}: at the last paragraph break (blank line)
   * in the second half of the allowance, else the last line break, else the last space, else at
   * {@code max} itself (never inside a surrogate pair).
   */
  static int cutPoint(String text, int max) {
    if (text.length() <= max) {
      return text.length();
    }
    int floor = max / 2;
    for (int i = max; i > floor; i--) {
      if (text.charAt(i - 1) == '\n' && blankLineBefore(text, i - 1)) {
        return i;
      }
    }
    for (int i = max; i > floor; i--) {
      if (text.charAt(i - 1) == '\n') {
        return i;
      }
    }
    for (int i = max; i > floor; i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
  }

  /** Whether the line ending at {@code nl} is preceded by another line break with only blanks between. */
  private static boolean blankLineBefore(String text, int nl) {
    for (int j = nl - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return false;
  }
}
