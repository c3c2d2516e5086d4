package sitrep.app;

import java.util.Optional;
import sitrep.ingest.dedup.DuplicateIndex;
import sitrep.model.Fingerprint;
import sitrep.store.Store;

/**
 * The store as a duplicate index: every ingested document's fingerprint is stored with it, so a
 * text is checked against everything ingested before, in this batch or earlier ones.
 */
final class StoreDuplicates implements DuplicateIndex {
  private final Store store;
  private final double threshold;

  StoreDuplicates(Store store, double threshold) {
    this.store = store;
    this.threshold = threshold;
  }

  @Override
  public Optional<Copy> find(String docId, Fingerprint fingerprint) {
    return store.findCopy(fingerprint, threshold)
        .filter(m -> !m.docId().equals(docId))
        .map(m -> new Copy(m.docId(), m.similarity()));
  }

  @Override
  public void add(String docId, Fingerprint fingerprint) {
    // ingest stores the fingerprint with the document
  }
}
