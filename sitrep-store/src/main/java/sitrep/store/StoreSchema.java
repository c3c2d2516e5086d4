package sitrep.store;

import static java.util.Map.entry;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import sitrep.model.SchemaRecords;

/**
 * The store's tables and their versions. Event and posture tables get one typed column per field of
 * {@link SchemaRecords} (so SQL can filter on them) plus {@code record_json}, the whole record.
 *
 * <p>On DuckDB, {@code schema_version} holds one row per applied migration, so a later sitrep can
 * tell what it finds. Fields added to {@link SchemaRecords} later become new nullable columns when a
 * store is opened; rows stored before keep their full record in {@code record_json}.
 *
 * <p>On PostgreSQL the same tables come from the Flyway migrations in {@code db/postgresql}, since a
 * shared server deserves reviewed DDL rather than columns added on the fly; a test compares the two
 * schemas, so a field added here without a migration fails the build.
 */
final class StoreSchema {
  private StoreSchema() {}

  /** The newest schema version this code writes. */
  static final int VERSION = 3;

  static final String DOCUMENTS = "documents";
  static final String EVENTS = "events";
  static final String POSTURE = "posture";
  static final String WARNINGS = "warnings";
  static final String REJECTED = "rejected";
  static final String SCHEMA_VERSION = "schema_version";
  static final String BANDS = "doc_bands";
  static final String COPIES = "copies";
  static final String INCIDENTS = "incidents";

  /** Every table of a store besides the record of its schema's version. */
  static final List<String> TABLES =
      List.of(DOCUMENTS, EVENTS, POSTURE, WARNINGS, REJECTED, BANDS, COPIES, INCIDENTS);

  enum ColumnType { TEXT, INTEGER, BIGINT, DOUBLE, BOOLEAN, JSON }

  record Column(String name, ColumnType type) {}

  /**
   * Types of the record fields that are not text; every other field is text. Binding checks each
   * value against its column's type, so a new non-text field that is missing here fails the tests.
   */
  private static final Map<String, ColumnType> NON_TEXT = Map.ofEntries(
      entry("time_precision", ColumnType.INTEGER),
      entry("inter1", ColumnType.INTEGER),
      entry("inter2", ColumnType.INTEGER),
      entry("latitude", ColumnType.DOUBLE),
      entry("longitude", ColumnType.DOUBLE),
      entry("geo_precision", ColumnType.INTEGER),
      entry("geonames_id", ColumnType.BIGINT),
      entry("fatalities", ColumnType.INTEGER),
      entry("injuries", ColumnType.INTEGER),
      entry("quantity", ColumnType.BIGINT),
      entry("historical", ColumnType.BOOLEAN),
      entry("confidence", ColumnType.DOUBLE),
      entry("evidence", ColumnType.JSON),
      entry("notes", ColumnType.JSON),
      entry("equipment", ColumnType.JSON),
      entry("fatalities_min", ColumnType.INTEGER),
      entry("fatalities_max", ColumnType.INTEGER),
      entry("claims", ColumnType.INTEGER),
      entry("documents", ColumnType.INTEGER),
      entry("languages", ColumnType.JSON),
      entry("event_ids", ColumnType.JSON));

  static final List<Column> EVENT_COLUMNS = columns(SchemaRecords.EVENT_FIELDS);

  static final List<Column> POSTURE_COLUMNS = columns(SchemaRecords.POSTURE_FIELDS);

  static final List<Column> INCIDENT_COLUMNS = columns(SchemaRecords.INCIDENT_FIELDS);

  /** Columns of {@code events} and {@code posture} besides the record fields. */
  static final String ORDINAL = "ordinal";
  static final String RECORD_JSON = "record_json";

  private static List<Column> columns(List<String> fields) {
    List<Column> out = new ArrayList<>();
    for (String f : fields) {
      out.add(new Column(f, NON_TEXT.getOrDefault(f, ColumnType.TEXT)));
    }
    return List.copyOf(out);
  }

