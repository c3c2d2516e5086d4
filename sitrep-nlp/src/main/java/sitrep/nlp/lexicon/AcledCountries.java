package sitrep.nlp.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.Tsv;

/**
 * Country names the way ACLED writes them in actor names: "Protesters (Philippines)" but
 * "Police Forces of the Philippines". Exceptions come from {@code sitrep/nlp/acled-countries.tsv};
 * other countries use Java's English name for their ISO code.
 */
public final class AcledCountries {
  private static final String RESOURCE = "sitrep/nlp/acled-countries.tsv";
  private static volatile Map<String, String[]> names;

  private AcledCountries() {}

  /** The plain name ("Philippines"), or null for an unknown code. */
  public static @Nullable String name(@Nullable String code) {
    String[] n = lookup(code);
    return n == null ? null : n[0];
  }

  /** The name after "of" ("the Philippines"), or null for an unknown code. */
  public static @Nullable String ofName(@Nullable String code) {
    String[] n = lookup(code);
    return n == null ? null : n[1];
  }

  private static String @Nullable [] lookup(@Nullable String code) {
    if (code == null || !code.matches("[A-Z]{2}")) {
      return null;
    }
    String[] n = table().get(code);
    if (n != null) {
      return n;
    }
    String java = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return java.isEmpty() || java.equals(code) ? null : new String[] {java, java};
  }

  private static Map<String, String[]> table() {
    Map<String, String[]> m = names;
    if (m == null) {
      synchronized (AcledCountries.class) {
        if (names == null) {
          Map<String, String[]> out = new HashMap<>();
          for (Tsv.Row r : Tsv.read(RESOURCE)) {
            String code = r.get(0).trim();
            if (!code.matches("[A-Z]{2}")) {
              throw r.error("not an ISO 3166-1 alpha-2 code: '" + code + "'");
            }
            out.put(code, new String[] {r.get(1).trim(), r.get(2).trim()});
          }
          names = Map.copyOf(out);
        }
        m = names;
      }
    }
    return m;
  }
}
