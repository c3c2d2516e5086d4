package sitrep.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.events.incident.IncidentLinker;
import sitrep.events.incident.LinkClaim;
import sitrep.model.Incident;
import sitrep.model.SchemaRecords;
import sitrep.store.DocumentSummary;
import sitrep.store.Store;

/**
 * Incidents kept in a store: a linker restored from the stored events (each event's incident id
 * as stored), so that a new ingest links new documents into existing incidents, and the
 * incidents table rebuilt from the events after an ingest. The events are the truth; incidents
 * are derived from them and rebuilt as a whole, which also drops incidents whose documents were
 * replaced.
 */
final class StoreIncidents {
  private StoreIncidents() {}

  /** A linker holding every stored event in its stored incident. */
  static IncidentLinker restore(Store store) {
    Map<String, @Nullable LocalDate> published = new HashMap<>();
    for (DocumentSummary d : store.documents()) {
      published.put(d.id(), d.published());
    }
    Map<String, List<LinkClaim>> byIncident = new LinkedHashMap<>();
    List<LinkClaim> unlinked = new ArrayList<>();
    store.forEachEvent(r -> {
      LinkClaim c = LinkClaim.of(r, published.get(String.valueOf(r.get("doc_id"))));
      Object id = r.get("incident_id");
      if (id == null) {
        unlinked.add(c); // stored before incidents existed
      } else {
        byIncident.computeIfAbsent(id.toString(), k -> new ArrayList<>()).add(c);
      }
    });
    IncidentLinker linker = new IncidentLinker();
    byIncident.forEach(linker::restore);
    linker.addAll(unlinked);
    return linker;
  }

  /** Rebuilds the stored incidents from the stored events; returns how many there are. */
  static int rebuild(Store store) {
    List<Map<String, @Nullable Object>> records = new ArrayList<>();
    for (Incident i : restore(store).incidents()) {
      records.add(SchemaRecords.incident(i));
    }
    store.replaceIncidents(records);
    return records.size();
  }
}
