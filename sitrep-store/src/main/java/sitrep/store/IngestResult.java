package sitrep.store;

import java.util.Locale;

/**
 * What {@link Store#ingest} did with one document.
 *
 * @param events event claims the document carries (stored, or already stored when unchanged)
 * @param posture posture records the document carries
 * @param warnings warnings the document carries
 */
public record IngestResult(String docId, Outcome outcome, int events, int posture, int warnings) {

  /** Whether the document was new, replaced an older version, or was already stored as it is. */
  public enum Outcome {
    ADDED, UPDATED, UNCHANGED;

    /** {@code added}, {@code updated}, {@code unchanged}: the word the CLI prints. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
