package sitrep.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sitrep.model.Fingerprint;

/**
 * Duplicate index for one batch: exact hashes in a map, near duplicates through the band keys of
 * the MinHash signatures, so a new text is compared only with texts that share a band. About a
 * kilobyte per document. Thread-safe.
 */
public final class InMemoryDuplicateIndex implements DuplicateIndex {
  private final double threshold;
  private final Map<String, String> byExact = new HashMap<>();
  private final Map<Long, List<String>> byBand = new HashMap<>();
  private final Map<String, Fingerprint> fingerprints = new HashMap<>();

  public InMemoryDuplicateIndex() {
    this(DEFAULT_THRESHOLD);
  }

  public InMemoryDuplicateIndex(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public synchronized Optional<Copy> find(String docId, Fingerprint fp) {
    String exact = byExact.get(fp.exact());
    if (exact != null && !exact.equals(docId)) {
      return Optional.of(new Copy(exact, 1.0));
    }
    if (!fp.comparable()) {
      return Optional.empty();
    }
    Set<String> candidates = new LinkedHashSet<>();
    long[] keys = fp.bandKeys();
    for (int b = 0; b < keys.length; b++) {
      List<String> ids = byBand.get(bandKey(b, keys[b]));
      if (ids != null) {
        candidates.addAll(ids);
      }
    }
    Copy best = null;
    for (String id : candidates) {
      if (id.equals(docId)) {
        continue;
      }
      double sim = fp.similarity(fingerprints.get(id));
      if (sim >= threshold && (best == null || sim > best.similarity())) {
        best = new Copy(id, sim);
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public synchronized void add(String docId, Fingerprint fp) {
    byExact.putIfAbsent(fp.exact(), docId);
    if (fingerprints.put(docId, fp) == null && fp.comparable()) {
      long[] keys = fp.bandKeys();
      for (int b = 0; b < keys.length; b++) {
        byBand.computeIfAbsent(bandKey(b, keys[b]), k -> new ArrayList<>(1)).add(docId);
      }
    }
  }

  private static long bandKey(int band, long key) {
    return key * 31 + band;
  }
}
