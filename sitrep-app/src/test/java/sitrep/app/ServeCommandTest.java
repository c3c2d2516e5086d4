package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep serve}'s usage errors: one line, exit code 1, before anything listens. */
class ServeCommandTest {
  @Test
  void aPortOutOfRangeIsAOneLineUsageError(@TempDir Path dir) {
    Cli r = Cli.run("serve", "--port", "70000", "--db", dir.resolve("s.duckdb").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).contains("--port").doesNotContain("\n");
  }

  @Test
  void aPortInUseIsAOneLineUsageError(@TempDir Path dir) throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      Cli r = Cli.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--db",
          dir.resolve("s.duckdb").toString());
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err().strip()).startsWith("sitrep: cannot listen on 127.0.0.1:")
          .doesNotContain("\n");
    }
  }

  @Test
  void anUnsupportedDatabaseIsAOneLineUsageError() {
    Cli r = Cli.run("serve", "--port", "0", "--db", "jdbc:mysql://localhost/x");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("sitrep: unsupported database URL").doesNotContain("\n");
  }
}
