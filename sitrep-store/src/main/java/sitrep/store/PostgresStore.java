package sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store in a PostgreSQL database, for several processes or a server: the same tables and SQL
 * as {@link DuckDbStore}, with the schema kept by Flyway migrations. Where the server has PostGIS,
 * events and posture also carry a {@code geom} point (SRID 4326) for GIS clients.
 *
 * <p>Safe to share between threads: one connection, and operations take turns. Messages show the
 * database as {@code jdbc:postgresql://host:port/database}, never the user or password.
 */
public final class PostgresStore extends JdbcStore {
  private final boolean postGis;
  private final @Nullable String postGisProblem;

  private PostgresStore(Connection conn, PostgresSchema schema, String location, Clock clock) {
    super(conn, Dialect.POSTGRESQL, location, clock, schema::apply);
    this.postGis = schema.postGis();
    this.postGisProblem = schema.postGisProblem();
  }

  /**
   * Opens the store in the database {@code url} names ({@code jdbc:postgresql://…} or a libpq
   * {@code postgresql://…} URI), creating or updating its tables. The user and password come from
   * the URL, else from {@code PGUSER} and {@code PGPASSWORD}.
   *
   * @throws StoreException with a one-line message without the password when the database cannot
   *     be reached or its schema cannot be set up
   */
  public static PostgresStore open(String url) {
    return open(url, System.getenv(), Clock.systemUTC());
  }

  static PostgresStore open(String url, Map<String, String> env, Clock clock) {
    PostgresUrl target = PostgresUrl.parse(url, env);
    try {
      return connect(target, clock);
    } catch (StoreException e) {
      String message = target.redact(String.valueOf(e.getMessage()));
      // without the cause, whose message held the password too
      throw message.equals(e.getMessage()) ? e : new StoreException(message);
    }
  }

  private static PostgresStore connect(PostgresUrl target, Clock clock) {
    PGSimpleDataSource ds = target.dataSource();
    Connection conn;
    try {
      conn = ds.getConnection();
    } catch (SQLException e) {
      throw new StoreException("cannot connect to PostgreSQL store " + target.location() + ": "
          + JdbcStore.firstLine(e.getMessage()), e);
    }
    PostgresSchema schema = new PostgresSchema(ds, target.location());
    return new PostgresStore(conn, schema, target.location(), clock);
  }

  /** Whether events and posture have a PostGIS {@code geom} column. */
  public boolean hasPostGis() {
    return postGis;
  }

  /**
   * Why the store has no PostGIS column, as the server put it ("extension postgis is not
   * available", "permission denied to create extension"); empty when it has one.
   */
  public Optional<String> postGisProblem() {
    return Optional.ofNullable(postGisProblem);
  }

  @Override
  public String toString() {
    return "PostgresStore[" + location() + "]";
  }
}
