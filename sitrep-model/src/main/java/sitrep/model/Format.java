package sitrep.model;

/** The shape of a document's raw content, which decides how it is cleaned. */
public enum Format {
  /** Plain text, possibly carrying web junk lines. */
  TEXT,
  /** An HTML page. */
  HTML
}
