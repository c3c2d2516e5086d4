package sitrep.app.http;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import sitrep.store.Store;

/**
 * Installations ({@code site} of posture and event records) for {@code /api/sites}: who holds
 * each, the posture changes in date order and the events there. Built by one pass over the
 * store's records that name a site ({@link Store#forEachAtSite}) per request: sites are few and
 * the records are streamed, so no table of its own is needed and it is never out of date.
 */
final class SiteIndex {
  /** One installation and every record naming it. */
  record Site(String id, String name, List<Map<String, @Nullable Object>> posture,
      List<Map<String, @Nullable Object>> events) {}

  private final Map<String, Site> sites;

  private SiteIndex(Map<String, Site> sites) {
    this.sites = sites;
  }

  static SiteIndex of(Store store) {
    Map<String, Site> sites = new TreeMap<>();
    store.forEachAtSite(r -> add(sites, r, "posture".equals(r.get("kind"))));
    for (Site s : sites.values()) {
      s.posture().sort(BY_DATE);
      s.events().sort(BY_DATE);
    }
    return new SiteIndex(sites);
  }

  private static void add(Map<String, Site> sites, Map<String, @Nullable Object> r,
      boolean posture) {
    if (!(r.get("site") instanceof String name) || name.isBlank()) {
      return;
    }
    Site s = sites.computeIfAbsent(id(name),
        k -> new Site(k, name, new ArrayList<>(), new ArrayList<>()));
    (posture ? s.posture() : s.events()).add(r);
  }

  /** Undated records last; the sort is stable, so same-day records keep the store's order. */
  private static final Comparator<Map<String, @Nullable Object>> BY_DATE = Comparator.comparing(
      r -> r.get("date_earliest") == null ? "\uffff" : String.valueOf(r.get("date_earliest")));

  /** A URL-safe id from the name: {@code al-Omar oil field} → {@code al-omar-oil-field}. */
  static String id(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return id.isEmpty() ? Integer.toHexString(name.hashCode()) : id;
  }

  List<Map<String, @Nullable Object>> summaries() {
    return sites.values().stream().map(SiteIndex::summary).toList();
  }

  Optional<Map<String, @Nullable Object>> detail(String id) {
    Site s = sites.get(id);
    if (s == null) {
      return Optional.empty();
    }
    Map<String, @Nullable Object> m = summary(s);
    List<Map<String, @Nullable Object>> timeline = new ArrayList<>();
    for (var p : s.posture()) {
      Map<String, @Nullable Object> t = new LinkedHashMap<>();
      for (String f : List.of("posture_id", "event_date", "date_earliest", "date_latest", "change",
          "holder", "equipment", "quantity", "factuality", "claim_source", "doc_id", "language",
          "evidence")) {
        t.put(f, p.get(f));
      }
      timeline.add(t);
    }
    m.put("posture", timeline);
    m.put("events", s.events());
    return Optional.of(m);
  }

  private static Map<String, @Nullable Object> summary(Site s) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("site_id", s.id());
    m.put("site", s.name());
    Map<String, @Nullable Object> place = firstPlaced(s);
    for (String f : List.of("location", "admin1", "country", "country_code", "latitude",
        "longitude")) {
      m.put(f, place == null ? null : place.get(f));
    }
    LinkedHashSet<String> holders = new LinkedHashSet<>();
    for (var p : s.posture()) {
      if (p.get("holder") != null) {
        holders.add(String.valueOf(p.get("holder")));
      }
    }
    m.put("holders", List.copyOf(holders));
    Map<String, @Nullable Object> last = s.posture().isEmpty() ? null
        : s.posture().get(s.posture().size() - 1);
    m.put("last_change", last == null ? null : last.get("change"));
    m.put("last_change_date", last == null ? null : last.get("event_date"));
    m.put("posture_records", s.posture().size());
    m.put("event_count", s.events().size());
    return m;
  }

  /** The first record with coordinates: posture records name the site itself, so they come first. */
  private static @Nullable Map<String, @Nullable Object> firstPlaced(Site s) {
    List<Map<String, @Nullable Object>> all = new ArrayList<>(s.posture());
    all.addAll(s.events());
    for (var r : all) {
      if (r.get("latitude") != null && r.get("longitude") != null) {
        return r;
      }
    }
    return all.isEmpty() ? null : all.get(0);
  }
}
