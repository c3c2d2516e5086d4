package sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.model.ActorRef;
import sitrep.model.CleanText;
import sitrep.model.DateValue;
import sitrep.model.Document;
import sitrep.model.EventClaim;
import sitrep.model.Evidence;
import sitrep.model.Factuality;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.Place;
import sitrep.model.PostureChange;
import sitrep.model.PostureRecord;
import sitrep.model.SourceRef;
import sitrep.model.Span;
import sitrep.model.Warning;

/** Hand-built processed documents for the store tests. */
final class Docs {
  private Docs() {}

  static final String TEXT = "Bei einem Raketenangriff auf das Ölfeld al-Omar wurden am Montag"
      + " zwei Menschen getötet, berichtet die SOHR.";

  static final Metadata META = new Metadata("Angriff auf al-Omar", "https://example.org/a",
      LocalDate.of(2021, 6, 29), "example", "de", Map.of("feed", "test", "author", "dpa"));

  /** A processed document with the given events, no posture and no warnings. */
  static Document doc(String id, String raw, List<EventClaim> events) {
    return Document.raw(id, SourceRef.file("articles/" + id + ".txt"), META, Format.TEXT, raw)
        .withClean(CleanText.identity(raw))
        .withLanguage("de")
        .withEvents(events);
  }

  static Place omar() {
    return new Place(new Span(34, 47), "Ölfeld al-Omar", "al-Omar oil field", 11_000_123L, 35.0969,
        40.6906, "SY", "Syria", "Deir ez-Zor", "INSTALLATION", "al-Omar oil field", "usa", 1, null,
        true);
  }

  /** An event with every field set. */
  static EventClaim full(String docId, String eventId) {
    return new EventClaim(eventId, docId, "inc-1", DateValue.day(LocalDate.of(2021, 6, 28)),
        "Explosions/Remote violence", "Shelling/artillery/missile attack",
        new ActorRef("Unidentified Armed Group (Syria)", "SY", 3),
        new ActorRef("Military Forces of the United States", "US", 8),
        new ActorRef("Islamic Revolutionary Guard Corps", "IR", 1),
        new ActorRef("Civilians (Syria)", "SY", 7),
        omar(), 2, 5, Factuality.REPORTED, false, "SOHR", "de",
        List.of(new Evidence(0, 0, TEXT.length(), TEXT), new Evidence(1, 3, 9, "\"zitat\" ü")),
        0.85678, List.of("date from 'am Montag'", "site from lexicon"));
  }

  /** An event with every nullable field null and empty lists. */
  static EventClaim sparse(String docId, String eventId) {
    return new EventClaim(eventId, docId, null, null, "Battles", "Armed clash", null, null, null,
        null, null, null, null, Factuality.ALLEGED, true, null, "de", List.of(), 0.3, List.of());
  }

  static PostureRecord posture(String docId, String id) {
    return new PostureRecord(id, docId, "al-Omar oil field",
        new ActorRef("Military Forces of the United States", "US", 8), PostureChange.REINFORCED,
        List.of("armored vehicles", "trucks"), 40L,
        DateValue.month(2021, 6), omar(), Factuality.REPORTED, "SOHR", "de",
        List.of(new Evidence(0, 0, 10, "Bei einem")), 0.7);
  }

  static PostureRecord sparsePosture(String docId, String id) {
    return new PostureRecord(id, docId, null, null, PostureChange.PRESENT, List.of(), null, null,
        null, Factuality.UNCERTAIN, null, "de", List.of(), 0.1);
  }

  static Place place(String name, String countryCode, String country, double lat, double lon) {
    return new Place(new Span(0, name.length()), name, name, null, lat, lon, countryCode, country,
        null, "PPL", null, null, 1, null, true);
  }

  /** An event for the query tests: the fields the filters look at, the rest as in a report. */
  static EventClaim event(String docId, String eventId, @Nullable DateValue date, String type,
      String subType, @Nullable String actor1, @Nullable Place place, Factuality factuality,
      String evidence) {
    return new EventClaim(eventId, docId, null, date, type, subType,
        actor1 == null ? null : new ActorRef(actor1, null, 1), null, null, null, place, null, null,
        factuality, false, null, "en", List.of(new Evidence(0, 0, evidence.length(), evidence)),
        0.5, List.of());
  }

  static Warning warning(String id, String code) {
    return new Warning(SourceRef.file("articles/" + id + ".txt"), code, code + " happened");
  }
}
