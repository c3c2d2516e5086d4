package sitrep.ingest.read;

import sitrep.model.Document;
import sitrep.model.SourceRef;
import sitrep.model.Warning;

/** What reading one input yields: a document, or the reason an input could not become one. */
public sealed interface ReadResult permits ReadResult.Loaded, ReadResult.Rejected {

  /** A document read from the input; problems that did not prevent reading are its warnings. */
  record Loaded(Document document) implements ReadResult {}

  /**
   * An input (file, JSONL line, directory entry) that yielded no document.
   *
   * @param where the file, and the line or record when there is one
   * @param code short stable identifier: {@code missing}, {@code unreadable}, {@code empty}, {@code
   *     binary}, {@code unsupported}, {@code json}, {@code no-text}, {@code gzip}, {@code too-long},
   *     {@code no-match}, {@code warc} (a malformed WARC record), {@code skipped} (the one line
   *     per WARC file that counts the records holding no page), {@code error}
   * @param reason one line a user can act on
   */
  record Rejected(SourceRef where, String code, String reason) implements ReadResult {
    /** The same, as a model warning (for stores that record rejected inputs). */
    public Warning warning() {
      return new Warning(where, code, reason);
    }

    @Override
    public String toString() {
      return where + ": " + code + ": " + reason;
    }
  }
}
