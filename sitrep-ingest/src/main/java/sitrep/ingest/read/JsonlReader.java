package sitrep.ingest.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.ingest.meta.Dates;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.SourceRef;

/**
 * {@code .jsonl}: one document per line, as SCHEMA.md describes ({@code id}, {@code text} or {@code
 * html}, {@code title}, {@code url}, {@code published}, {@code language}, {@code source}; other
 * fields kept in {@link Metadata#extra()}). A bad line is reported with its line number and skipped;
 * the lines after it are still read. Each line is decoded on its own ({@link Decoding}), so one line
 * in windows-1252 does not spoil the file, and its {@code encoding} warning names file and line.
 */
final class JsonlReader implements FormatReader {

  /** At most this many bad lines of one file are reported one by one; the rest are counted. */
  static final int MAX_LINE_REPORTS = 100;

  /**
   * Jackson's default cap on one string (20 M characters) would reject a long article outright;
   * the line is already capped by {@link ByteLines}, and the text is cut to {@code maxChars} with
   * a warning after parsing.
   */
  private static final ObjectReader JSON = new ObjectMapper(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxStringLength(Integer.MAX_VALUE).build())
          .build())
      .readerFor(JsonNode.class)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Set<String> KNOWN =
      Set.of("id", "text", "html", "title", "url", "published", "language", "source");

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public List<String> extensions() {
    return List.of("jsonl");
  }

  @Override
  public RecordIterator read(Source source, ReadOptions options) {
    return new Lines(source, options);
  }

  private static final class Lines extends QueuedRecords {
    private final Source src;
    private final ReadOptions opts;
    private final ByteLines lines;
    private boolean sawRecord;
    private int reported;
    private int unreported;

    Lines(Source src, ReadOptions opts) {
      this.src = src;
      this.opts = opts;
      // a JSON-escaped text can take up to 6 bytes per character
      this.lines = new ByteLines(src.in(), opts.maxChars() * 6L + (1 << 20));
    }

    @Override
    public void close() {
      Content.closeQuietly(src.in());
    }

    @Override
    protected void advance() {
      ByteLines.Line line = lines.next();
      if (line == null) {
        finish();
        return;
      }
      if (line.isBlank()) {
        return;
      }
      SourceRef where = SourceRef.record(src.path(), line.number());
      if (line.hasNul()) {
        if (!sawRecord) {
          ready.add(new ReadResult.Rejected(SourceRef.file(src.path()), "binary",
              "binary content (NUL bytes on line " + line.number() + "); file skipped"));
          finished = true;
          close();
        } else {
          reject(where, "binary", "NUL bytes in the line");
        }
        return;
      }
      sawRecord = true;
      if (line.tooLong()) {
        reject(where, "too-long", "line longer than " + line.length() + " bytes; skipped");
        return;
      }
      Decoding.Decoded decoded = Decoding.decode(line.bytes(), 0, line.length(), null);
      ReadResult r = record(where, line.number(), decoded);
      if (r instanceof ReadResult.Rejected rej) {
        reject(rej.where(), rej.code(), rej.reason());
      } else {
        ready.add(r);
      }
    }

    private void reject(SourceRef where, String code, String reason) {
      if (reported < MAX_LINE_REPORTS) {
        reported++;
        ready.add(new ReadResult.Rejected(where, code, reason));
      } else {
        unreported++;
      }
    }

    private void finish() {
      finished = true;
      if (lines.error() != null) {
        ready.add(new ReadResult.Rejected(SourceRef.record(src.path(), lines.number() + 1),
            src.compressed() ? "gzip" : "unreadable",
            Content.describe(lines.error(), src.compressed()) + "; the rest of the file is lost"));
      } else if (!sawRecord) {
        ready.add(new ReadResult.Rejected(SourceRef.file(src.path()), "empty",
            lines.number() == 0 ? "empty file" : "no records (only blank lines)"));
      }
      if (unreported > 0) {
        ready.add(new ReadResult.Rejected(SourceRef.file(src.path()), "json",
            unreported + " more bad lines (only the first " + MAX_LINE_REPORTS + " are listed)"));
      }
      close();
    }

    private ReadResult record(SourceRef where, int lineNo, Decoding.Decoded decoded) {
      JsonNode node;
      try {
        node = JSON.readValue(decoded.text());
      } catch (Exception e) {
        return new ReadResult.Rejected(where, "json", "not valid JSON: " + firstLine(e));
      }
      if (node == null || !node.isObject()) {
        return new ReadResult.Rejected(where, "json", "not a JSON object");
      }
      List<String> notes = new java.util.ArrayList<>();
      String text = string(node, "text", notes);
      String html = string(node, "html", notes);
      Format format;
      String content;
      if (text != null && !text.isBlank()) {
        format = Format.TEXT;
        content = text;
      } else if (html != null && !html.isBlank()) {
        format = Format.HTML;
        content = html;
      } else {
        return new ReadResult.Rejected(where, "no-text",
            text != null || html != null ? "\"text\" is empty" : "no \"text\" or \"html\" field");
      }
      String id = string(node, "id", notes);
      if (id == null || id.isBlank()) {
        id = src.idBase() + ":" + lineNo;
      }
      String published = string(node, "published", notes);
      LocalDate date = Dates.parse(published);
      if (published != null && date == null) {
        notes.add("published: not a date: '" + published + "'");
      }
      Map<String, String> extra = new HashMap<>();
      node.properties().forEach(e -> {
        if (!KNOWN.contains(e.getKey())) {
          JsonNode v = e.getValue();
          extra.put(e.getKey(), v.isTextual() ? v.asText() : v.toString());
        }
      });
      Metadata meta = new Metadata(blankToNull(string(node, "title", notes)),
          blankToNull(string(node, "url", notes)), date, blankToNull(string(node, "source", notes)),
          blankToNull(string(node, "language", notes)), extra);
      StringBuilder truncation = new StringBuilder();
      content = Documents.limit(content, opts.maxChars(), truncation);
      Document doc = Documents.build(id.strip(), where, meta, format, content, opts);
      if (decoded.warning().isPresent()) {
        doc = doc.warn("encoding", decoded.warning().get());
      }
      for (String note : notes) {
        doc = doc.warn("field", note);
      }
      if (truncation.length() > 0) {
        doc = doc.warn("truncated", truncation.toString());
      }
      return new ReadResult.Loaded(doc);
    }
  }

  /** A string field; numbers are accepted as their text, other types are noted and ignored. */
  private static @Nullable String string(JsonNode node, String field, List<String> notes) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isNumber() || v.isBoolean()) {
      return v.asText();
    }
    notes.add(field + ": expected a string, found " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + "; ignored");
    return null;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstLine(Exception e) {
    String m = Content.message(e);
    int cut = m.indexOf(" at [Source");
    return cut > 0 ? m.substring(0, cut) : m;
  }
}
