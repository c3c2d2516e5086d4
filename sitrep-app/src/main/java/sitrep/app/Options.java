package sitrep.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options shared by several commands. */
public final class Options {
  private Options() {}

  /** {@code --published} and {@code --debug}. */
  static final class Common {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
        description = "publication date for documents that carry none of their own")
    @Nullable String published;

    @Option(names = "--debug", description = "print stack traces of failures")
    boolean debug;

    @Nullable LocalDate published() {
      if (published == null) {
        return null;
      }
      try {
        return LocalDate.parse(published.trim());
      } catch (DateTimeParseException e) {
        throw new Main.UsageException("--published must be a date like 2021-07-08, not '"
            + published + "'");
      }
    }
  }

  /** {@code --quiet}. */
  static final class Quiet {
    @Option(names = "--quiet", description = "no progress reports on stderr (warnings still)")
    boolean quiet;
  }

  /** {@code --db}. */
  public static final class Db {
    @Option(names = "--db", paramLabel = "PATH|URL",
        description = "store: a DuckDB file (default ./data/sitrep.duckdb) or a jdbc:duckdb: URL")
    public @Nullable String db;
  }
}
