package sitrep.app.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.store.EventPage;
import sitrep.store.EventQuery;
import sitrep.store.Store;
import sitrep.store.StoredDocument;

/**
 * {@code GET /api/incidents}: incidents in id order, filtered by their claims. An incident is
 * listed when any of its claims matches the event filters, because the claims disagree by design
 * (one report says 3 killed, another 5) and an analyst filtering for either wants to see it.
 * Paging is keyset by incident id, like the event query's.
 */
final class IncidentPages {
  private IncidentPages() {}

  private static final String CURSOR_TAG = "i1:";

  static Map<String, @Nullable Object> page(Store store, Map<String, String> parameters) {
    Map<String, String> filters = new HashMap<>(parameters);
    String cursor = filters.remove("cursor");
    String limitText = filters.remove("limit");
    // the event query validates limit and names it, so the message matches /api/events
    int limit = EventQuery.fromParameters(limitText == null ? Map.of() : Map.of("limit", limitText))
        .limit();
    String after = cursor == null || cursor.isBlank() ? null : decode(cursor.strip());
    Set<String> matching = QueryParameters.filters(filters) ? matchingIncidents(store, filters)
        : null;
    List<Map<String, @Nullable Object>> items = new ArrayList<>();
    store.forEachIncident(i -> {
      String id = String.valueOf(i.get("incident_id"));
      if ((matching == null || matching.contains(id))
          && (after == null || id.compareTo(after) > 0) && items.size() <= limit) {
        items.add(i);
      }
    });
    String next = null;
    if (items.size() > limit) {
      items.remove(limit);
      next = encode(String.valueOf(items.get(limit - 1).get("incident_id")));
    }
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    out.put("items", items);
    out.put("next", next);
    return out;
  }

  /** The ids of incidents with at least one claim among the events the filters match. */
  private static Set<String> matchingIncidents(Store store, Map<String, String> filters) {
    EventQuery q = EventQuery.fromParameters(filters).withLimit(EventQuery.MAX_LIMIT);
    Set<String> ids = new HashSet<>();
    while (true) {
      EventPage p = store.queryEvents(q);
      for (var e : p.items()) {
        if (e.get("incident_id") != null) {
          ids.add(String.valueOf(e.get("incident_id")));
        }
      }
      if (p.next() == null) {
        return ids;
      }
      q = q.withCursor(p.next());
    }
  }

  /** One incident with its claims, each with its document's metadata and evidence in context. */
  static Map<String, @Nullable Object> detail(Store store, String id) {
    Map<String, @Nullable Object> incident = store.incident(id)
        .orElseThrow(() -> ApiException.notFound("no incident " + EventQueryText.quoted(id)));
    Map<String, @Nullable StoredDocument> docs = new HashMap<>();
    List<Map<String, @Nullable Object>> claims = new ArrayList<>();
    for (Map<String, @Nullable Object> e : store.eventsOfIncident(id)) {
      String docId = String.valueOf(e.get("doc_id"));
      StoredDocument d = docs.computeIfAbsent(docId, k -> store.document(k).orElse(null));
      Map<String, @Nullable Object> claim = new LinkedHashMap<>(e);
      claim.put("document", d == null ? null : DocumentView.metadata(d));
      claim.put("evidence_context", DocumentView.contexts(e, d == null ? null : d.text()));
      claims.add(claim);
    }
    Map<String, @Nullable Object> out = new LinkedHashMap<>(incident);
    out.put("claim_records", claims);
    return out;
  }

  static String encode(String incidentId) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((CURSOR_TAG + incidentId).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (s.startsWith(CURSOR_TAG) && s.length() > CURSOR_TAG.length()) {
        return s.substring(CURSOR_TAG.length());
      }
    } catch (IllegalArgumentException e) {
      // reported below with every other malformed cursor
    }
    throw ApiException.badRequest("cursor: " + EventQueryText.quoted(cursor)
        + " is not a cursor this server handed out; pass the \"next\" of the previous page");
  }
}