  private record Migration(int version, String description, Function<Dialect, List<String>> ddl) {}

  private static final List<Migration> MIGRATIONS = List.of(
      new Migration(1, "documents, events, posture, warnings, rejected", StoreSchema::version1),
      new Migration(2, "text fingerprints, LSH bands and copies of documents",
          StoreSchema::version2),
      new Migration(3, "incidents: claims of several documents about one occurrence",
          StoreSchema::version3));

  private static List<String> version1(Dialect d) {
    String text = d.text();
    String ts = d.timestamp();
    return List.of(
        "CREATE TABLE " + DOCUMENTS + " ("
            + "doc_id " + text + " PRIMARY KEY, "
            + "content_hash " + text + " NOT NULL, "
            + "source_path " + text + " NOT NULL, "
            + "source_record " + d.integer() + ", "
            + "format " + text + " NOT NULL, "
            + "title " + text + ", "
            + "url " + text + ", "
            + "published " + d.date() + ", "
            + "meta_source " + text + ", "
            + "language " + text + ", "
            + "clean_text " + text + ", "
            + "raw_length " + d.integer() + " NOT NULL, "
            + "ingested_at " + ts + " NOT NULL, "
            + "extra_json " + d.json() + " NOT NULL, "
            + "warnings_json " + d.json() + " NOT NULL)",
        recordTable(EVENTS, EVENT_COLUMNS, d),
        recordTable(POSTURE, POSTURE_COLUMNS, d),
        "CREATE TABLE " + WARNINGS + " ("
            + "doc_id " + text + ", "
            + "ordinal " + d.integer() + ", "
            + "source_path " + text + " NOT NULL, "
            + "source_record " + d.integer() + ", "
            + "code " + text + " NOT NULL, "
            + "message " + text + " NOT NULL, "
            + "recorded_at " + ts + " NOT NULL)",
        "CREATE INDEX warnings_doc ON " + WARNINGS + " (doc_id)",
        "CREATE TABLE " + REJECTED + " ("
            + "source " + text + " PRIMARY KEY, "
            + "reason " + text + " NOT NULL, "
            + "rejected_at " + ts + " NOT NULL)");
  }

  /** Duplicate detection: each document's text fingerprint, its band keys, and recorded copies. */
  private static List<String> version2(Dialect d) {
    String text = d.text();
    return List.of(
        "ALTER TABLE " + DOCUMENTS + " ADD COLUMN text_hash " + text,
        "ALTER TABLE " + DOCUMENTS + " ADD COLUMN minhash " + d.blob(),
        "ALTER TABLE " + DOCUMENTS + " ADD COLUMN words " + d.integer(),
        "CREATE INDEX documents_text_hash ON " + DOCUMENTS + " (text_hash)",
        "CREATE TABLE " + BANDS + " ("
            + "band " + d.integer() + " NOT NULL, "
            + "band_key " + d.bigint() + " NOT NULL, "
            + "doc_id " + text + " NOT NULL)",
        "CREATE INDEX doc_bands_key ON " + BANDS + " (band, band_key)",
        "CREATE TABLE " + COPIES + " ("
            + "doc_id " + text + " PRIMARY KEY, "
            + "copy_of " + text + " NOT NULL, "
            + "similarity " + d.floating() + " NOT NULL, "
            + "source_path " + text + " NOT NULL, "
            + "source_record " + d.integer() + ", "
            + "title " + text + ", "
            + "url " + text + ", "
            + "meta_source " + text + ", "
            + "published " + d.date() + ", "
            + "recorded_at " + d.timestamp() + " NOT NULL)");
  }

