package sitrep.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A store's tables as DuckDB and PostgreSQL can be compared: column names, types in a common
 * vocabulary, and whether they take nulls. Order is left out: a column added by a later migration
 * comes last in one database and in its place in a freshly created other.
 */
final class SchemaShape {
  private SchemaShape() {}

  record ColumnShape(String name, String type, boolean nullable) implements Comparable<ColumnShape> {
    @Override
    public int compareTo(ColumnShape o) {
      return name.compareTo(o.name);
    }

    @Override
    public String toString() {
      return name + " " + type + (nullable ? "" : " NOT NULL");
    }
  }

  /** Columns PostgreSQL has beyond StoreSchema: PostGIS's point, present where PostGIS is. */
  static final Set<String> POSTGRESQL_EXTRAS = Set.of(PostgresSchema.GEOM);

  /** Each table of {@link StoreSchema#TABLES} in {@code schema} (null: the only one) of a database. */
  static Map<String, Set<ColumnShape>> read(Connection c, String schema) throws SQLException {
    Map<String, Set<ColumnShape>> out = new TreeMap<>();
    DatabaseMetaData md = c.getMetaData();
    for (String table : StoreSchema.TABLES) {
      Set<ColumnShape> columns = new TreeSet<>();
      try (ResultSet rs = md.getColumns(null, schema, table, null)) {
        while (rs.next()) {
          String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
          if (!POSTGRESQL_EXTRAS.contains(name)) {
            columns.add(new ColumnShape(name, portable(rs.getString("TYPE_NAME")),
                "YES".equals(rs.getString("IS_NULLABLE"))));
          }
        }
      }
      out.put(table, columns);
    }
    return out;
  }

  /**
   * A column type in the words both databases share. JSON is text here, as DuckDB stores it;
   * that PostgreSQL's JSON columns are JSONB (and record_json JSON) is checked separately.
   */
  static String portable(String type) {
    String t = type.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (t) {
      case "TEXT", "VARCHAR", "JSON", "JSONB" -> "TEXT";
      case "INTEGER", "INT4", "INT" -> "INTEGER";
      case "BIGINT", "INT8" -> "BIGINT";
      case "DOUBLE", "DOUBLE PRECISION", "FLOAT8" -> "DOUBLE";
      case "BOOLEAN", "BOOL" -> "BOOLEAN";
      case "DATE" -> "DATE";
      case "TIMESTAMP" -> "TIMESTAMP";
      case "BLOB", "BYTEA" -> "BLOB";
      default -> throw new IllegalArgumentException("a column type the store does not use: " + type
          + "; map it here if it is meant");
    };
  }
}
