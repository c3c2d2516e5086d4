package sitrep.ingest.dedup;

import java.util.Optional;
import sitrep.model.Fingerprint;

/**
 * Remembers the texts seen so far and tells whether a new one repeats one of them, exactly or
 * nearly (see {@link Fingerprint}). Implementations: {@link InMemoryDuplicateIndex} for one batch,
 * the store for everything ingested before.
 */
public interface DuplicateIndex {
  /** Estimated shingle similarity from which a text counts as a copy. */
  double DEFAULT_THRESHOLD = 0.8;

  /** An earlier document that a text repeats. */
  record Copy(String originalId, double similarity) {
    public boolean exact() {
      return similarity >= 1.0;
    }
  }

  /** The earlier document (not {@code docId} itself) this text repeats, if any. */
  Optional<Copy> find(String docId, Fingerprint fingerprint);

  /** Remembers an analyzed document. */
  void add(String docId, Fingerprint fingerprint);
}
