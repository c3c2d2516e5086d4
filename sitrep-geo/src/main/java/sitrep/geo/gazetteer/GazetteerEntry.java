package sitrep.geo.gazetteer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One place the gazetteer knows: a country, a first-level division, a populated place, an
 * installation or a region.
 *
 * @param id stable identifier: the ISO code for countries, {@code SY.07} (country.admin1) for
 *     divisions, {@code gn:170794} for GeoNames places, a slug for installations and regions
 * @param name the name as resolved, in English ("Deir ez-Zor", "Ain al-Asad Air Base")
 * @param point coordinates of the place, or a representative point of an area
 * @param countryCode ISO 3166-1 alpha-2 of the point
 * @param countries every country the entry lies in (a border region has two), the first being
 *     {@code countryCode}
 * @param admin1Code GeoNames admin1 code of the division the entry lies in, if known
 * @param feature GeoNames feature code ({@code PPLA}, {@code ADM1}, {@code PCLI}, {@code RGN});
 *     installations have {@code INSTALLATION}
 * @param installationType for installations only
 * @param holder actor id of the force known to hold an installation, where public
 * @param precision ACLED geo_precision of a mention of the entry itself
 * @param anchor id of the entry an installation belongs to ("the airport" of Qamishli)
 * @param aliases names in PhraseMatcher syntax that refer to the entry on their own
 * @param cores names that refer to an installation only next to a generic noun of its type
 * @param generic phrases that refer to a region only when all its countries are in focus
 * @param note a one-line source or description note
 * @param origin file and line the entry was read from, for error messages
 */
public record GazetteerEntry(
    String id, EntryKind kind, String name, @Nullable Long geonamesId, GeoPoint point,
    String countryCode, List<String> countries, @Nullable String admin1Code, String feature,
    long population, @Nullable InstallationType installationType, @Nullable String holder,
    int precision, @Nullable String anchor, List<String> aliases, List<String> cores,
    List<String> generic, @Nullable String note, String origin) {

  public static final String INSTALLATION_FEATURE = "INSTALLATION";

  public GazetteerEntry {
    countries = List.copyOf(countries);
    aliases = List.copyOf(aliases);
    cores = List.copyOf(cores);
    generic = List.copyOf(generic);
    if (countries.isEmpty() || !countries.get(0).equals(countryCode)) {
      throw new IllegalArgumentException(origin + ": countries must start with " + countryCode);
    }
  }

  /** The same entry with more names it can be called by. */
  public GazetteerEntry withMoreAliases(List<String> more) {
    List<String> all = new java.util.ArrayList<>(aliases);
    all.addAll(more);
    return new GazetteerEntry(id, kind, name, geonamesId, point, countryCode, countries,
        admin1Code, feature, population, installationType, holder, precision, anchor, all, cores,
        generic, note, origin);
  }

  public boolean isInstallation() {
    return kind == EntryKind.INSTALLATION;
  }

  public boolean isCountry() {
    return kind == EntryKind.COUNTRY;
  }

  /** A national capital ({@code PPLC}); capitals and countries can stand for governments. */
  public boolean isCapital() {
    return kind == EntryKind.PLACE && feature.equals("PPLC");
  }

  public double latitude() {
    return point.latitude();
  }

  public double longitude() {
    return point.longitude();
  }
}
