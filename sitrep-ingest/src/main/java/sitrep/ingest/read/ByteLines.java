package sitrep.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into lines (LF, with a CR before it dropped) without decoding, so that each
 * line can be decoded, and fail, on its own. Lines longer than a cap are skipped to their end and
 * reported as too long, so one giant line cannot exhaust memory.
 */
final class ByteLines {

  /** One line; {@code tooLong} lines carry only their first bytes. */
  record Line(int number, byte[] bytes, int length, boolean tooLong) {
    boolean isBlank() {
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
          return false;
        }
      }
      return true;
    }

    boolean hasNul() {
      for (int i = 0; i < length; i++) {
        if (bytes[i] == 0) {
          return true;
        }
      }
      return false;
    }
  }

  private final InputStream in;
  private final int maxLine;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int end;
  private boolean eof;
  private int number;
  private @Nullable IOException error;

  ByteLines(InputStream in, long maxLine) {
    this.in = in;
    this.maxLine = (int) Math.min(maxLine, Integer.MAX_VALUE - 64);
  }

  /** The error that ended the stream early, if any. */
  @Nullable IOException error() {
    return error;
  }

  /** The number of the last line returned (1-based). */
  int number() {
    return number;
  }

  /** The next line, or null at the end of the stream (or after a read error). */
  @Nullable Line next() {
    byte[] line = new byte[256];
    int len = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) {
        if (!any || error != null) {
          return null; // a line cut by a read error is not a line
        }
        break;
      }
      any = true;
      int nl = -1;
      for (int i = pos; i < end; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int stop = nl < 0 ? end : nl;
      int n = stop - pos;
      if (!tooLong) {
        if ((long) len + n > maxLine) {
          tooLong = true;
          n = maxLine - len;
        }
        if (len + n > line.length) {
          line = Arrays.copyOf(line, Math.max(len + n, Math.min(maxLine, line.length * 2)));
        }
        System.arraycopy(buf, pos, line, len, n);
        len += n;
      }
      pos = nl < 0 ? end : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    number++;
    return new Line(number, line, len, tooLong);
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        eof = true;
        return false;
      }
      pos = 0;
      end = n;
      return true;
    } catch (IOException e) {
      error = e;
      eof = true;
      return false;
    }
  }
}
