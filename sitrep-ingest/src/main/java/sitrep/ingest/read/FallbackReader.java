package sitrep.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decodes a byte stream for a streaming parser. Bytes that are not valid in the charset are read
 * as windows-1252 one by one instead of failing or becoming U+FFFD: feeds that claim UTF-8 and
 * carry a pasted windows-1252 quote are common, and this keeps their text readable. Where that
 * happened is remembered by character offset, so the record that contains it can say so.
 */
final class FallbackReader extends Reader {

  /** More offsets than this are counted but not kept; a record then still hears about them. */
  private static final int MAX_OFFSETS = 100_000;

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
  private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
  private final Deque<Long> fallbacks = new ArrayDeque<>();
  /** Characters decoded before {@code chars}' index 0. */
  private long base;
  private long unrecorded;
  private boolean eof;
  private boolean needInput = true;

  FallbackReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    return n;
  }

  /**
   * How many characters in {@code [start, end)} were read as windows-1252, forgetting those
   * before {@code end}: records are asked in order.
   */
  int fallbacksBefore(long start, long end) {
    int n = 0;
    while (!fallbacks.isEmpty() && fallbacks.peekFirst() < end) {
      if (fallbacks.pollFirst() >= start) {
        n++;
      }
    }
    if (unrecorded > 0 && fallbacks.isEmpty()) {
      // offsets were dropped; attribute them to the record being asked about, once
      n += (int) Math.min(unrecorded, Integer.MAX_VALUE);
      unrecorded = 0;
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Decodes more characters into {@code chars}; false at the end of the input. */
  private boolean fill() throws IOException {
    base += chars.limit();
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (needInput) {
          if (eof) {
            decoder.flush(chars);
            return chars.position() > 0;
          }
          readMore();
        }
        CoderResult r = decoder.decode(bytes, chars, eof);
        if (r.isError()) {
          if (chars.remaining() < r.length()) {
            break; // room again on the next call
          }
          for (int i = 0; i < r.length(); i++) {
            fallback(bytes.get());
          }
        } else if (r.isUnderflow()) {
          needInput = true; // with eof set this means everything was decoded
        }
      }
      return true;
    } finally {
      chars.flip();
    }
  }

  private void readMore() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
    needInput = false;
  }

  private void fallback(byte b) {
    long offset = base + chars.position();
    if (fallbacks.size() < MAX_OFFSETS) {
      fallbacks.addLast(offset);
    } else {
      unrecorded++;
    }
    chars.put(WINDOWS_1252[b & 0xFF]);
  }

  private static final char[] WINDOWS_1252 = windows1252();

  private static char[] windows1252() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    // the five bytes windows-1252 leaves undefined decode as U+FFFD
    return new String(all, Decoding.WINDOWS_1252).toCharArray();
  }
}
