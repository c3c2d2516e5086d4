package sitrep.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL server that {@code SITREP_TEST_PG_URL} names ({@code .ci/postgres.sh} starts
 * one), where each test gets a database of its own. Without the variable, or without the server,
 * the PostgreSQL tests are skipped; with {@code CI_REQUIRE_PG=1}, as in CI, they fail instead, so
 * a broken server can never pass as a green build.
 */
final class TestPostgres {
  private TestPostgres() {}

  static final String URL_VARIABLE = "SITREP_TEST_PG_URL";
  static final String REQUIRE_VARIABLE = "CI_REQUIRE_PG";
  /** A database with PostGIS installed, copied for each test: creating PostGIS takes a second. */
  static final String POSTGIS_TEMPLATE = "sitrep_test_postgis";
  /** PostgreSQL's own empty template: nothing installed. */
  static final String EMPTY_TEMPLATE = "template1";

  private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private static @Nullable String checked;
  private static @Nullable String unavailable;

  static boolean required() {
    return "1".equals(System.getenv(REQUIRE_VARIABLE));
  }

  /** The server's URL, as configured; skips or fails the calling test when there is none. */
  static synchronized String server() {
    if (checked == null && unavailable == null) {
      String url = System.getenv(URL_VARIABLE);
      if (url == null || url.isBlank()) {
        unavailable = URL_VARIABLE + " is not set";
      } else if (!DATABASE.matcher(url.strip()).matches()) {
        unavailable = URL_VARIABLE + " is not a jdbc:postgresql://host:port/database URL";
      } else {
        try (Connection c = connectTo(url.strip())) {
          checked = url.strip();
          prepareTemplate(c);
        } catch (SQLException | StoreException e) {
          checked = null;
          unavailable = "cannot reach the server of " + URL_VARIABLE + ": " + e.getMessage();
        }
      }
    }
    if (unavailable != null) {
      if (required()) {
        fail(REQUIRE_VARIABLE + "=1 but " + unavailable);
      }
      assumeTrue(false, unavailable + "; PostgreSQL tests skipped (.ci/postgres.sh starts one)");
    }
    return checked;
  }

  /** Creates an empty database from {@code template} and returns its name. */
  static String createDatabase(String template) {
    return createDatabase(template, null);
  }

  static String createDatabase(String template, @Nullable String owner) {
    String name = "sitrep_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    execute("CREATE DATABASE " + name + " TEMPLATE " + template
        + (owner == null ? "" : " OWNER " + owner));
    return name;
  }

  static void dropDatabase(@Nullable String name) {
    if (name != null && checked != null) {
      execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  /** Runs statements as the configured (administrating) user, in the server's own database. */
  static void execute(String... sql) {
    try (Connection c = connectTo(server()); Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + String.join("; ", sql) + ": " + e, e);
    }
  }

  /** The configured URL with {@code database} in place of its database. */
  static String url(String database) {
    return withDatabase(server(), database, true);
  }

  /** The configured URL on {@code database} without its parameters (user, password, …). */
  static String bareUrl(String database) {
    return withDatabase(server(), database, false);
  }

  private static String withDatabase(String url, String database, boolean parameters) {
    Matcher m = DATABASE.matcher(url);
    if (!m.matches()) {
      throw new IllegalStateException("not a jdbc:postgresql://host:port/database URL: " + url);
    }
    return m.group(1) + database + (parameters ? m.group(3) : "");
  }

  static Connection connect(String database) throws SQLException {
    return connectTo(url(database));
  }

  private static Connection connectTo(String url) throws SQLException {
    return PostgresUrl.parse(url, System.getenv()).dataSource().getConnection();
  }

  /**
   * A fresh template with PostGIS where the server has it; without, the template is empty and the
   * contract tests run without PostGIS. Either way each test database starts with no tables.
   */
  private static void prepareTemplate(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + POSTGIS_TEMPLATE + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + POSTGIS_TEMPLATE + " TEMPLATE " + EMPTY_TEMPLATE);
    }
    String url = withDatabase(String.valueOf(checked), POSTGIS_TEMPLATE, true);
    try (Connection t = connectTo(url); Statement st = t.createStatement()) {
      st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
    } catch (SQLException e) {
      // no PostGIS on this server: the PostGIS tests say so themselves
    }
  }

  /** Whether the server offers PostGIS at all. */
  static boolean postGisAvailable() {
    try (Connection c = connectTo(server()); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'")) {
      rs.next();
      return rs.getLong(1) > 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

}
