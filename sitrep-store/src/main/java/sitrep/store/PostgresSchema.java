package sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator;
import org.jspecify.annotations.Nullable;
import sitrep.store.StoreSchema.Column;

/**
 * Sets up the schema of a PostgreSQL store: Flyway applies the migrations in {@code db/postgresql}
 * (the tables of {@link StoreSchema}, written out), then, where the server has PostGIS, events and
 * posture get a {@code geom} point computed from their coordinates.
 *
 * <p>PostGIS is a step after the migrations rather than one of them, so that a database without
 * it still gets the whole schema, and one that gains it later gets the column on the next open.
 */
final class PostgresSchema {
  static final String MIGRATIONS = "classpath:db/postgresql";
  static final String HISTORY = "flyway_schema_history";
  static final String GEOM = "geom";

  /**
   * Flyway reports its progress at INFO, which would land among the CLI's output on every open,
   * so it logs to java.util.logging, at WARNING and above, rather than to the application's SLF4J.
   * Held here because java.util.logging forgets loggers nobody references.
   */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private final DataSource dataSource;
  private final String location;
  private boolean postGis;
  private @Nullable String postGisProblem = "the schema is not set up yet";

  PostgresSchema(DataSource dataSource, String location) {
    this.dataSource = dataSource;
    this.location = location;
  }

  /** Whether the last {@link #apply} gave events and posture their {@code geom} column. */
  boolean postGis() {
    return postGis;
  }

  /** Why there is no PostGIS, as the server said, or null when there is. */
  @Nullable String postGisProblem() {
    return postGisProblem;
  }

  void apply(Connection conn) throws SQLException {
    refuseForeign(conn);
    Flyway flyway = Flyway.configure(PostgresSchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations(MIGRATIONS)
        .table(HISTORY)
        .loggers(JavaUtilLogCreator.class.getName())
        .validateMigrationNaming(true)
        .failOnMissingLocations(true)
        .load();
    try {
      refuseNewer(flyway);
      flyway.migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate the schema of PostgreSQL store " + location + ": "
          + oneLine(e.getMessage()), e);
    }
    requireColumns(conn, StoreSchema.EVENTS, StoreSchema.EVENT_COLUMNS);
    requireColumns(conn, StoreSchema.POSTURE, StoreSchema.POSTURE_COLUMNS);
    enablePostGis(conn);
  }

  /** The same refusal as on DuckDB: sitrep's table names without Flyway's history. */
  private void refuseForeign(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT to_regclass('" + HISTORY + "') IS NULL AND"
            + " (to_regclass('" + StoreSchema.DOCUMENTS + "') IS NOT NULL"
            + " OR to_regclass('" + StoreSchema.EVENTS + "') IS NOT NULL)")) {
      rs.next();
      if (rs.getBoolean(1)) {
        throw new StoreException(location + " has tables but no " + HISTORY
            + ": it is not a sitrep store");
      }
    }
  }

  private void refuseNewer(Flyway flyway) {
    MigrationVersion known = MigrationVersion.EMPTY;
    boolean future = false;
    for (MigrationInfo m : flyway.info().all()) {
      MigrationState state = m.getState();
      if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
        future = true;
      } else if (state.isResolved() && m.getVersion() != null
          && m.getVersion().isNewerThan(known)) {
        known = m.getVersion();
      }
    }
    if (future) {
      MigrationInfo current = flyway.info().current();
      throw new StoreException(location + " has schema version "
          + (current == null ? "?" : current.getVersion()) + "; this sitrep understands up to "
          + known + ": upgrade sitrep");
    }
  }

  /**
   * Fails when a record field has no column: the migrations fell behind {@link StoreSchema}. The
   * build's schema test catches this first; the check here names the column should a build skip it.
   */
  private void requireColumns(Connection conn, String table, List<Column> columns)
      throws SQLException {
    Set<String> have = columnsOf(conn, table);
    List<String> missing = new ArrayList<>();
    for (Column c : columns) {
      if (!have.contains(c.name())) {
        missing.add(table + "." + c.name());
      }
    }
    if (!missing.isEmpty()) {
      throw new StoreException("PostgreSQL store " + location + " has no column "
          + String.join(", ", missing) + ": its migrations in db/postgresql are behind this"
          + " sitrep's record fields");
    }
  }

  private static Set<String> columnsOf(Connection conn, String table) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT column_name FROM"
        + " information_schema.columns WHERE table_schema = current_schema() AND table_name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /**
   * Creates the PostGIS extension if it can and adds {@code geom} where missing; a server without
   * PostGIS, or a user who may not create it, leaves the store as it is, and says why.
   */
  private void enablePostGis(Connection conn) throws SQLException {
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try (Statement st = conn.createStatement()) {
      boolean installed;
      try (ResultSet rs =
          st.executeQuery("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'")) {
        rs.next();
        installed = rs.getLong(1) > 0;
      }
      if (!installed) {
        st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
      }
      for (String table : List.of(StoreSchema.EVENTS, StoreSchema.POSTURE)) {
        // looked up first: ALTER TABLE locks the table even when it has nothing to do
        if (!columnsOf(conn, table).contains(GEOM)) {
          st.execute("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + GEOM
              + " geometry(Point, 4326) GENERATED ALWAYS AS"
              + " (ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)) STORED");
          st.execute("CREATE INDEX IF NOT EXISTS " + table + "_" + GEOM + " ON " + table
              + " USING GIST (" + GEOM + ")");
        }
      }
      conn.commit();
      postGis = true;
      postGisProblem = null;
    } catch (SQLException e) {
      conn.rollback();
      postGis = false;
      postGisProblem = JdbcStore.firstLine(e.getMessage());
    } finally {
      conn.setAutoCommit(auto);
    }
  }

  /** Flyway's messages run over several lines; a store's are one. */
  private static String oneLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "unknown error";
    }
    List<String> lines = new ArrayList<>();
    for (String line : message.split("\\R")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    String joined = String.join("; ", lines);
    return joined.length() > 400 ? joined.substring(0, 400) + "…" : joined;
  }
}
