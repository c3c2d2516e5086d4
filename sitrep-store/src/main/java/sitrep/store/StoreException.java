package sitrep.store;

/**
 * A store could not be opened, read or written. The message is one line a user can act on; the
 * database's own error, when there is one, is the cause.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
