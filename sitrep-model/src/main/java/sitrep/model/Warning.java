package sitrep.model;

/**
 * A problem with one input document. Bad documents never stop a batch: they carry warnings, and a
 * document that could not be read at all is still recorded with the reason.
 *
 * @param where file and record the warning is about
 * @param code short stable identifier such as {@code empty}, {@code encoding}, {@code json}
 * @param message one line a user can act on
 */
public record Warning(SourceRef where, String code, String message) {
  @Override
  public String toString() {
    return where + ": " + code + ": " + message;
  }
}
