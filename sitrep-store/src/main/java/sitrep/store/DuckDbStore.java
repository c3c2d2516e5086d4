package sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded store: one DuckDB file, created with its schema on first use. DuckDB lets one
 * process write a file at a time; a second process gets a clear "in use" error.
 *
 * <p>Safe to share between threads: one connection, and operations take turns.
 */
public final class DuckDbStore extends JdbcStore {
  static final String URL_PREFIX = "jdbc:duckdb:";
  private static final Pattern PID = Pattern.compile("PID \\d+");

  private DuckDbStore(Connection conn, String location, Clock clock) {
    super(conn, Dialect.DUCKDB, location, clock,
        c -> StoreSchema.migrate(c, Dialect.DUCKDB, location, clock));
  }

  /** Opens (or creates, with its parent directories) the DuckDB file at {@code file}. */
  public static DuckDbStore open(Path file) {
    String location = file.toString();
    if (Files.isDirectory(file)) {
      throw new StoreException("store " + location + " is a directory; give a file such as "
          + file.resolve("sitrep.duckdb"));
    }
    createParents(file, location);
    return connect(URL_PREFIX + file.toAbsolutePath(), location);
  }

  /**
   * Opens a {@code jdbc:duckdb:} URL: {@code jdbc:duckdb:PATH[?option=value…]}, or
   * {@code jdbc:duckdb:} alone for a store in memory that is gone when closed.
   */
  public static DuckDbStore openUrl(String url) {
    if (!url.startsWith(URL_PREFIX)) {
      throw new StoreException("not a DuckDB URL (expected " + URL_PREFIX + "…): " + url);
    }
    String rest = url.substring(URL_PREFIX.length());
    int q = rest.indexOf('?');
    String path = q < 0 ? rest : rest.substring(0, q);
    if (!path.isEmpty() && !path.startsWith(":memory:")) {
      createParents(Path.of(path), url);
    }
    return connect(url, url);
  }

  /** A store in memory, for tests and one-off runs; its data is gone when it is closed. */
  public static DuckDbStore inMemory() {
    return connect(URL_PREFIX, URL_PREFIX + " (in memory)");
  }

  private static void createParents(Path file, String location) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      try {
        Files.createDirectories(parent);
      } catch (IOException e) {
        throw new StoreException("cannot create directory " + parent + " for store " + location
            + ": " + e, e);
      }
    }
  }

  private static DuckDbStore connect(String url, String location) {
    Connection conn;
    try {
      conn = DriverManager.getConnection(url);
    } catch (SQLException e) {
      String msg = JdbcStore.firstLine(e.getMessage());
      if (msg.toLowerCase(Locale.ROOT).contains("could not set lock")) {
        Matcher pid = PID.matcher(msg);
        throw new StoreException("store " + location + " is in use by another process"
            + (pid.find() ? " (" + pid.group() + ")" : "")
            + "; DuckDB allows one at a time: stop it or choose another --db", e);
      }
      throw new StoreException("cannot open DuckDB store " + location + ": " + msg, e);
    }
    Clock clock = Clock.systemUTC();
    return new DuckDbStore(conn, location, clock);
  }

  @Override
  public String toString() {
    return "DuckDbStore[" + location() + "]";
  }
}
