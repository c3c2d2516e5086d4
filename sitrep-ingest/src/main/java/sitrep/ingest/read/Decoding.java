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
 *       charset are often re-encoded on the way without the declaration being updated); so is
 *       UTF-8 with a few stray bytes, which are read as windows-1252 (see {@link #mostlyUtf8});
 *   <li>the declared charset (HTML {@code <meta charset>}, an HTTP {@code Content-Type}, an XML
 *       declaration) when it decodes the bytes without error into something that reads like
 *       writing (see {@link #implausibility});
 *   <li>otherwise ICU's {@link CharsetDetector}: its guesses and a few fixed ones are decoded, and
 *       the one that reads most like writing wins;
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
   * Guesses of the detector below this are ignored: on a sentence or two it gives every multi-byte
   * East Asian charset 10, and their decodings of single-byte text can look like Chinese.
   */
  static final int MIN_CONFIDENCE = 20;

  /**
   * Tried besides the detector's own candidates, for texts too short for it and for charsets it does
   * not know (KOI8-U). They are the legacy charsets of the languages sitrep reads, in the order
   * that breaks ties; the plausibility check decides among them.
   */
  private static final List<Charset> FALLBACKS = List.of(WINDOWS_1252,
      Charset.forName("windows-1254"), Charset.forName("windows-1256"),
      Charset.forName("windows-1251"), Charset.forName("KOI8-R"), Charset.forName("KOI8-U"));

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
    Decoded mostly = mostlyUtf8(bytes, off, len);
    if (mostly != null) {
      return mostly;
    }
    Charset hint = charset(declared);
    String problem = "not valid UTF-8";
    if (hint != null && !hint.equals(StandardCharsets.UTF_8)) {
      String text = strict(bytes, off, len, hint);
      if (text != null && implausibility(sample(text)) <= IMPLAUSIBLE) {
        return new Decoded(text, hint, Optional.empty());
      }
      problem = "neither UTF-8 nor " + hint.name() + " as declared";
    } else if (hint != null) {
      problem = "not valid UTF-8 though declared so";
    }
    // every candidate is tried and the one reading most like writing wins; ties go to the
    // detector's order. The first acceptable one is not enough: windows-1256 turns any high-bit
    // bytes into Arabic letters and would take Cyrillic texts whose right charset comes later.
    Charset guessed = null;
    String how = "";
    double best = Double.MAX_VALUE;
    List<Candidate> candidates = candidates(bytes, off, len);
    for (Candidate c : candidates) {
      String text = strict(bytes, off, Math.min(len, SAMPLE_BYTES), c.charset());
      // a sample cut inside a multi-byte character fails at its end; decode a little less then
      if (text == null && len > SAMPLE_BYTES) {
        text = strict(bytes, off, SAMPLE_BYTES - 4, c.charset());
      }
      double score = text == null ? Double.MAX_VALUE : implausibility(text);
      if (score <= IMPLAUSIBLE && score < best) {
        best = score;
        guessed = c.charset();
        how = c.confidence() > 0 ? "detected, confidence " + c.confidence() + "%" : "guessed";
      }
    }
    if (guessed == null && candidates.get(0).confidence() > 0) {
      // nothing reads like writing (an all-capitals text, a table of symbols): trust the detector
      guessed = candidates.get(0).charset();
      how = "detected, confidence " + candidates.get(0).confidence() + "%, though the text looks odd";
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

  /**
   * UTF-8 with a few stray bytes (a windows-1252 dash pasted into a UTF-8 file; files joined from
   * several sources): the stray bytes are read as windows-1252 and everything else as UTF-8, rather
   * than the whole text turned to mojibake. Taken to be so when the valid multi-byte sequences are
   * at least {@value #MOSTLY} times as many as the bytes that are not UTF-8; legacy text has next
   * to no valid multi-byte sequences by chance. Null otherwise.
   */
  private static @Nullable Decoded mostlyUtf8(byte[] b, int off, int len) {
    int valid = 0;
    int invalid = 0;
    int end = off + len;
    for (int i = off; i < end; ) {
      int n = utf8Sequence(b, i, end);
      if (n > 1) {
        valid++;
      } else if (n == 0) {
        invalid++;
      }
      i += Math.max(1, n);
    }
    if (valid < MOSTLY * invalid) {
      return null;
    }
    StringBuilder sb = new StringBuilder(len);
    int start = off;
    for (int i = off; i < end; ) {
      int n = utf8Sequence(b, i, end);
      if (n == 0) {
        sb.append(new String(b, start, i - start, StandardCharsets.UTF_8));
        sb.append(new String(b, i, 1, WINDOWS_1252));
        start = i + 1;
      }
      i += Math.max(1, n);
    }
    sb.append(new String(b, start, end - start, StandardCharsets.UTF_8));
    return new Decoded(sb.toString(), StandardCharsets.UTF_8, Optional.of("mostly UTF-8, but "
        + invalid + " byte" + (invalid == 1 ? " is" : "s are") + " not; read "
        + (invalid == 1 ? "it" : "them") + " as windows-1252"));
  }

  /** See {@link #mostlyUtf8}. */
  static final int MOSTLY = 4;

  /**
   * The length of the well-formed UTF-8 sequence at {@code i} (1 for ASCII), or 0 when the byte
   * there does not start one.
   */
  private static int utf8Sequence(byte[] b, int i, int end) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    int n;
    int min2;
    int max2;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
      min2 = 0x80;
      max2 = 0xBF;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      min2 = c == 0xE0 ? 0xA0 : 0x80;
      max2 = c == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      min2 = c == 0xF0 ? 0x90 : 0x80;
      max2 = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + n > end) {
      return 0;
    }
    int second = b[i + 1] & 0xFF;
    if (second < min2 || second > max2) {
      return 0;
    }
    for (int k = 2; k < n; k++) {
      int cont = b[i + k] & 0xFF;
      if (cont < 0x80 || cont > 0xBF) {
        return 0;
      }
    }
    return n;
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
      if (name.startsWith("UTF-") || name.startsWith("UTF_") || m.getConfidence() < MIN_CONFIDENCE) {
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
   * letters that are malformed, plus characters no text is made of (see {@link #junk}) and symbols
   * inside words. Bytes read in the wrong single-byte charset
   * give exactly such words: Cyrillic read as windows-1252 gives words made only of accented
   * letters ({@code Ïîëèöèÿ}), KOI8-R read as windows-1251 gives case flipping inside words
   * ({@code пОЛИЦИЯ}), windows-1252 read as windows-1251 mixes scripts in a word ({@code Stьtzpunkt}).
   * Malformed are words that mix scripts, that switch from lower to upper case, Latin words of
   * three or more letters most of which are non-ASCII, and Latin words with þ or ð (Turkish ş and ğ
   * read as Latin-1); a text whose longer words are nearly all capitals is taken for lower case read
   * with the cases swapped.
   */
  static double implausibility(CharSequence text) {
    int words = 0;
    int bad = 0;
    int cased = 0;
    int shouting = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (junk(cp)) {
        bad += JUNK_WEIGHT;
        words++;
        i += Character.charCount(cp);
        continue;
      }
      if (!wordChar(cp)) {
        if (symbolInsideWord(text, i, cp)) {
          bad += JUNK_WEIGHT;
          words++;
        }
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && wordChar(Character.codePointAt(text, i))) {
        i += Character.charCount(Character.codePointAt(text, i));
      }
      Shape shape = shape(text, start, i);
      if (shape != Shape.ASCII) {
        words++;
        if (shape == Shape.MALFORMED) {
          bad++;
        } else if (shape == Shape.CAPITALS || shape == Shape.CASED) {
          cased++;
          if (shape == Shape.CAPITALS) {
            shouting++;
          }
        }
      }
    }
    if (cased >= 5 && shouting * 10 > cased * 7) {
      return 1; // lower case read in a charset that has the cases swapped (KOI8-R as windows-1251)
    }
    return words == 0 ? 0 : Math.min(1, (double) bad / words);
  }

  /**
   * A character no text is made of counts as this many malformed words: one is already a strong
   * sign (KOI8-U's і read as KOI8-R is a box-drawing character inside a word).
   */
  private static final int JUNK_WEIGHT = 5;

  /** What a word says about the charset. */
  private enum Shape {
    /** ASCII only: nothing. */
    ASCII,
    /** Mixed scripts, case flipping to upper inside, or Latin made mostly of accented letters. */
    MALFORMED,
    /** Four or more letters of a cased script, all capitals. */
    CAPITALS,
    /** Four or more letters of a cased script, not all capitals. */
    CASED,
    /** Anything else with non-ASCII letters: fine. */
    FINE
  }

  /**
   * Characters no news text is made of: control characters, U+FFFD, private use, unassigned, and
   * box drawing (what the upper half of KOI8-R and the DOS code pages is mostly made of).
   */
  private static boolean junk(int cp) {
    if ((cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t' && cp != '\f')
        || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFD || (cp >= 0x2500 && cp <= 0x259F)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.PRIVATE_USE || type == Character.UNASSIGNED
        || type == Character.SURROGATE;
  }

  /**
   * A non-ASCII symbol with a letter on each side ({@code ل×ؤ¦§}): a letter of one charset that is a
   * symbol in another (KOI8-U's і and ї are ¦ and § in windows-1256).
   */
  private static boolean symbolInsideWord(CharSequence text, int i, int cp) {
    if (cp < 0x80) {
      return false;
    }
    int type = Character.getType(cp);
    if (type != Character.MATH_SYMBOL && type != Character.CURRENCY_SYMBOL
        && type != Character.OTHER_SYMBOL && type != Character.MODIFIER_SYMBOL
        && cp != 0xA7 && cp != 0xB6) { // § and ¶ are punctuation to Unicode
      return false;
    }
    int next = i + Character.charCount(cp);
    return i > 0 && next < text.length()
        && Character.isLetter(Character.codePointBefore(text, i))
        && Character.isLetter(Character.codePointAt(text, next));
  }

  private static boolean wordChar(int cp) {
    return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
        || cp == 0x200C || cp == 0x200D; // joiners inside Persian words
  }

  private static Shape shape(CharSequence text, int start, int end) {
    Character.UnicodeScript script = null;
    boolean mixed = false;
    boolean caseFlip = false;
    boolean lower = false;
    boolean allUpper = true;
    boolean anyCase = false;
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
      anyCase |= lower || Character.isUpperCase(cp);
      allUpper &= !lower;
    }
    if (nonAscii == 0) {
      return Shape.ASCII;
    }
    boolean accentSoup = script == Character.UnicodeScript.LATIN && letters >= 3
        && nonAscii * 2 > letters;
    // þ and ð are Icelandic; anywhere else they are Turkish ş and ğ read as Latin-1
    boolean icelandic = script == Character.UnicodeScript.LATIN && letters > 1
        && text.subSequence(start, end).chars().anyMatch(c -> "þðÞÐ".indexOf(c) >= 0);
    if (mixed || caseFlip || accentSoup || icelandic) {
      return Shape.MALFORMED;
    }
    if (anyCase && letters >= 4) {
      return allUpper ? Shape.CAPITALS : Shape.CASED;
    }
    return Shape.FINE;
  }
}
