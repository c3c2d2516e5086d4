package sitrep.app.output;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.Tsv;

/**
 * ACLED's own vocabulary that sitrep's records do not carry: the country codes and regions, the
 * disorder type of each event type and the column layouts of ACLED's CSV exports. Loaded once from
 * data files beside this class.
 */
public final class AcledTables {
  /** A country's ISO 3166-1 numeric code, alpha-3 code and ACLED region. */
  public record Country(String alpha2, int numeric, String alpha3, String region) {}

  private static final String DIR = "sitrep/app/output/";
  private static final Map<String, Country> COUNTRIES = readCountries();
  private static final Map<String, String> DISORDER = disorderTypes();
  private static final Map<String, List<String>> LAYOUTS = layouts();

  private AcledTables() {}

  /** The country of an ISO 3166-1 alpha-2 code, or null when the code is unknown. */
  public static @Nullable Country country(@Nullable String alpha2) {
    return alpha2 == null ? null : COUNTRIES.get(alpha2.toUpperCase(Locale.ROOT));
  }

  /** Every country of the table. */
  public static java.util.Collection<Country> countries() {
    return COUNTRIES.values();
  }

  /** ACLED's disorder type of an event, or null for an event type ACLED does not know. */
  public static @Nullable String disorderType(@Nullable String eventType,
      @Nullable String subEventType) {
    String exact = DISORDER.get(eventType + "\t" + subEventType);
    return exact != null ? exact : DISORDER.get(eventType + "\t*");
  }

  /** The layout names, the default first. */
  public static List<String> layoutNames() {
    return List.copyOf(LAYOUTS.keySet());
  }

  /** The columns of an export layout, or null for an unknown name. */
  public static @Nullable List<String> layout(String name) {
    return LAYOUTS.get(name.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Country> readCountries() {
    Map<String, Country> m = new HashMap<>();
    for (Tsv.Row r : Tsv.read(DIR + "acled-countries.tsv")) {
      m.put(r.get(0), new Country(r.get(0), r.getInt(1), r.get(2), r.get(3)));
    }
    return Map.copyOf(m);
  }

  private static Map<String, String> disorderTypes() {
    Map<String, String> m = new HashMap<>();
    for (Tsv.Row r : Tsv.read(DIR + "acled-disorder-types.tsv")) {
      if (m.put(r.get(0) + "\t" + r.get(1), r.get(2)) != null) {
        throw r.error("the same event type twice");
      }
    }
    return Map.copyOf(m);
  }

  private static Map<String, List<String>> layouts() {
    Map<String, List<String>> m = new java.util.LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(DIR + "acled-layouts.tsv")) {
      m.put(r.get(0), List.of(r.get(1).split(",")));
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
