package sitrep.app.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes SCHEMA.md records (ordered maps from {@link sitrep.model.SchemaRecords}) as JSONL, CSV or
 * a GeoJSON FeatureCollection. One writer per output; records stream through, except that GeoJSON
 * is opened and closed around them.
 *
 * <p>GeoJSON follows RFC 7946: a FeatureCollection of Point features with {@code [longitude,
 * latitude]} in WGS84 and no {@code crs} member; each feature's properties are the record. A record
 * without coordinates has no place on a map, so it is left out and counted ({@link #skipped()}).
 */
public final class RecordWriter implements AutoCloseable {
  /** Output formats of {@code analyze --format}. */
  public enum Format {
    JSONL, CSV, GEOJSON;

    public static Format parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown format '" + s + "': use jsonl, csv or geojson");
      }
    }
  }

  static final ObjectMapper JSON = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

  private final Writer out;
  private final Format format;
  private final List<String> columns;
  private boolean first = true;
  private int skipped;

  /**
   * @param columns the CSV header; records are written in this column order (other formats keep
   *     each record's own order)
   */
  public RecordWriter(Writer out, Format format, List<String> columns) {
    this.out = out;
    this.format = format;
    this.columns = List.copyOf(columns);
  }

  public void write(Map<String, @Nullable Object> record) {
    try {
      switch (format) {
        case JSONL -> {
          out.write(JSON.writeValueAsString(record));
          out.write('\n');
        }
        case CSV -> {
          if (first) {
            out.write(String.join(",", columns));
            out.write('\n');
          }
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
              sb.append(',');
            }
            sb.append(csv(record.get(columns.get(i))));
          }
          out.write(sb.append('\n').toString());
        }
        case GEOJSON -> {
          Map<String, @Nullable Object> feature = feature(record);
          if (feature == null) {
            skipped++;
            return;
          }
          out.write(first ? "{\"type\":\"FeatureCollection\",\"features\":[\n" : ",\n");
          out.write(JSON.writeValueAsString(feature));
        }
        default -> throw new AssertionError(format);
      }
      first = false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records left out because they had no coordinates (GeoJSON only). */
  public int skipped() {
    return skipped;
  }

  private static @Nullable Map<String, @Nullable Object> feature(
      Map<String, @Nullable Object> record) {
    if (!(record.get("latitude") instanceof Number lat)
        || !(record.get("longitude") instanceof Number lon)) {
      return null;
    }
    Map<String, @Nullable Object> geometry = new java.util.LinkedHashMap<>();
    geometry.put("type", "Point");
    geometry.put("coordinates", List.of(lon, lat));
    java.util.LinkedHashMap<String, @Nullable Object> f = new java.util.LinkedHashMap<>();
    f.put("type", "Feature");
    f.put("geometry", geometry);
    f.put("properties", record);
    return f;
  }

  /** RFC 4180 field: lists and maps as JSON text, quotes doubled, quoted when needed. */
  private static String csv(@Nullable Object v) throws IOException {
    if (v == null) {
      return "";
    }
    String s = v instanceof String str ? str
        : (v instanceof List || v instanceof Map) ? JSON.writeValueAsString(v) : v.toString();
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  @Override
  public void close() {
    try {
      if (format == Format.GEOJSON) {
        out.write(first ? "{\"type\":\"FeatureCollection\",\"features\":[]}\n" : "\n]}\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
