package sitrep.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The public output records of SCHEMA.md as ordered maps: every field present, null where unknown.
 * One place defines the field names and order, so JSONL, CSV, GeoJSON and the store agree.
 */
public final class SchemaRecords {
  private SchemaRecords() {}

  /** The event record fields in their documented order. */
  public static final List<String> EVENT_FIELDS = List.of(
      "kind", "event_id", "doc_id", "incident_id", "event_date", "date_earliest", "date_latest",
      "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1",
      "assoc_actor_2", "inter1", "inter2", "location", "admin1", "country", "country_code",
      "latitude", "longitude", "geo_precision", "geonames_id", "site", "fatalities", "injuries",
      "factuality", "historical", "claim_source", "language", "evidence", "confidence", "notes",
      "cameo", "plover", "plover_mode");

  public static Map<String, @Nullable Object> event(EventClaim e) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("kind", "event");
    m.put("event_id", e.eventId());
    m.put("doc_id", e.docId());
    m.put("incident_id", e.incidentId());
    putDate(m, e.date());
    m.put("event_type", e.eventType());
    m.put("sub_event_type", e.subEventType());
    m.put("actor1", name(e.actor1()));
    m.put("actor2", name(e.actor2()));
    m.put("assoc_actor_1", name(e.assocActor1()));
    m.put("assoc_actor_2", name(e.assocActor2()));
    m.put("inter1", e.actor1() == null ? null : e.actor1().inter());
    m.put("inter2", e.actor2() == null ? null : e.actor2().inter());
    putPlace(m, e.place(), true);
    m.put("fatalities", e.fatalities());
    m.put("injuries", e.injuries());
    m.put("factuality", e.factuality().label());
    m.put("historical", e.historical());
    m.put("claim_source", e.claimSource());
    m.put("language", e.language());
    m.put("evidence", evidence(e.evidence()));
    m.put("confidence", round(e.confidence()));
    m.put("notes", e.notes());
    EventCodes.Codes codes = EventCodes.of(e.subEventType());
    m.put("cameo", codes.cameo());
    m.put("plover", codes.plover());
    m.put("plover_mode", codes.ploverMode());
    return m;
  }

  /** The posture record fields in their documented order. */
  public static final List<String> POSTURE_FIELDS = List.of(
      "kind", "posture_id", "doc_id", "event_type", "sub_event_type", "site", "holder", "change",
      "equipment", "quantity", "event_date", "date_earliest", "date_latest", "time_precision",
      "location", "admin1", "country", "country_code", "latitude", "longitude", "geo_precision",
      "geonames_id", "factuality", "claim_source", "language", "evidence", "confidence");

  public static Map<String, @Nullable Object> posture(PostureRecord p) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("kind", "posture");
    m.put("posture_id", p.postureId());
    m.put("doc_id", p.docId());
    // the ACLED reading of a posture change: a new base is an event of its own, movements of
    // forces and equipment are "Other" strategic developments, a standing presence is no event
    m.put("event_type", p.change() == PostureChange.PRESENT ? null : "Strategic developments");
    m.put("sub_event_type", switch (p.change()) {
      case ESTABLISHED -> "Headquarters or base established";
      case PRESENT -> null;
      default -> "Other";
    });
    m.put("site", p.site());
    m.put("holder", name(p.holder()));
    m.put("change", p.change().label());
    m.put("equipment", p.equipment());
    m.put("quantity", p.quantity());
    putDate(m, p.date());
    putPlace(m, p.place(), false);
    m.put("factuality", p.factuality().label());
    m.put("claim_source", p.claimSource());
    m.put("language", p.language());
    m.put("evidence", evidence(p.evidence()));
    m.put("confidence", round(p.confidence()));
    return m;
  }

  /** The incident record fields in their documented order. */
  public static final List<String> INCIDENT_FIELDS = List.of(
      "kind", "incident_id", "event_type", "sub_event_type", "event_date", "date_earliest",
      "date_latest", "location", "admin1", "country_code", "latitude", "longitude",
      "geo_precision", "fatalities", "fatalities_min", "fatalities_max", "status", "claims",
      "documents", "languages", "event_ids", "notes");

  public static Map<String, @Nullable Object> incident(Incident i) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("kind", "incident");
    m.put("incident_id", i.incidentId());
    m.put("event_type", i.eventType());
    m.put("sub_event_type", i.subEventType());
    m.put("event_date", i.eventDate());
    m.put("date_earliest", i.dateEarliest());
    m.put("date_latest", i.dateLatest());
    m.put("location", i.location());
    m.put("admin1", i.admin1());
    m.put("country_code", i.countryCode());
    m.put("latitude", i.latitude());
    m.put("longitude", i.longitude());
    m.put("geo_precision", i.geoPrecision());
    m.put("fatalities", i.fatalities());
    m.put("fatalities_min", i.fatalitiesMin());
    m.put("fatalities_max", i.fatalitiesMax());
    m.put("status", i.status());
    m.put("claims", i.eventIds().size());
    m.put("documents", i.docIds().size());
    m.put("languages", i.languages());
    m.put("event_ids", i.eventIds());
    m.put("notes", i.notes());
    return m;
  }

  private static void putDate(Map<String, @Nullable Object> m, @Nullable DateValue d) {
    m.put("event_date", d == null ? null : d.value());
    m.put("date_earliest", d == null ? null : d.earliest());
    m.put("date_latest", d == null ? null : d.latest());
    m.put("time_precision", d == null ? 3 : d.precision());
  }

  private static void putPlace(Map<String, @Nullable Object> m, @Nullable Place p,
      boolean withSite) {
    m.put("location", p == null ? null : p.name());
    m.put("admin1", p == null ? null : p.admin1());
    m.put("country", p == null ? null : p.country());
    m.put("country_code", p == null ? null : p.countryCode());
    m.put("latitude", p == null ? null : p.latitude());
    m.put("longitude", p == null ? null : p.longitude());
    m.put("geo_precision", p == null ? null : p.geoPrecision());
    m.put("geonames_id", p == null ? null : p.geonamesId());
    if (withSite) {
      m.put("site", p == null ? null : p.site());
    }
  }

  private static @Nullable String name(@Nullable ActorRef a) {
    return a == null ? null : a.name();
  }

  private static List<Map<String, Object>> evidence(List<Evidence> ev) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Evidence e : ev) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sentence", e.sentence());
      m.put("start", e.start());
      m.put("end", e.end());
      m.put("text", e.text());
      out.add(m);
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
