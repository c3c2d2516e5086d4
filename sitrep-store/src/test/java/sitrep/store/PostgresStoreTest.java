package sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract on PostgreSQL, plus what only it does: Flyway's schema, PostGIS, and
 * credentials. Needs the server of {@code SITREP_TEST_PG_URL} (see {@link TestPostgres}); each
 * test gets a database of its own, copied from a template that has PostGIS, as a database
 * prepared by an administrator would.
 */
class PostgresStoreTest extends StoreContractTest {
  /** The role pg_hba.conf of .ci/postgres.sh makes log in with a password. */
  private static final String PASSWORD_ROLE = "sitrep_pw";
  private static final String PASSWORD = "s3cret-Pw+/%";
  /** A role that may not create extensions, for a server that has PostGIS. */
  private static final String PLAIN_ROLE = "sitrep_plain";

  private final List<String> databases = new ArrayList<>();
  private @Nullable String database;

  @BeforeEach
  void createDatabase() {
    database = TestPostgres.createDatabase(TestPostgres.POSTGIS_TEMPLATE);
    databases.add(database);
  }

  @AfterEach
  void dropDatabases() {
    for (String d : databases) {
      TestPostgres.dropDatabase(d);
    }
  }

  private String database() {
    return String.valueOf(database);
  }

  /** Through {@link Stores#open}, as the CLI opens it. */
  @Override
  Store open() {
    return Stores.open(TestPostgres.url(database()));
  }

  @Override
  Connection connect() throws SQLException {
    return TestPostgres.connect(database());
  }

  private String newDatabase(String template, @Nullable String owner) {
    String d = TestPostgres.createDatabase(template, owner);
    databases.add(d);
    return d;
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i == 1 ? "" : " | ").append(rs.getString(i));
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- opening

  @Test
  void aPostgresqlUrlOpensAPostgresStoreShownWithoutCredentials() {
    try (Store store = open()) {
      assertThat(store).isInstanceOf(PostgresStore.class);
      assertThat(store.location()).isEqualTo(TestPostgres.bareUrl(database()))
          .doesNotContain("user=");
      assertThat(store.toString()).doesNotContain("user=");
    }
  }

  @Test
  void flywayAppliesEachMigrationOnce() throws Exception {
    try (Store store = open()) {
      store.counts();
    }
    try (Store store = open()) {
      store.counts();
    }
    try (Connection c = connect()) {
      List<String> applied = rows(c, "SELECT version, success FROM "
          + PostgresSchema.HISTORY + " ORDER BY installed_rank");
      List<String> expected = new ArrayList<>();
      for (int v = 1; v <= PostgresMigrationsTest.files().size(); v++) {
        expected.add(v + " | t");
      }
      assertThat(applied).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void theMigratedSchemaIsTheOneStoreSchemaBuilds() throws Exception {
    try (Store store = open()) {
      store.counts();
    }
    try (Connection c = connect()) {
      assertThat(PostgresMigrationsTest.differences(PostgresMigrationsTest.storeSchema(),
          SchemaShape.read(c, "public"))).isEmpty();
      // JSON that SQL looks into is JSONB; the record's own text is JSON, kept as written
      assertThat(rows(c, "SELECT table_name || '.' || column_name || ' ' || data_type"
          + " FROM information_schema.columns WHERE table_schema = 'public'"
          + " AND data_type IN ('json', 'jsonb') ORDER BY 1")).containsExactly(
          "documents.extra_json jsonb", "documents.warnings_json jsonb",
          "events.evidence jsonb", "events.notes jsonb", "events.record_json json",
          "incidents.event_ids jsonb", "incidents.languages jsonb", "incidents.notes jsonb",
          "incidents.record_json json", "posture.equipment jsonb", "posture.evidence jsonb", "posture.record_json json");
    }
  }

  @Test
  void aStoreWrittenByANewerSitrepIsRefused() throws Exception {
    try (Store store = open()) {
      store.counts();
    }
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO " + PostgresSchema.HISTORY + " (installed_rank, version,"
          + " description, type, script, checksum, installed_by, execution_time, success)"
          + " VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'test', 0, true)");
    }
    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99")
        .hasMessageContaining("upgrade sitrep")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aDatabaseWithSitrepTablesButNoMigrationHistoryIsRefused() throws Exception {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE events (x INTEGER)");
    }
    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a sitrep store");
  }

  @Test
  void aColumnTheMigrationsLackIsNamedWhenOpening() throws Exception {
    try (Store store = open()) {
      store.counts();
    }
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("ALTER TABLE events DROP COLUMN notes");
    }
    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no column events.notes")
        .hasMessageContaining("db/postgresql");
  }

  // ---------------------------------------------------------------- PostGIS

  private static void requirePostGis() {
    boolean available = TestPostgres.postGisAvailable();
    if (TestPostgres.required()) {
      // CI installs it: its absence there is a broken setup, not a reason to skip
      assertThat(available).as("PostGIS on the CI server (.ci/postgres.sh installs it)").isTrue();
    }
    assumeTrue(available, "the server has no PostGIS");
  }

