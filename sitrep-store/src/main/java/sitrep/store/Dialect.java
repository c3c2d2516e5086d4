package sitrep.store;

import sitrep.store.StoreSchema.ColumnType;

/**
 * Everything in the store's SQL that differs between databases. The rest of the SQL is written to
 * run unchanged on DuckDB and PostgreSQL ({@code INSERT … ON CONFLICT}, correlated subqueries,
 * quoted identifiers, {@code ILIKE}, {@code concat_ws}).
 *
 * @param name the database's name, for messages
 * @param json the type of JSON columns that SQL may look into (evidence, notes, metadata)
 * @param jsonParameter how a JSON value is passed to the database, as a JDBC placeholder
 * @param recordJson the type of {@code record_json}, which must give back the very text stored:
 *     PostgreSQL's JSONB would reorder the record's keys, its JSON keeps the text as written
 * @param recordJsonParameter the placeholder for a {@code record_json} value
 * @param jsonTexts SQL joining the strings a JSON path selects in a column with spaces, null when
 *     there are none; a format with the column ({@code %1$s}) and the path ({@code %2$s})
 */
record Dialect(
    String name, String text, String integer, String bigint, String floating, String bool,
    String json, String jsonParameter, String recordJson, String recordJsonParameter, String date,
    String timestamp, String blob, String jsonTexts) {

  static final Dialect DUCKDB = new Dialect("DuckDB", "VARCHAR", "INTEGER", "BIGINT", "DOUBLE",
      "BOOLEAN", "VARCHAR", "?", "VARCHAR", "?", "DATE", "TIMESTAMP", "BLOB",
      "array_to_string(json_extract_string(%1$s, '%2$s'), ' ')");

  static final Dialect POSTGRESQL = new Dialect("PostgreSQL", "TEXT", "INTEGER", "BIGINT",
      "DOUBLE PRECISION", "BOOLEAN", "JSONB", "CAST(? AS JSONB)", "JSON", "CAST(? AS JSON)", "DATE",
      "TIMESTAMP", "BYTEA",
      "(SELECT string_agg(x #>> '{}', ' ') FROM jsonb_path_query(%1$s, '%2$s') x)");

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
