package sitrep.geo.gazetteer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link GazetteerSource} reads: countries and all other entries, unvalidated, and
 * optionally a compact index of populated places.
 *
 * @param places populated places kept as arrays ({@link PlaceIndex}), or null
 * @param secondary the data yields to the sources before it: a country, id or GeoNames id they
 *     already have is taken from them (a country's names and box are merged), and divisions of a
 *     country they list divisions for are left out. Curated tables are primary, the world index
 *     built from GeoNames is secondary.
 */
public record GazetteerData(List<Country> countries, List<GazetteerEntry> entries,
    @Nullable PlaceIndex places, boolean secondary) {
  public GazetteerData {
    countries = List.copyOf(countries);
    entries = List.copyOf(entries);
  }

  /** Primary data without a place index. */
  public GazetteerData(List<Country> countries, List<GazetteerEntry> entries) {
    this(countries, entries, null, false);
  }
}
