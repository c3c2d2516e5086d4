package sitrep.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One real-world occurrence as several documents report it: the event claims linked to it, and
 * summary values chosen by a documented rule (ACLED's conservative choice for fatalities: the
 * lowest figure a source that does not deny the event gives). Conflicts stay visible: the
 * fatality range, and {@code status} "contested" when one source denies what others report.
 *
 * @param incidentId stable: the id of the claim that founded the incident, prefixed
 * @param eventIds the linked claims, in the order they joined
 * @param status asserted, reported, alleged, uncertain, hypothetical, denied (all claims deny) or
 *     contested (some deny, some report)
 * @param notes human-readable remarks on conflicts ("fatalities reported: 5, 7")
 */
public record Incident(
    String incidentId,
    List<String> eventIds,
    List<String> docIds,
    List<String> languages,
    String eventType,
    String subEventType,
    @Nullable String eventDate,
    @Nullable String dateEarliest,
    @Nullable String dateLatest,
    @Nullable String location,
    @Nullable String admin1,
    @Nullable String countryCode,
    @Nullable Double latitude,
    @Nullable Double longitude,
    @Nullable Integer geoPrecision,
    @Nullable Integer fatalities,
    @Nullable Integer fatalitiesMin,
    @Nullable Integer fatalitiesMax,
    String status,
    List<String> notes) {

  public Incident {
    eventIds = List.copyOf(eventIds);
    docIds = List.copyOf(docIds);
    languages = List.copyOf(languages);
    notes = List.copyOf(notes);
  }
}
