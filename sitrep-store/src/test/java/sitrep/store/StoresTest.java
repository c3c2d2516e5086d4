package sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoresTest {
  @TempDir Path dir;

  @Test
  void aFilePathOpensDuckDbAndCreatesParentDirectories() {
    Path file = dir.resolve("a/b/sitrep.duckdb");
    try (Store store = Stores.open(file.toString())) {
      assertThat(store).isInstanceOf(DuckDbStore.class);
      assertThat(store.location()).isEqualTo(file.toString());
      store.ingest(Docs.doc("a", Docs.TEXT, List.of()));
    }
    assertThat(file).isRegularFile();
  }

  @Test
  void aDuckDbUrlOpensDuckDb() {
    Path file = dir.resolve("c/sitrep.duckdb");
    String url = "jdbc:duckdb:" + file;
    try (Store store = Stores.open(url)) {
      assertThat(store.location()).isEqualTo(url);
      store.ingest(Docs.doc("a", Docs.TEXT, List.of()));
    }
    try (Store store = Stores.open(file.toString())) {
      assertThat(store.counts().documents()).isEqualTo(1);
    }
  }

  @Test
  void aBareDuckDbUrlIsAStoreInMemory() {
    try (Store store = Stores.open("jdbc:duckdb:")) {
      store.ingest(Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1"))));
      assertThat(store.counts().events()).isEqualTo(1);
    }
  }

  @Test
  void anUnreachablePostgresqlServerFailsInOneLineWithoutThePassword() {
    // port 1 on the loopback: refused at once, no server needed
    assertThatThrownBy(() -> Stores.open("jdbc:postgresql://127.0.0.1:1/sitrep?user=u&password=s3cret"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot connect to PostgreSQL store jdbc:postgresql://127.0.0.1:1/sitrep: ")
        .hasMessageNotContaining("s3cret")
        .hasMessageNotContaining("user=")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> Stores.open("postgresql://u:s3cret@127.0.0.1:1/sitrep"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot connect to PostgreSQL store jdbc:postgresql://127.0.0.1:1/sitrep: ")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void otherUrlsAreUnsupportedInOneLine() {
    assertThatThrownBy(() -> Stores.open("jdbc:mysql://db/sitrep"))
        .isInstanceOf(StoreException.class)
        .hasMessage("unsupported database URL jdbc:mysql:…: --db takes a file path, a"
            + " jdbc:duckdb: URL or a jdbc:postgresql: URL");
  }

  @Test
  void aDirectoryIsNotAStoreFile() throws Exception {
    Path d = Files.createDirectories(dir.resolve("data"));
    assertThatThrownBy(() -> Stores.open(d.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is a directory")
        .hasMessageNotContaining("\n");
  }
}
