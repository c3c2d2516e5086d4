package sitrep.app.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query string of a request checked against what its route takes: a misspelt filter
 * ({@code ?contry=SY}) would otherwise silently match everything, so unknown and repeated
 * parameters are a 400 naming them.
 */
final class QueryParameters {
  private QueryParameters() {}

  /** The filters of {@code GET /api/events}, which the other event-backed routes share. */
  static final List<String> EVENT_FILTERS = List.of("from", "to", "bbox", "country", "type",
      "sub_type", "actor", "factuality", "q", "limit", "cursor");

  /** One value per name, or a {@link ApiException} (400) naming the first bad parameter. */
  static Map<String, String> single(Map<String, List<String>> given, List<String> allowed) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : new TreeSet<>(given.keySet())) {
      if (!allowed.contains(name)) {
        throw ApiException.badRequest(name + ": unknown parameter; this route takes "
            + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
      }
      List<String> values = given.get(name);
      if (values.size() > 1) {
        throw ApiException.badRequest(name + ": given " + values.size() + " times; give it once");
      }
      out.put(name, values.isEmpty() ? "" : values.get(0));
    }
    return out;
  }

  /** Whether any filter besides paging is set. */
  static boolean filters(Map<String, String> parameters) {
    Set<String> paging = Set.of("limit", "cursor");
    return parameters.entrySet().stream()
        .anyMatch(e -> !paging.contains(e.getKey()) && !e.getValue().isBlank());
  }
}