  @Test
  void withPostGisEventsAndPostureGetAPointOfTheirCoordinates() throws Exception {
    requirePostGis();
    // PostGIS not yet installed in this database: the store installs it
    String fresh = newDatabase(TestPostgres.EMPTY_TEMPLATE, null);
    try (PostgresStore store = PostgresStore.open(TestPostgres.url(fresh))) {
      assertThat(store.hasPostGis()).isTrue();
      assertThat(store.postGisProblem()).isEmpty();
      store.ingest(Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1"), Docs.sparse("a", "a-2")))
          .withPosture(List.of(Docs.posture("a", "p-1"), Docs.sparsePosture("a", "p-2"))));
    }
    try (PostgresStore again = PostgresStore.open(TestPostgres.url(fresh))) {
      assertThat(again.hasPostGis()).isTrue();
    }
    try (Connection c = TestPostgres.connect(fresh)) {
      assertThat(rows(c, "SELECT event_id, ST_AsText(geom), ST_SRID(geom) FROM events"
          + " ORDER BY event_id")).containsExactly(
          "a-1 | POINT(40.6906 35.0969) | 4326", "a-2 | null | null");
      assertThat(rows(c, "SELECT posture_id, ST_AsText(geom) FROM posture ORDER BY posture_id"))
          .containsExactly("p-1 | POINT(40.6906 35.0969)", "p-2 | null");
      // what the column is for: spatial SQL, here within 5 km of the oil field
      assertThat(rows(c, "SELECT event_id FROM events WHERE ST_DWithin(geom::geography,"
          + " ST_SetSRID(ST_MakePoint(40.70, 35.10), 4326)::geography, 5000)"))
          .containsExactly("a-1");
      assertThat(rows(c, "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%USING gist%'"
          + " ORDER BY 1")).containsExactly("events_geom", "posture_geom");
    }
  }

  @Test
  void aStoreInADatabaseWherePostGisCameFirstGetsItsPointsToo() {
    requirePostGis();
    try (Store store = open()) {
      assertThat(((PostgresStore) store).hasPostGis()).isTrue();
    }
  }

  @Test
  void withoutPostGisTheStoreWorksAndSaysWhy() throws Exception {
    TestPostgres.execute(
        "DO $$ BEGIN CREATE ROLE " + PLAIN_ROLE + " LOGIN; EXCEPTION WHEN duplicate_object THEN"
            + " NULL; END $$");
    // a user who may not create extensions, in a database without PostGIS
    String plain = newDatabase(TestPostgres.EMPTY_TEMPLATE, PLAIN_ROLE);
    String url = TestPostgres.bareUrl(plain) + "?user=" + PLAIN_ROLE;
    try (PostgresStore store = PostgresStore.open(url, Map.of(), Clock.systemUTC())) {
      assertThat(store.hasPostGis()).isFalse();
      assertThat(store.postGisProblem()).get().asString()
          .containsAnyOf("permission denied", "is not available", "could not open");
      store.ingest(Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1"))));
      assertThat(store.queryEvents(EventQuery.fromParameters(Map.of("bbox", "35,30,45,40")))
          .items()).hasSize(1);
    }
    try (Connection c = TestPostgres.connect(plain)) {
      assertThat(rows(c, "SELECT count(*) FROM information_schema.columns"
          + " WHERE column_name = 'geom'")).containsExactly("0");
    }
  }

  // ---------------------------------------------------------------- credentials

  /** A database owned by the role that logs in with a password. */
  private String passwordDatabase() {
    TestPostgres.execute(
        "DO $$ BEGIN CREATE ROLE " + PASSWORD_ROLE + " LOGIN; EXCEPTION WHEN duplicate_object"
            + " THEN NULL; END $$",
        "ALTER ROLE " + PASSWORD_ROLE + " PASSWORD '" + PASSWORD + "'");
    return newDatabase(TestPostgres.EMPTY_TEMPLATE, PASSWORD_ROLE);
  }

  @Test
  void userAndPasswordComeFromTheUrlOrFromPgUserAndPgPassword() {
    String db = passwordDatabase();
    Map<String, String> env = new HashMap<>();
    env.put("PGUSER", PASSWORD_ROLE);
    env.put("PGPASSWORD", PASSWORD);
    try (PostgresStore store =
        PostgresStore.open(TestPostgres.bareUrl(db), env, Clock.systemUTC())) {
      store.ingest(Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1"))));
    }
    String encoded = URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    try (PostgresStore store = PostgresStore.open(TestPostgres.bareUrl(db) + "?user="
        + PASSWORD_ROLE + "&password=" + encoded, Map.of(), Clock.systemUTC())) {
      assertThat(store.counts().events()).isEqualTo(1);
    }
    // a libpq URI, its password percent-encoded
    String uri = TestPostgres.bareUrl(db).replace("jdbc:postgresql://",
        "postgresql://" + PASSWORD_ROLE + ":" + encoded + "@");
    try (Store store = Stores.open(uri)) {
      assertThat(store.counts().events()).isEqualTo(1);
      assertThat(store.location()).isEqualTo(TestPostgres.bareUrl(db));
    }
  }

  @Test
  void aWrongPasswordFailsInOneLineThatDoesNotShowIt() {
    String db = passwordDatabase();
    String wrong = "Wr0ng-pw-" + System.nanoTime();
    Map<String, String> env = Map.of("PGUSER", PASSWORD_ROLE, "PGPASSWORD", wrong);
    try {
      PostgresStore.open(TestPostgres.bareUrl(db), env, Clock.systemUTC()).close();
    } catch (StoreException e) {
      assertThat(e.getMessage())
          .startsWith("cannot connect to PostgreSQL store " + TestPostgres.bareUrl(db))
          .contains("password authentication failed")
          .doesNotContain(wrong)
          .doesNotContain("\n");
      assertThatThrownBy(() -> Stores.open(TestPostgres.bareUrl(db) + "?user=" + PASSWORD_ROLE
          + "&password=" + wrong))
          .isInstanceOf(StoreException.class)
          .hasMessageNotContaining(wrong);
      return;
    }
    // a server that trusts every local user cannot tell right from wrong passwords
    assumeTrue(false, "the server does not check passwords for " + PASSWORD_ROLE);
  }
}
