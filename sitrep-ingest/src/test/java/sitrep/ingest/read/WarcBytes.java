package sitrep.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** WARC records written byte by byte, so tests control every header and can break any of them. */
final class WarcBytes {
  private WarcBytes() {}

  private static int serial;

  /** A record with the given type, extra header lines ({@code "Name: value\r\n"…}) and block. */
  static byte[] record(String type, String headers, byte[] block) {
    String id = String.format("<urn:uuid:00000000-0000-4000-8000-%012d>", ++serial);
    return record(type, id, headers, block);
  }

  static byte[] record(String type, String recordId, String headers, byte[] block) {
    String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: " + recordId + "\r\n"
        + "WARC-Date: 2024-03-01T12:00:00Z\r\n" + headers
        + "Content-Length: " + block.length + "\r\n\r\n";
    return concat(ascii(head), block, ascii("\r\n\r\n"));
  }

  /** An HTTP response record for {@code url}. */
  static byte[] response(String url, byte[] http) {
    return record("response", "WARC-Target-URI: " + url + "\r\n"
        + "Content-Type: application/http; msgtype=response\r\n", http);
  }

  /** An HTTP response message: status line, headers ({@code "Name: value\r\n"…}), body. */
  static byte[] http(int status, String headers, byte[] body) {
    return concat(ascii("HTTP/1.1 " + status + " X\r\n" + headers + "\r\n"), body);
  }

  static byte[] html(String url, String page) {
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    return response(url, http(200, "Content-Type: text/html; charset=utf-8\r\n"
        + "Content-Length: " + body.length + "\r\n", body));
  }

  static byte[] request(String url) {
    return record("request", "WARC-Target-URI: " + url + "\r\n"
        + "Content-Type: application/http; msgtype=request\r\n",
        ascii("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"));
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bos.toByteArray();
  }

  /** Records gzipped one member each, as crawlers write {@code .warc.gz}. */
  static byte[] gzipEach(byte[]... records) {
    byte[][] members = new byte[records.length][];
    for (int i = 0; i < records.length; i++) {
      members[i] = gzip(records[i]);
    }
    return concat(members);
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      bos.writeBytes(p);
    }
    return bos.toByteArray();
  }
}
