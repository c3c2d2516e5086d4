package sitrep.geo.gazetteer;

import java.util.List;

/** What a {@link GazetteerSource} reads: countries and all other entries, unvalidated. */
public record GazetteerData(List<Country> countries, List<GazetteerEntry> entries) {
  public GazetteerData {
    countries = List.copyOf(countries);
    entries = List.copyOf(entries);
  }
}
