package sitrep.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding for the feed parser: exact for valid input, windows-1252 for the bytes that are not. */
class FallbackReaderTest {

  /** Hands out a few bytes at a time, so characters are split across reads. */
  private static InputStream trickle(byte[] b) {
    return new ByteArrayInputStream(b) {
      @Override
      public synchronized int read(byte[] buf, int off, int len) {
        return super.read(buf, off, Math.min(len, 7));
      }
    };
  }

  private static String readAll(FallbackReader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[1000];
    for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  @Test
  void validTextIsDecodedExactlyWhereverTheReadsSplitIt() throws IOException {
    String text = "Stützpunkt – Angriff 🚀 “zitiert” ".repeat(5000);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    FallbackReader r = new FallbackReader(trickle(bytes), StandardCharsets.UTF_8);
    assertThat(readAll(r)).isEqualTo(text);
    assertThat(r.fallbacksBefore(0, Long.MAX_VALUE)).isZero();
  }

  @Test
  void invalidBytesBecomeWindows1252AndAreFoundByOffset() throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    String good = "ü".repeat(20_000); // far past one buffer
    bos.writeBytes(good.getBytes(StandardCharsets.UTF_8));
    bos.write(0x93); // windows-1252 left quote, not UTF-8
    bos.writeBytes("x".getBytes(StandardCharsets.UTF_8));
    bos.write(0xFC); // windows-1252 ü
    bos.write(0xC3); // a UTF-8 lead byte cut off at the end
    FallbackReader r = new FallbackReader(trickle(bos.toByteArray()), StandardCharsets.UTF_8);
    assertThat(readAll(r)).isEqualTo(good + "“xüÃ");
    assertThat(r.fallbacksBefore(0, 20_000)).isZero();
    assertThat(r.fallbacksBefore(20_000, 20_001)).isEqualTo(1);
    assertThat(r.fallbacksBefore(20_001, 20_004)).isEqualTo(2);
    assertThat(r.fallbacksBefore(0, Long.MAX_VALUE)).isZero().as("asked once");
  }
}
