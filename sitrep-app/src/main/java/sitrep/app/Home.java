package sitrep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where sitrep lives: its checkout (for the bundled samples) and the shared data beside it
 * ({@code ../shared}: seeds, gold events, evaluation sets, read at run time, never copied).
 */
public final class Home {
  private Home() {}

  /** The checkout: {@code -Dsitrep.home} (set by the launcher), else found upwards from here. */
  public static Path root() {
    String prop = System.getProperty("sitrep.home");
    if (prop == null) {
      prop = System.getProperty("sitrep.root");
    }
    if (prop != null) {
      return Path.of(prop).toAbsolutePath().normalize();
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      if (Files.isDirectory(p.resolve("samples")) && Files.isRegularFile(p.resolve("sitrep"))) {
        return p;
      }
      p = p.getParent();
    }
    return Path.of("").toAbsolutePath();
  }

  /** The shared data directory: {@code -Dsitrep.shared}, else {@code <home>/../shared}. */
  public static Path shared() {
    String prop = System.getProperty("sitrep.shared");
    return prop != null ? Path.of(prop).toAbsolutePath().normalize()
        : root().resolve("../shared").toAbsolutePath().normalize();
  }

  public static Path samples() {
    return root().resolve("samples");
  }

  /** A path given by the user, or null for none. */
  public static @Nullable Path optional(@Nullable String p) {
    return p == null || p.isBlank() ? null : Path.of(p);
  }
}
