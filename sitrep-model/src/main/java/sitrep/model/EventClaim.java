package sitrep.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One claim about one event, as one document makes it. Field meanings follow the output record in
 * SCHEMA.md; the place fields come from {@link Place}.
 */
public record EventClaim(
    String eventId,
    String docId,
    @Nullable String incidentId,
    @Nullable DateValue date,
    String eventType,
    String subEventType,
    @Nullable ActorRef actor1,
    @Nullable ActorRef actor2,
    @Nullable ActorRef assocActor1,
    @Nullable ActorRef assocActor2,
    @Nullable Place place,
    @Nullable Integer fatalities,
    @Nullable Integer injuries,
    Factuality factuality,
    boolean historical,
    @Nullable String claimSource,
    String language,
    List<Evidence> evidence,
    double confidence,
    List<String> notes) {

  public EventClaim {
    evidence = List.copyOf(evidence);
    notes = List.copyOf(notes);
  }

  public EventClaim withIncidentId(String id) {
    return new EventClaim(eventId, docId, id, date, eventType, subEventType, actor1, actor2,
        assocActor1, assocActor2, place, fatalities, injuries, factuality, historical, claimSource,
        language, evidence, confidence, notes);
  }
}
