package sitrep.geo.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.ResourceException;
import sitrep.model.resource.Tsv;

/**
 * The gazetteer that ships with sitrep: TSV files under {@code sitrep/geo/gazetteer/} on the
 * classpath (countries, first-level divisions, populated places, installations, regions). Each file
 * describes its columns in its header comment. Field-level problems are reported with file:line;
 * cross-file checks happen in {@link Gazetteer#of}.
 */
public final class BundledGazetteerSource implements GazetteerSource {
  /** Where the bundled files live on the classpath. */
  public static final String DIR = "sitrep/geo/gazetteer/";
  static final String COUNTRIES = "countries.tsv";
  static final String ADMIN1 = "admin1.tsv";
  static final String PLACES = "places.tsv";
  static final String INSTALLATIONS = "installations.tsv";
  static final String REGIONS = "regions.tsv";

  private final String dir;

  /** The files that ship with sitrep. */
  public BundledGazetteerSource() {
    this(DIR);
  }

  /**
   * The same five files from another classpath folder ({@code "sitrep/geo/gazetteer/"}); a
   * folder may leave out files other than {@code countries.tsv}.
   */
  public BundledGazetteerSource(String dir) {
    this.dir = dir.endsWith("/") ? dir : dir + "/";
  }

  @Override
  public String describe() {
    return "TSV files under " + dir;
  }

