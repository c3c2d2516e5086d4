package sitrep.geo.gazetteer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A country of the gazetteer.
 *
 * @param code ISO 3166-1 alpha-2
 * @param name English short name, as ACLED's {@code country} field has it
 * @param nameDe German short name
 * @param point a representative point (rough centroid)
 * @param bounds a rough bounding box that every entry of the country must lie in
 * @param aliases further names in PhraseMatcher syntax
 * @param origin file and line it was read from
 */
public record Country(String code, String name, String nameDe, @Nullable Long geonamesId,
    GeoPoint point, BoundingBox bounds, List<String> aliases, String origin) {
  public Country {
    aliases = List.copyOf(aliases);
  }
}
