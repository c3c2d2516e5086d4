package sitrep.ingest.meta;

import sitrep.model.Metadata;

/**
 * Metadata of a plain-text document: the publication date from a dateline, and a title when the
 * text opens with a headline (a short first line without closing punctuation, followed by a blank
 * line).
 */
public final class TextMetadata {
  private TextMetadata() {}

  private static final int MAX_TITLE = 200;

  /** {@code given} with its gaps filled from the text; values already present are kept. */
  public static Metadata fill(Metadata given, String text) {
    Metadata m = given;
    if (m.published() == null) {
      m = m.withPublished(Dateline.find(text));
    }
    if (m.title() == null) {
      m = m.withTitle(headline(text));
    }
    return m;
  }

  static @org.jspecify.annotations.Nullable String headline(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int nl = text.indexOf('\n', start);
    if (nl < 0 || nl - start > MAX_TITLE + 1) {
      return null;
    }
    String line = text.substring(start, nl).strip();
    if (line.length() < 8 || ".!?:;,".indexOf(line.charAt(line.length() - 1)) >= 0) {
      return null;
    }
    int next = nl + 1;
    int eol = text.indexOf('\n', next);
    String following = eol < 0 ? text.substring(next) : text.substring(next, eol);
    return following.isBlank() && eol >= 0 ? line : null;
  }
}
