package sitrep.app.http;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import org.jspecify.annotations.Nullable;

/**
 * JSON string escapes for {@code < > & '}: article text often holds markup, and written as
 * {@code \u003c} it stays inert even where a response is mistaken for HTML. JSON readers get the
 * same characters back.
 */
final class HtmlSafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private final int[] escapes;

  HtmlSafeEscapes() {
    escapes = standardAsciiEscapesForJSON();
    for (char c : new char[] {'<', '>', '&', '\''}) {
      escapes[c] = ESCAPE_STANDARD;
    }
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return escapes;
  }

  @Override
  public @Nullable SerializableString getEscapeSequence(int ch) {
    return null; // only standard escapes are used
  }
}
