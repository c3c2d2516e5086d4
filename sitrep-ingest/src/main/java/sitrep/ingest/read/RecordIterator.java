package sitrep.ingest.read;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The results of one opened input, produced lazily. Closing releases the input; {@code next()}
 * never throws for bad content (that is a {@link ReadResult.Rejected} or a document warning).
 */
public interface RecordIterator extends Iterator<ReadResult>, AutoCloseable {

  @Override
  void close();

  /** An iterator over exactly one result. */
  static RecordIterator of(ReadResult result) {
    return new RecordIterator() {
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public ReadResult next() {
        if (done) {
          throw new NoSuchElementException();
        }
        done = true;
        return result;
      }

      @Override
      public void close() {}
    };
  }
}
