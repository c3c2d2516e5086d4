package sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import sitrep.model.Document;
import sitrep.model.Fingerprint;
import sitrep.model.SourceRef;
import sitrep.model.Warning;

/**
 * The store in a PostgreSQL database, for several processes or a server: the same tables and SQL
 * as {@link DuckDbStore}, with the schema kept by Flyway migrations. Where the server has PostGIS,
 * events and posture also carry a {@code geom} point (SRID 4326) for GIS clients.
 *
 * <p>Safe to share between threads: one connection, and operations take turns. Messages show the
 * database as {@code jdbc:postgresql://host:port/database}, never the user or password.
 */
public final class PostgresStore implements Store {
  private final JdbcStore store;
  private final boolean postGis;
  private final @Nullable String postGisProblem;

  private PostgresStore(JdbcStore store, boolean postGis, @Nullable String postGisProblem) {
    this.store = store;
    this.postGis = postGis;
    this.postGisProblem = postGisProblem;
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
    JdbcStore store =
        new JdbcStore(conn, Dialect.POSTGRESQL, target.location(), clock, schema::apply);
    return new PostgresStore(store, schema.postGis(), schema.postGisProblem());
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
  public IngestResult ingest(Document processed) {
    return store.ingest(processed);
  }

  @Override
  public void recordRejected(SourceRef source, String reason) {
    store.recordRejected(source, reason);
  }

  @Override
  public void recordWarning(Warning warning) {
    store.recordWarning(warning);
  }

  @Override
  public List<DocumentSummary> documents() {
    return store.documents();
  }

  @Override
  public Optional<StoredDocument> document(String docId) {
    return store.document(docId);
  }

  @Override
  public List<Map<String, @Nullable Object>> events(String docId) {
    return store.events(docId);
  }

  @Override
  public void forEachEvent(Consumer<? super Map<String, @Nullable Object>> sink) {
    store.forEachEvent(sink);
  }

  @Override
  public void forEachPosture(Consumer<? super Map<String, @Nullable Object>> sink) {
    store.forEachPosture(sink);
  }

  @Override
  public void forEachAtSite(Consumer<? super Map<String, @Nullable Object>> sink) {
    store.forEachAtSite(sink);
  }

  @Override
  public void replaceIncidents(List<Map<String, @Nullable Object>> incidents) {
    store.replaceIncidents(incidents);
  }

  @Override
  public Optional<Map<String, @Nullable Object>> incident(String incidentId) {
    return store.incident(incidentId);
  }

  @Override
  public List<Map<String, @Nullable Object>> eventsOfIncident(String incidentId) {
    return store.eventsOfIncident(incidentId);
  }

  @Override
  public void forEachIncident(Consumer<? super Map<String, @Nullable Object>> sink) {
    store.forEachIncident(sink);
  }

  @Override
  public EventPage queryEvents(EventQuery query) {
    return store.queryEvents(query);
  }

  @Override
  public long countEvents(EventQuery query) {
    return store.countEvents(query);
  }

  @Override
  public Optional<CopyMatch> findCopy(Fingerprint fingerprint, double minSimilarity) {
    return store.findCopy(fingerprint, minSimilarity);
  }

  @Override
  public void recordCopy(Document copy, String copyOf, double similarity) {
    store.recordCopy(copy, copyOf, similarity);
  }

  @Override
  public List<CopyMatch> copiesOf(String docId) {
    return store.copiesOf(docId);
  }

  @Override
  public StoreCounts counts() {
    return store.counts();
  }

  @Override
  public String location() {
    return store.location();
  }

  @Override
  public void close() {
    store.close();
  }

  @Override
  public String toString() {
    return "PostgresStore[" + location() + "]";
  }
}