  /**
   * Incidents, derived from the events' incident ids after each ingest: one row per incident with
   * its summary fields typed and the whole record as JSON. Events point to them by incident_id.
   */
  private static List<String> version3(Dialect d) {
    StringJoiner cols = new StringJoiner(", ", "CREATE TABLE " + INCIDENTS + " (", ")");
    for (Column c : INCIDENT_COLUMNS) {
      cols.add(Dialect.quote(c.name()) + " " + d.type(c.type())
          + (c.name().equals("incident_id") ? " PRIMARY KEY" : ""));
    }
    cols.add(RECORD_JSON + " " + d.recordJson() + " NOT NULL");
    // no index on events.incident_id here: DuckDB cannot alter a table that has one, and new
    // record fields become columns by ALTER TABLE; PostgreSQL gets it in its migration
    return List.of(cols.toString());
  }

  private static String recordTable(String table, List<Column> columns, Dialect d) {
    StringJoiner cols = new StringJoiner(", ", "CREATE TABLE " + table + " (", ")");
    cols.add(ORDINAL + " " + d.integer() + " NOT NULL");
    for (Column c : columns) {
      cols.add(Dialect.quote(c.name()) + " " + d.type(c.type()));
    }
    cols.add(RECORD_JSON + " " + d.recordJson() + " NOT NULL");
    cols.add("PRIMARY KEY (doc_id, " + ORDINAL + ")");
    return cols.toString();
  }

  /**
   * Brings the schema of an open database up to {@link #VERSION}: creates it in an empty database,
   * applies newer migrations, adds columns for record fields added since, and refuses databases
   * written by a newer sitrep or by something else.
   */
  static void migrate(Connection conn, Dialect d, String location, Clock clock)
      throws SQLException {
    Set<String> tables = tables(conn);
    int current = 0;
    if (tables.contains(SCHEMA_VERSION)) {
      try (Statement st = conn.createStatement();
          ResultSet rs = st.executeQuery("SELECT max(version) FROM " + SCHEMA_VERSION)) {
        rs.next();
        current = rs.getInt(1);
      }
    } else if (tables.contains(DOCUMENTS) || tables.contains(EVENTS)) {
      throw new StoreException(
          location + " has tables but no " + SCHEMA_VERSION + ": it is not a sitrep store");
    }
    if (current > VERSION) {
      throw new StoreException(location + " has schema version " + current
          + "; this sitrep understands up to " + VERSION + ": upgrade sitrep");
    }
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try {
      try (Statement st = conn.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA_VERSION + " (version " + d.integer()
            + " PRIMARY KEY, description " + d.text() + " NOT NULL, applied_at " + d.timestamp()
            + " NOT NULL)");
        for (Migration m : MIGRATIONS) {
          if (m.version() <= current) {
            continue;
          }
          for (String sql : m.ddl().apply(d)) {
            st.execute(sql);
          }
          try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + SCHEMA_VERSION
              + " (version, description, applied_at) VALUES (?, ?, ?)")) {
            ps.setInt(1, m.version());
            ps.setString(2, m.description());
            ps.setObject(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.executeUpdate();
          }
        }
        addMissingColumns(conn, st, EVENTS, EVENT_COLUMNS, d);
        addMissingColumns(conn, st, POSTURE, POSTURE_COLUMNS, d);
        addMissingColumns(conn, st, INCIDENTS, INCIDENT_COLUMNS, d);
      }
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(auto);
    }
  }

  private static void addMissingColumns(
      Connection conn, Statement st, String table, List<Column> columns, Dialect d)
      throws SQLException {
    Set<String> have = new HashSet<>();
    try (ResultSet rs = conn.getMetaData().getColumns(null, null, table, null)) {
      while (rs.next()) {
        have.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    for (Column c : columns) {
      if (!have.contains(c.name().toLowerCase(Locale.ROOT))) {
        st.execute("ALTER TABLE " + table + " ADD COLUMN " + Dialect.quote(c.name()) + " "
            + d.type(c.type()));
      }
    }
  }

  private static Set<String> tables(Connection conn) throws SQLException {
    Set<String> out = new HashSet<>();
    DatabaseMetaData md = conn.getMetaData();
    try (ResultSet rs = md.getTables(null, null, null, new String[] {"TABLE", "BASE TABLE"})) {
      while (rs.next()) {
        out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
