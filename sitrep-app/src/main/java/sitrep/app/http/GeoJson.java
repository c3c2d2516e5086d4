package sitrep.app.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Event records as an RFC 7946 FeatureCollection: a Point per event, the whole record as its
 * properties. Events without coordinates cannot be features; they are counted in the foreign
 * member {@code without_coordinates} so a map can say what it does not show.
 */
final class GeoJson {
  private GeoJson() {}

  static Map<String, @Nullable Object> featureCollection(
      List<Map<String, @Nullable Object>> events, @Nullable String next) {
    List<Map<String, Object>> features = new ArrayList<>();
    int without = 0;
    for (Map<String, @Nullable Object> e : events) {
      if (!(e.get("latitude") instanceof Number lat) || !(e.get("longitude") instanceof Number lon)) {
        without++;
        continue;
      }
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("type", "Feature");
      f.put("id", String.valueOf(e.get("event_id")));
      // RFC 7946: longitude first
      f.put("geometry", Map.of("type", "Point",
          "coordinates", List.of(lon.doubleValue(), lat.doubleValue())));
      f.put("properties", e);
      features.add(f);
    }
    Map<String, @Nullable Object> fc = new LinkedHashMap<>();
    fc.put("type", "FeatureCollection");
    fc.put("features", features);
    fc.put("next", next);
    fc.put("without_coordinates", without);
    return fc;
  }

  static int withoutCoordinates(Map<String, @Nullable Object> featureCollection) {
    return (Integer) java.util.Objects.requireNonNull(featureCollection.get("without_coordinates"));
  }
}
