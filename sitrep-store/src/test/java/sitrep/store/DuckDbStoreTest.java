package sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a DuckDB file, and how a file's schema is kept up to date. */
class DuckDbStoreTest extends StoreContractTest {
  @TempDir Path dir;

  private Path file() {
    return dir.resolve("nested/dir/sitrep.duckdb");
  }

  @Override
  Store open() {
    return DuckDbStore.open(file());
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:" + file());
  }

  @Test
  void eachMigrationIsRecordedOnce() throws Exception {
    try (Store store = open()) {
      store.counts();
    }
    try (Store store = open()) {
      store.counts();
    }
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
      for (int v = 1; v <= StoreSchema.VERSION; v++) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(v);
      }
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void aFieldAddedToTheRecordsSinceTheFileWasWrittenBecomesAColumnOnOpen() throws Exception {
    try (Store store = open()) {
      store.ingest(Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1"))));
    }
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("ALTER TABLE events DROP COLUMN notes"); // as if "notes" were new
    }
    try (Store store = open()) {
      store.ingest(Docs.doc("b", "anderer Text", List.of(Docs.full("b", "b-1"))));
      assertThat(store.events("a").get(0).get("notes")).isEqualTo(Docs.full("a", "a-1").notes());
    }
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT doc_id, notes FROM events ORDER BY doc_id")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(2)).isNull();
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(2)).startsWith("[\"date from");
    }
  }

  @Test
  void aStoreWrittenByANewerSitrepIsRefused() throws Exception {
    try (Store store = open()) {
      store.counts();
    }
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO schema_version VALUES (99, 'future', now())");
    }
    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aDuckDbFileThatIsNotAStoreIsRefused() throws Exception {
    Path other = dir.resolve("other.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + other);
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE events (x INTEGER)");
    }
    assertThatThrownBy(() -> DuckDbStore.open(other))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a sitrep store");
  }
}
