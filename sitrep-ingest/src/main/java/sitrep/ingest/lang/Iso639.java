package sitrep.ingest.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.Tsv;

/**
 * Language codes and names to ISO 639-1: {@code de}, {@code de-DE}, {@code deu}, {@code ger},
 * {@code German}, {@code Deutsch} all give {@code de}. Languages without a two-letter code keep their
 * three-letter ISO 639-3 code (as BCP 47 does). Java's locale data does most of the work; {@code
 * iso639-3.tsv} adds what it lacks.
 */
public final class Iso639 {
  private Iso639() {}

  private static final String FILE = "sitrep/ingest/lang/iso639-3.tsv";
  private static final Set<String> TWO = Set.of(Locale.getISOLanguages());
  private static final Map<String, String> THREE = three();
  private static final Map<String, String> NAMES = names();

  private static Map<String, String> three() {
    Map<String, String> m = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        String three = Locale.forLanguageTag(two).getISO3Language();
        if (!three.isEmpty()) {
          m.put(three, two);
        }
      } catch (MissingResourceException e) {
        // no three-letter code known for it
      }
    }
    for (Tsv.Row row : Tsv.read(FILE)) {
      String three = row.get(0).trim().toLowerCase(Locale.ROOT);
      String two = row.get(1).trim().toLowerCase(Locale.ROOT);
      if (three.length() != 3 || two.length() != 2 || !TWO.contains(two)) {
        throw row.error("expected a three-letter code and a known two-letter code: '" + three
            + "' '" + two + "'");
      }
      m.put(three, two);
    }
    return Map.copyOf(m);
  }

  private static Map<String, String> names() {
    Map<String, String> m = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      Locale l = Locale.forLanguageTag(two);
      m.putIfAbsent(l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), two);
      String own = l.getDisplayLanguage(l).toLowerCase(l);
      if (!own.isEmpty() && !own.equals(two)) {
        m.putIfAbsent(own, two);
      }
    }
    return Map.copyOf(m);
  }

  /** The ISO 639-1 code (or ISO 639-3 when there is none), or null for unknown and {@code und}. */
  public static @Nullable String normalize(@Nullable String code) {
    if (code == null) {
      return null;
    }
    String c = code.strip().toLowerCase(Locale.ROOT);
    String primary = c.split("[-_]", 2)[0];
    if (primary.isEmpty() || primary.equals("und") || primary.equals("mul")
        || primary.equals("zxx")) {
      return null;
    }
    switch (primary.length()) {
      case 2 -> {
        return switch (primary) {
          case "iw" -> "he";
          case "in" -> "id";
          case "ji" -> "yi";
          default -> TWO.contains(primary) ? primary : null;
        };
      }
      case 3 -> {
        String two = THREE.get(primary);
        return two != null ? two : primary.matches("[a-z]{3}") ? primary : null;
      }
      default -> {
        return NAMES.get(c);
      }
    }
  }
}
