package sitrep.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Opens the store a {@code --db} argument names. */
public final class Stores {
  private Stores() {}

  /** Where the CLI keeps its store when no {@code --db} is given. */
  public static final String DEFAULT_LOCATION = "./data/sitrep.duckdb";

  private static final Pattern URL_SCHEME =
      Pattern.compile("^(jdbc:[A-Za-z0-9+.-]*:|[A-Za-z][A-Za-z0-9+.-]+://)");

  /**
   * Opens the store {@code dbArg} names: a file path (DuckDB, created if missing), a
   * {@code jdbc:duckdb:} URL, a {@code jdbc:postgresql:} URL or libpq {@code postgresql://} URI
   * (PostgreSQL; user and password from the URL or {@code PGUSER}/{@code PGPASSWORD}), or
   * null/blank for {@link #DEFAULT_LOCATION}.
   *
   * @throws StoreException with a one-line message, never holding a password, for unsupported
   *     URLs and for stores that cannot be opened
   */
  public static Store open(@Nullable String dbArg) {
    if (dbArg == null || dbArg.isBlank()) {
      return DuckDbStore.open(Path.of(DEFAULT_LOCATION));
    }
    String arg = dbArg.strip();
    Matcher m = URL_SCHEME.matcher(arg);
    if (!m.find()) {
      return DuckDbStore.open(Path.of(arg));
    }
    // only the scheme goes into messages: the rest of a URL may hold a password
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    if (scheme.equals(DuckDbStore.URL_PREFIX)) {
      return DuckDbStore.openUrl(arg);
    }
    if (scheme.equals(PostgresUrl.JDBC_PREFIX) || scheme.equals("postgresql://")
        || scheme.equals("postgres://")) {
      return PostgresStore.open(arg);
    }
    throw new StoreException("unsupported database URL " + scheme + "…: --db takes a file path,"
        + " a jdbc:duckdb: URL or a jdbc:postgresql: URL");
  }
}
