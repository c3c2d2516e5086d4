package sitrep.store;

import sitrep.store.StoreSchema.ColumnType;

/**
 * Everything in the store's SQL that differs between databases. The rest of the SQL is written to
 * run unchanged on DuckDB and PostgreSQL ({@code INSERT … ON CONFLICT}, correlated subqueries,
 * quoted identifiers, {@code ILIKE}, {@code concat_ws}). A PostgreSQL dialect would be
 * {@code TEXT}, {@code DOUBLE PRECISION}, {@code JSONB} with a {@code CAST(? AS JSONB)} parameter.
 *
 * @param name the database's name, for messages
 * @param jsonParameter how a JSON value is passed to the database, as a JDBC placeholder
 * @param jsonTexts SQL joining the strings a JSON path selects in a column with spaces, null when
 *     there are none; a format with the column ({@code %1$s}) and the path ({@code %2$s})
 */
record Dialect(
    String name, String text, String integer, String bigint, String floating, String bool,
    String json, String jsonParameter, String date, String timestamp, String blob,
    String jsonTexts) {

  static final Dialect DUCKDB = new Dialect("DuckDB", "VARCHAR", "INTEGER", "BIGINT", "DOUBLE",
      "BOOLEAN", "VARCHAR", "?", "DATE", "TIMESTAMP", "BLOB",
      "array_to_string(json_extract_string(%1$s, '%2$s'), ' ')");

  String type(ColumnType t) {
    return switch (t) {
      case TEXT -> text;
      case INTEGER -> integer;
      case BIGINT -> bigint;
      case DOUBLE -> floating;
      case BOOLEAN -> bool;
      case JSON -> json;
    };
  }

  /** The placeholder for a parameter bound to a column of type {@code t}. */
  String parameter(ColumnType t) {
    return t == ColumnType.JSON ? jsonParameter : "?";
  }

  /**
   * The strings that {@code path} (a JSON path the code fixes, never user input) selects in JSON
   * column {@code column}, joined with spaces.
   */
  String jsonTexts(String column, String path) {
    return String.format(jsonTexts, quote(column), path);
  }

  /** Record field names are quoted: some ("change", "kind") are keywords somewhere. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
