package sitrep.ingest.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

/**
 * A record iterator that reads ahead in steps: each {@link #advance()} reads a little of the input
 * and queues the results it found (none, one, or a document plus warnings), until the input is
 * {@link #finished}. Shared by the readers of container formats (JSONL, feeds, web archives).
 */
abstract class QueuedRecords implements RecordIterator {
  /** Results read but not yet handed out. */
  protected final Deque<ReadResult> ready = new ArrayDeque<>();
  /** Set when the input has nothing more to give. */
  protected boolean finished;

  /** Reads the next step of the input, queueing what it yields or setting {@link #finished}. */
  protected abstract void advance();

  @Override
  public final boolean hasNext() {
    while (ready.isEmpty() && !finished) {
      advance();
    }
    return !ready.isEmpty();
  }

  @Override
  public final ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }
}
