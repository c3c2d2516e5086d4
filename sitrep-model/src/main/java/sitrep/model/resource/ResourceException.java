package sitrep.model.resource;

/**
 * A data file is missing or malformed. The message names the file and line so the fix is obvious;
 * this is a start-up error, never a per-document one.
 */
public final class ResourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ResourceException(String message) {
    super(message);
  }

  public ResourceException(String message, Throwable cause) {
    super(message, cause);
  }

  public static ResourceException at(String file, int line, String message) {
    return new ResourceException(file + ":" + line + ": " + message);
  }
}
