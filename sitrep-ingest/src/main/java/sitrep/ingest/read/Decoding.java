package sitrep.ingest.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Bytes to text, for every reader: the one place that decides which charset an input is in.
 *
 * <p>In this order:
 *
 * <ol>
 *   <li>a byte order mark wins: UTF-8 (the mark is dropped), UTF-16 BE or LE;
 *   <li>bytes that are valid UTF-8 are UTF-8, whatever was declared (pages declaring a legacy
 *       charset are often re-encoded on the way without the declaration being updated);
 *   <li>the declared charset (HTML {@code <meta charset>}, an HTTP {@code Content-Type}, an XML
 *       declaration) when it decodes the bytes cleanly;
 *   <li>otherwise ICU's {@link CharsetDetector}, whose guesses are checked by decoding: the first
 *       one whose text looks like writing wins (see {@link #implausibility});
 *   <li>failing all that, windows-1252.
 * </ol>
 *
 * <p>Whenever the result is not what the input said or implied (UTF-8), {@link Decoded#warning()}
 * says which charset was used, for an {@code encoding} warning on the document.
 *
 * <p>Stateless and thread-safe.
 */
public final class Decoding {
  private Decoding() {}

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The detector reads at most this much; enough for a confident guess, and fast on big files. */
  static final int SAMPLE_BYTES = 64 * 1024;

  /**
   * A decoded text with its share of badly formed words above this is taken for the wrong charset.
   * Real text in the right charset scores 0 to 0.1 (a stray symbol, an odd transliteration);
   * a wrong single-byte charset scores 0.5 and more.
   */
  static final double IMPLAUSIBLE = 0.25;

  /**
   * Tried after the detector's own candidates, in this order, for texts too short for it. They are
   * the legacy charsets of the languages sitrep reads; each decodes every byte, so the plausibility
   * check decides.
   */
  private static final List<Charset> FALLBACKS = List.of(WINDOWS_1252,
      Charset.forName("windows-1256"), Charset.forName("windows-1251"), Charset.forName("KOI8-R"));

  /**
   * The text and the charset it was decoded with.
   *
   * @param warning why and how the bytes were decoded when it was not UTF-8 or a byte order mark's
   *     charset or a declared charset that fit; empty otherwise
   */
  public record Decoded(String text, Charset charset, Optional<String> warning) {}

  /** {@link #decode(byte[], int, int, String)} on a whole array. */
  public static Decoded decode(byte[] bytes, @Nullable String declared) {
    return decode(bytes, 0, bytes.length, declared);
  }

  /**
   * Decodes {@code length} bytes from {@code offset}. Never throws for bad input: bytes that fit no
   * charset come out as U+FFFD, with a warning.
   *
   * @param declared the charset the input names for itself ({@code <meta charset>}, HTTP {@code
   *     Content-Type}, XML declaration), or null; unknown names are ignored
   */
  public static Decoded decode(byte[] bytes, int offset, int length, @Nullable String declared) {
    int off = offset;
    int len = length;
    if (len >= 3 && bytes[off] == (byte) 0xEF && bytes[off + 1] == (byte) 0xBB
        && bytes[off + 2] == (byte) 0xBF) {
      return lenient(bytes, off + 3, len - 3, StandardCharsets.UTF_8, "UTF-8 byte order mark");
    }
    if (len >= 2 && bytes[off] == (byte) 0xFE && bytes[off + 1] == (byte) 0xFF) {
      return lenient(bytes, off + 2, len - 2, StandardCharsets.UTF_16BE, "UTF-16BE byte order mark");
    }
    if (len >= 2 && bytes[off] == (byte) 0xFF && bytes[off + 1] == (byte) 0xFE) {
      return lenient(bytes, off + 2, len - 2, StandardCharsets.UTF_16LE, "UTF-16LE byte order mark");
    }
    String utf8 = strict(bytes, off, len, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, Optional.empty());
    }
    Charset hint = charset(declared);
    String problem = "not valid UTF-8";
    if (hint != null && !hint.equals(StandardCharsets.UTF_8)) {
      String text = strict(bytes, off, len, hint);
      if (text != null && implausibility(sample(text)) <= IMPLAUSIBLE) {
        return new Decoded(text, hint, Optional.empty());
      }
      problem = "neither valid UTF-8 nor " + hint.name() + " as declared";
    } else if (hint != null) {
      problem = "not valid UTF-8 though declared so";
    }
    Charset guessed = null;
    String how = "";
    for (Candidate c : candidates(bytes, off, len)) {
      String text = strict(bytes, off, Math.min(len, SAMPLE_BYTES), c.charset());
      // a sample cut inside a multi-byte character fails at its end; decode a little less then
      if (text == null && len > SAMPLE_BYTES) {
        text = strict(bytes, off, SAMPLE_BYTES - 4, c.charset());
      }
      if (text != null && implausibility(text) <= IMPLAUSIBLE) {
        guessed = c.charset();
        how = c.confidence() > 0 ? "detected, confidence " + c.confidence() + "%" : "guessed";
        break;
      }
    }
    if (guessed == null) {
      Decoded d = lenient(bytes, off, len, WINDOWS_1252, null);
      return new Decoded(d.text(), WINDOWS_1252, Optional.of(problem
          + "; charset not recognised, decoded as windows-1252" + d.warning().orElse("")));
    }
    Decoded d = lenient(bytes, off, len, guessed, null);
    return new Decoded(d.text(), guessed, Optional.of(problem + "; decoded as " + guessed.name()
        + " (" + how + ")" + d.warning().orElse("")));
  }

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{2,40})",
          Pattern.CASE_INSENSITIVE);

  /**
   * The charset name an HTML page declares in a {@code <meta>} tag in its first 4 KB, or null. Pass
   * it to {@link #decode} as the declared charset.
   */
  public static @Nullable String htmlCharset(byte[] bytes, int length) {
    String head = new String(bytes, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The Java charset for a declared name, or null when Java does not know it. As browsers do, a
   * declared ISO-8859-1 or ASCII is read as windows-1252, its superset: pages that say latin-1
   * routinely hold windows-1252 quotes and dashes.
   */
  static @Nullable Charset charset(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    Charset cs = javaCharset(name.strip().toLowerCase(Locale.ROOT));
    return cs != null && (cs.equals(StandardCharsets.ISO_8859_1)
        || cs.equals(StandardCharsets.US_ASCII)) ? WINDOWS_1252 : cs;
  }

  private static @Nullable Charset javaCharset(String name) {
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A charset to try, with the detector's confidence (0 for the fixed fallbacks). */
  private record Candidate(Charset charset, int confidence) {}

  /** The detector's guesses, best first, then the fallbacks it did not name. */
  private static List<Candidate> candidates(byte[] b, int off, int len) {
    byte[] sample = new byte[Math.min(len, SAMPLE_BYTES)];
    System.arraycopy(b, off, sample, 0, sample.length);
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(true); // ignores markup when there is enough of it
    detector.setText(sample);
    List<Candidate> out = new ArrayList<>();
    Set<Charset> seen = new LinkedHashSet<>();
    CharsetMatch[] matches = detector.detectAll();
    List<CharsetMatch> sorted = new ArrayList<>(List.of(matches));
    // equal confidence: prefer the charsets sitrep expects (windows-1252 before windows-1250)
    sorted.sort((x, y) -> x.getConfidence() != y.getConfidence()
        ? Integer.compare(y.getConfidence(), x.getConfidence())
        : Integer.compare(preference(x.getName()), preference(y.getName())));
    for (CharsetMatch m : sorted) {
      String name = m.getName().toUpperCase(Locale.ROOT);
      if (name.startsWith("UTF-") || name.startsWith("UTF_")) {
        continue; // UTF-16 and UTF-32 without a byte order mark are rejected as binary before this
      }
      // the detector's names are meant literally: ISO-8859-1 when there are no windows-1252 bytes
      Charset cs = javaCharset(m.getName());
      if (cs != null && seen.add(cs)) {
        out.add(new Candidate(cs, m.getConfidence()));
      }
    }
    for (Charset cs : FALLBACKS) {
      if (seen.add(cs)) {
        out.add(new Candidate(cs, 0));
      }
    }
    return out;
  }

  private static int preference(String name) {
    for (int i = 0; i < FALLBACKS.size(); i++) {
      if (FALLBACKS.get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return FALLBACKS.size();
  }

  /** The bytes decoded, or null when they are not valid in the charset. */
  private static @Nullable String strict(byte[] b, int off, int len, Charset cs) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, off, len))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Decodes with U+FFFD for what does not fit; the warning counts the replacements, if any (with
   * {@code why} it is a sentence of its own, without it a clause to append).
   */
  private static Decoded lenient(byte[] b, int off, int len, Charset cs, @Nullable String why) {
    CharBuffer out;
    try {
      out = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(b, off, len));
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder reported an error", e);
    }
    String text = out.toString();
    int bad = 0;
    // U+FFFD that was in the input as such is counted too; it is as unreadable
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\uFFFD') {
        bad++;
      }
    }
    if (bad == 0) {
      return new Decoded(text, cs, Optional.empty());
    }
    String count = bad + " byte sequence" + (bad == 1 ? "" : "s") + " not valid in " + cs.name()
        + " replaced by U+FFFD";
    return new Decoded(text, cs, Optional.of(why != null ? why + "; " + count : "; " + count));
  }

  private static String sample(String text) {
    return text.length() <= SAMPLE_BYTES ? text : text.substring(0, SAMPLE_BYTES);
  }

  /**
   * How unlike writing a decoded text is, from 0 (fine) to 1: the share of its words with non-ASCII
   * letters that are malformed, plus control characters. Bytes read in the wrong single-byte charset
   * give exactly such words: Cyrillic read as windows-1252 gives words made only of accented
   * letters ({@code Ïîëèöèÿ}), KOI8-R read as windows-1251 gives case flipping inside words
   * ({@code пОЛИЦИЯ}), windows-1252 read as windows-1251 mixes scripts in a word ({@code Stьtzpunkt}).
   * Malformed are words that mix scripts, that switch from lower to upper case, or Latin words of
   * three or more letters most of which are non-ASCII.
   */
  static double implausibility(CharSequence text) {
    int words = 0;
    int bad = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if ((cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t' && cp != '\f')
          || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFD) {
        bad++;
        words++;
        i += Character.charCount(cp);
        continue;
      }
      if (!wordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && wordChar(Character.codePointAt(text, i))) {
        i += Character.charCount(Character.codePointAt(text, i));
      }
      Boolean malformed = malformed(text, start, i);
      if (malformed != null) {
        words++;
        if (malformed) {
          bad++;
        }
      }
    }
    return words == 0 ? 0 : (double) bad / words;
  }

  private static boolean wordChar(int cp) {
    return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
        || cp == 0x200C || cp == 0x200D; // joiners inside Persian words
  }

  /** Null for an all-ASCII word (it says nothing about the charset), else whether it is malformed. */
  private static @Nullable Boolean malformed(CharSequence text, int start, int end) {
    Character.UnicodeScript script = null;
    boolean mixed = false;
    boolean caseFlip = false;
    boolean lower = false;
    int letters = 0;
    int nonAscii = 0;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp >= 0x80) {
        nonAscii++;
      }
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) {
        if (script == null) {
          script = s;
        } else if (s != script) {
          mixed = true;
        }
      }
      if (Character.isUpperCase(cp) && lower) {
        caseFlip = true;
      }
      lower = Character.isLowerCase(cp);
    }
    if (nonAscii == 0) {
      return null;
    }
    boolean accentSoup = script == Character.UnicodeScript.LATIN && letters >= 3
        && nonAscii * 2 > letters;
    return mixed || caseFlip || accentSoup;
  }
}
