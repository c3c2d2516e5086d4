package sitrep.store;

import sitrep.store.StoreSchema.ColumnType;

/**
 * Everything in the store's SQL that differs between databases. The rest of the SQL is written to
 * run unchanged on DuckDB and PostgreSQL ({@code INSERT … ON CONFLICT}, correlated subqueries,
 * quoted identifiers). A PostgreSQL dialect would be {@code TEXT}, {@code DOUBLE PRECISION},
 * {@code JSONB} with a {@code CAST(? AS JSONB)} parameter.
 *
 * @param name the database's name, for messages
 * @param jsonParameter how a JSON value is passed to the database, as a JDBC placeholder
 */
record Dialect(
    String name, String text, String integer, String bigint, String floating, String bool,
    String json, String jsonParameter, String date, String timestamp, String blob) {

  static final Dialect DUCKDB = new Dialect("DuckDB", "VARCHAR", "INTEGER", "BIGINT", "DOUBLE",
      "BOOLEAN", "VARCHAR", "?", "DATE", "TIMESTAMP", "BLOB");

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

  /** Record field names are quoted: some ("change", "kind") are keywords somewhere. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
