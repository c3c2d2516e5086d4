package sitrep.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a document came from: the file (or {@code -} for stdin) and, for container formats, the
 * record index (JSONL line, WARC record, RSS item; 1-based) so that warnings can point at it.
 */
public record SourceRef(String path, @Nullable Integer record) {
  public static SourceRef file(String path) {
    return new SourceRef(path, null);
  }

  public static SourceRef record(String path, int record) {
    return new SourceRef(path, record);
  }

  /** {@code path} or {@code path:record}, the form used in warnings. */
  @Override
  public String toString() {
    return record == null ? path : path + ":" + record;
  }
}