  @Override
  public GazetteerData read() {
    List<Country> countries = new ArrayList<>();
    List<GazetteerEntry> entries = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(dir + COUNTRIES)) {
      Country c = country(row);
      countries.add(c);
      entries.add(countryEntry(c));
    }
    for (Tsv.Row row : optional(ADMIN1)) {
      entries.add(place(row, EntryKind.ADMIN1));
    }
    for (Tsv.Row row : optional(PLACES)) {
      entries.add(place(row, EntryKind.PLACE));
    }
    for (Tsv.Row row : optional(INSTALLATIONS)) {
      entries.add(installation(row));
    }
    for (Tsv.Row row : optional(REGIONS)) {
      entries.add(region(row));
    }
    return new GazetteerData(countries, entries);
  }

  private List<Tsv.Row> optional(String file) {
    List<Tsv.Row> rows = Tsv.readOptional(dir + file);
    return rows == null ? List.of() : rows;
  }

  // code geonames_id name name_de lat lon south west north east aliases
  static Country country(Tsv.Row row) {
    String code = row.get(0).trim();
    if (!code.matches("[A-Z]{2}")) {
      throw row.error("not an ISO 3166-1 alpha-2 code: '" + code + "'");
    }
    BoundingBox box;
    try {
      box = new BoundingBox(row.getDouble(6), row.getDouble(7), row.getDouble(8), row.getDouble(9));
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
    return new Country(code, required(row, 2, "name"), required(row, 3, "German name"),
        geonamesId(row, 1), point(row, 4), box, list(row, 10), origin(row));
  }

  static GazetteerEntry countryEntry(Country c) {
    List<String> aliases = new ArrayList<>();
    aliases.add(c.name());
    aliases.add(c.nameDe());
    aliases.addAll(c.aliases());
    return new GazetteerEntry(c.code(), EntryKind.COUNTRY, c.name(), c.geonamesId(), c.point(),
        c.code(), List.of(c.code()), null, "PCLI", 0, null, null, 3, null, aliases, List.of(),
        List.of(), null, c.origin());
  }

  // id geonames_id name country admin1 feature lat lon population aliases
  static GazetteerEntry place(Tsv.Row row, EntryKind kind) {
    String id = required(row, 0, "id");
    String name = required(row, 2, "name");
    String country = countryCode(row, 3);
    String feature = required(row, 5, "feature").toUpperCase(Locale.ROOT);
    if (kind == EntryKind.ADMIN1 && !feature.equals("ADM1")) {
      throw row.error("a first-level division has feature ADM1, not " + feature);
    }
    if (kind == EntryKind.PLACE && !feature.startsWith("PPL")) {
      throw row.error("a populated place has a PPL… feature code, not " + feature);
    }
    long population = 0;
    if (row.optional(8) != null) {
      try {
        population = Long.parseLong(row.get(8).trim());
      } catch (NumberFormatException e) {
        throw row.error("population is not a number: '" + row.get(8) + "'");
      }
    }
    if (population < 0) {
      throw row.error("negative population");
    }
    List<String> aliases = new ArrayList<>();
    aliases.add(name);
    aliases.addAll(list(row, 9));
    int precision = kind == EntryKind.ADMIN1 ? 3 : 1;
    return new GazetteerEntry(id, kind, name, geonamesId(row, 1), point(row, 6), country,
        List.of(country), row.optional(4), feature, population, null, null, precision, null,
        aliases, List.of(), List.of(), null, origin(row));
  }

  // id name type country admin1 lat lon holder precision anchor aliases cores source
  private static GazetteerEntry installation(Tsv.Row row) {
    String id = required(row, 0, "id");
    String name = required(row, 1, "name");
    InstallationType type = row.getEnum(2, InstallationType.class);
    String country = countryCode(row, 3);
    List<String> aliases = new ArrayList<>();
    aliases.add(name);
    aliases.addAll(list(row, 10));
    return new GazetteerEntry(id, EntryKind.INSTALLATION, name, null, point(row, 5), country,
        List.of(country), row.optional(4), GazetteerEntry.INSTALLATION_FEATURE, 0, type,
        row.optional(7), precision(row, 8), row.optional(9), aliases, list(row, 11), List.of(),
        row.optional(12), origin(row));
  }

  // id name feature countries lat lon precision aliases generic source
  private static GazetteerEntry region(Tsv.Row row) {
    String id = required(row, 0, "id");
    String name = required(row, 1, "name");
    List<String> countries = list(row, 3);
    if (countries.isEmpty()) {
      throw row.error("a region needs at least one country");
    }
    for (String c : countries) {
      if (!c.matches("[A-Z]{2}")) {
        throw row.error("not an ISO 3166-1 alpha-2 code: '" + c + "'");
      }
    }
    List<String> aliases = new ArrayList<>();
    aliases.add(name);
    aliases.addAll(list(row, 7));
    return new GazetteerEntry(id, EntryKind.REGION, name, null, point(row, 4), countries.get(0),
        countries, null, required(row, 2, "feature").toUpperCase(Locale.ROOT), 0, null, null,
        precision(row, 6), null, aliases, List.of(), list(row, 8), row.optional(9), origin(row));
  }

  private static String origin(Tsv.Row row) {
    return row.file() + ":" + row.line();
  }

  private static String required(Tsv.Row row, int i, String what) {
    String v = row.optional(i);
    if (v == null) {
      throw row.error("missing " + what + " (field " + (i + 1) + ")");
    }
    return v;
  }

  private static String countryCode(Tsv.Row row, int i) {
    String c = required(row, i, "country code");
    if (!c.matches("[A-Z]{2}")) {
      throw row.error("not an ISO 3166-1 alpha-2 code: '" + c + "'");
    }
    return c;
  }

  private static @Nullable Long geonamesId(Tsv.Row row, int i) {
    String v = row.optional(i);
    if (v == null) {
      return null;
    }
    try {
      long id = Long.parseLong(v);
      if (id <= 0) {
        throw row.error("GeoNames id must be positive: '" + v + "'");
      }
      return id;
    } catch (NumberFormatException e) {
      throw row.error("GeoNames id is not a number: '" + v + "'");
    }
  }

  private static GeoPoint point(Tsv.Row row, int latField) {
    double lat = row.getDouble(latField);
    double lon = row.getDouble(latField + 1);
    try {
      return new GeoPoint(lat, lon);
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
  }

  private static int precision(Tsv.Row row, int i) {
    int p = row.getInt(i);
    if (p < 1 || p > 3) {
      throw row.error("geo_precision must be 1, 2 or 3, not " + p);
    }
    return p;
  }

  /** A '|'-separated list; empty for '-' or an empty field. */
  static List<String> list(Tsv.Row row, int i) {
    String v = row.optional(i);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    for (String part : v.split("\\|")) {
      String p = part.trim();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Wraps a failure of a whole-file check. */
  static ResourceException problem(String origin, String message) {
    return new ResourceException(origin + ": " + message);
  }
}
