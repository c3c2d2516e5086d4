package sitrep.app.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Writes records as a Parquet file with typed columns, through an in-memory DuckDB: the records
 * stream into a temporary JSONL file, which DuckDB reads with the declared column types and copies
 * to Parquet. So memory stays flat however large the store, and the Parquet writer is DuckDB's,
 * which every Parquet reader we know of reads.
 *
 * <p>Types: counts and codes INTEGER, coordinates and confidence DOUBLE, GeoNames ids BIGINT,
 * flags BOOLEAN, interval bounds ({@code date_earliest}, {@code date_latest}) DATE (null when the
 * year is unknown), lists of names VARCHAR[], evidence and notes JSON text. {@code event_date}
 * stays the record's ISO 8601 text, because it may be a partial date ({@code --06-28},
 * {@code 2020-01}) that a DATE cannot hold; its interval bounds are the DATEs.
 */
public final class ParquetExporter implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("time_precision", "INTEGER"), Map.entry("inter1", "INTEGER"),
      Map.entry("inter2", "INTEGER"), Map.entry("geo_precision", "INTEGER"),
      Map.entry("fatalities", "INTEGER"), Map.entry("injuries", "INTEGER"),
      Map.entry("quantity", "INTEGER"), Map.entry("fatalities_min", "INTEGER"),
      Map.entry("fatalities_max", "INTEGER"), Map.entry("claims", "INTEGER"),
      Map.entry("documents", "INTEGER"), Map.entry("latitude", "DOUBLE"),
      Map.entry("longitude", "DOUBLE"), Map.entry("confidence", "DOUBLE"),
      Map.entry("geonames_id", "BIGINT"), Map.entry("historical", "BOOLEAN"),
      Map.entry("date_earliest", "DATE"), Map.entry("date_latest", "DATE"),
      Map.entry("equipment", "VARCHAR[]"), Map.entry("languages", "VARCHAR[]"),
      Map.entry("event_ids", "VARCHAR[]"), Map.entry("evidence", "JSON"),
      Map.entry("notes", "JSON"));

  private final Path out;
  private final List<String> columns;
  private final Path tmp;
  private final BufferedWriter jsonl;
  private int rows;

  /** Starts an export of records with these fields, in this column order, to {@code out}. */
  public ParquetExporter(Path out, List<String> columns) throws IOException {
    this.out = out;
    this.columns = List.copyOf(columns);
    Path dir = out.toAbsolutePath().getParent();
    this.tmp = Files.createTempFile(dir, ".sitrep-export-", ".jsonl");
    this.jsonl = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
  }

  /** The column type of a record field in the Parquet file. */
  public static String type(String field) {
    String t = TYPES.getOrDefault(field, "VARCHAR");
    return t.equals("JSON") ? "VARCHAR" : t;
  }

  public void write(Map<String, @Nullable Object> record) {
    try {
      jsonl.write(RecordWriter.JSON.writeValueAsString(record));
      jsonl.write('\n');
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many records were written. */
  public int rows() {
    return rows;
  }

  /** Writes the Parquet file and removes the temporary one. */
  @Override
  public void close() throws IOException {
    try {
      jsonl.close();
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement st = c.createStatement()) {
        st.execute("COPY (" + select() + ") TO " + literal(out.toAbsolutePath().toString())
            + " (FORMAT PARQUET)");
      } catch (SQLException e) {
        throw new IOException("cannot write " + out + ": " + e.getMessage(), e);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Reads the JSONL with every column's type declared, so nothing is left to sniffing. */
  private String select() {
    StringJoiner read = new StringJoiner(", ", "{", "}");
    StringJoiner project = new StringJoiner(", ");
    for (String c : columns) {
      String t = TYPES.getOrDefault(c, "VARCHAR");
      // dates are read as text and cast, so a partial one becomes null instead of an error
      read.add(literal(c) + ": " + literal(t.equals("DATE") ? "VARCHAR" : t));
      project.add(switch (t) {
        case "DATE" -> "TRY_CAST(" + ident(c) + " AS DATE) AS " + ident(c);
        case "JSON" -> "CAST(" + ident(c) + " AS VARCHAR) AS " + ident(c);
        default -> ident(c);
      });
    }
    return "SELECT " + project + " FROM read_json(" + literal(tmp.toAbsolutePath().toString())
        + ", format = 'newline_delimited', columns = " + read + ")";
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static String ident(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
