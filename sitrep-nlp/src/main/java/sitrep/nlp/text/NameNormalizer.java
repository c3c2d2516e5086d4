package sitrep.nlp.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sitrep.model.resource.Tsv;

/**
 * The one normalizer for names and words across lexicons and the gazetteer. A key is the folded
 * form of a word: lower case, diacritics removed, ß as ss, apostrophes and ayn/hamza signs dropped,
 * doubled letters collapsed (Assad = Asad, Ezzor = Ezor), and transliteration variants from
 * {@code sitrep/nlp/transliteration.tsv} mapped to one spelling ('Umar = Omar, Dayr = Deir).
 *
 * <p>Immutable and thread-safe; load once with {@link #standard()}.
 */
public final class NameNormalizer {
  private static final String RESOURCE = "sitrep/nlp/transliteration.tsv";
  private static volatile NameNormalizer standard;

  private final Map<String, String> variants;

  private NameNormalizer(Map<String, String> variants) {
    this.variants = Map.copyOf(variants);
  }

  /** The normalizer with the bundled transliteration table. */
  public static NameNormalizer standard() {
    NameNormalizer n = standard;
    if (n == null) {
      synchronized (NameNormalizer.class) {
        n = standard;
        if (n == null) {
          n = load();
          standard = n;
        }
      }
    }
    return n;
  }

  private static NameNormalizer load() {
    Map<String, String> map = new HashMap<>();
    for (Tsv.Row row : Tsv.read(RESOURCE)) {
      String variant = collapse(fold(row.get(0)));
      String canonical = collapse(fold(row.get(1)));
      if (variant.isEmpty() || variant.contains(" ")) {
        throw row.error("a variant must be one word: '" + row.get(0) + "'");
      }
      String before = map.put(variant, canonical);
      if (before != null && !before.equals(canonical)) {
        throw row.error("variant '" + row.get(0) + "' is mapped twice");
      }
    }
    return new NameNormalizer(map);
  }

  /** Lower case, no diacritics, ß as ss, apostrophe-like signs removed. */
  public static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c > 0x7f || c == '\'' || c == '`') {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return lower;
    }
    String d = Normalizer.normalize(lower.replace("ß", "ss"), Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Apostrophes, quotes used as ayn/hamza, and modifier letters used in transliteration. */
  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´' || c == 'ʿ' || c == 'ʾ'
        || c == 'ʼ' || c == 'ʻ' || c == '′';
  }

  static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != prev || !Character.isLetter(c)) {
        sb.append(c);
      }
      prev = c;
    }
    return sb.toString();
  }

  /** The key of one word. */
  public String key(String word) {
    String k = collapse(fold(word));
    if (k.indexOf('.') >= 0) {
      k = k.replace(".", "");
    }
    return variants.getOrDefault(k, k);
  }

  /** The keys of the words of a phrase, split at anything that is not a letter or digit. */
  public List<String> keys(String phrase) {
    List<String> out = new ArrayList<>();
    for (Piece p : Piece.split(phrase)) {
      out.add(key(p.text()));
    }
    return out;
  }

  /** The key of a whole phrase: its word keys joined by single spaces. */
  public String phraseKey(String phrase) {
    return String.join(" ", keys(phrase));
  }
}
