package sitrep.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import sitrep.events.learn.SubTypeModel;

/**
 * Models the user trained ({@code ./sitrep train}); none ships with sitrep, and everything works
 * without them. The sub-event classifier is looked for at {@code -Dsitrep.model} or
 * {@code SITREP_MODEL}, else {@link #DEFAULT_SUB_TYPE} under the checkout.
 */
public final class Models {
  /** Where {@code train} writes the sub-event classifier by default. */
  public static final String DEFAULT_SUB_TYPE = "data/models/acled-subtype.bin";

  private static volatile boolean loaded;
  private static volatile @Nullable SubTypeModel subType;

  private Models() {}

  /** The file the sub-event classifier is read from (whether or not it exists). */
  public static Path subTypePath() {
    String p = System.getProperty("sitrep.model");
    if (p == null || p.isBlank()) {
      p = System.getenv("SITREP_MODEL");
    }
    return p == null || p.isBlank() ? Home.root().resolve(DEFAULT_SUB_TYPE) : Path.of(p);
  }

  /**
   * The trained sub-event classifier, or null when there is none. A file that cannot be read
   * is reported once on stderr and ignored: analysis goes on with the rules alone.
   */
  public static synchronized @Nullable SubTypeModel subType() {
    if (!loaded) {
      loaded = true;
      Path file = subTypePath();
      if (Files.isRegularFile(file)) {
        try {
          subType = SubTypeModel.load(file);
          System.err.println("sitrep: using the sub-event classifier " + file);
        } catch (IOException | RuntimeException e) {
          System.err.println("sitrep: warning: cannot read the classifier " + file + " ("
              + e.getMessage() + "); using the rules alone");
        }
      }
    }
    return subType;
  }
}
