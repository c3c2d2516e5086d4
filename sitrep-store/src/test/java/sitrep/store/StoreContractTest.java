package sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import sitrep.model.DateValue;
import sitrep.model.Document;
import sitrep.model.EventClaim;
import sitrep.model.Factuality;
import sitrep.model.Fingerprint;
import sitrep.model.PostureRecord;
import sitrep.model.SchemaRecords;
import sitrep.model.SourceRef;
import sitrep.store.IngestResult.Outcome;

/**
 * What every {@link Store} does, checked the same way on each database: a subclass says how to
 * open its store and reach the same database with plain JDBC, and adds what only it does.
 */
abstract class StoreContractTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Opens the store under test; every call within one test opens the same, initially empty. */
  abstract Store open();

  /** A plain connection to the store's database, to check what the store wrote. */
  abstract Connection connect() throws SQLException;

  @Test
  void incidentsAreReplacedAsAWholeAndReadBackWithTheirEvents() {
    Document a = Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1").withIncidentId("inc-a-1")));
    Document b = Docs.doc("b", Docs.TEXT + " (b)",
        List.of(Docs.full("b", "b-1").withIncidentId("inc-a-1")));
    sitrep.model.Incident inc = new sitrep.model.Incident("inc-a-1", List.of("a-1", "b-1"),
        List.of("a", "b"), List.of("de"), "Explosions/Remote violence",
        "Shelling/artillery/missile attack", "2021-06-28", "2021-06-28", "2021-06-28",
        "al-Omar oil field", "Deir ez-Zor", "SY", 35.0, 40.55, 1, 3, 3, 5, "contested",
        List.of("denied by Pentagon"));
    try (Store store = open()) {
      store.ingest(a);
      store.ingest(b);
      store.replaceIncidents(List.of(sitrep.model.SchemaRecords.incident(inc),
          sitrep.model.SchemaRecords.incident(new sitrep.model.Incident("inc-old", List.of(),
              List.of(), List.of(), "Battles", "Armed clash", null, null, null, null, null, null,
              null, null, null, null, null, null, "asserted", List.of()))));
      store.replaceIncidents(List.of(sitrep.model.SchemaRecords.incident(inc)));

      List<Map<String, @Nullable Object>> all = new java.util.ArrayList<>();
      store.forEachIncident(all::add);
      assertThat(all).hasSize(1);
      assertThat(all.get(0)).isEqualTo(sitrep.model.SchemaRecords.incident(inc));
      assertThat(store.incident("inc-a-1").orElseThrow().get("status")).isEqualTo("contested");
      assertThat(store.incident("inc-old")).isEmpty();
      assertThat(store.eventsOfIncident("inc-a-1")).extracting(e -> e.get("event_id"))
          .containsExactly("a-1", "b-1");
    }
  }

  @Test
  void recordsAtSitesAreThePostureAndEventsNamingAnInstallation() {
    try (Store store = open()) {
      store.ingest(Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1"), Docs.sparse("a", "a-2")))
          .withPosture(List.of(Docs.posture("a", "p-1"), Docs.sparsePosture("a", "p-2"))));
      store.ingest(Docs.doc("b", Docs.TEXT + " (b)", List.of(Docs.full("b", "b-1"))));
      List<Map<String, @Nullable Object>> seen = new ArrayList<>();
      store.forEachAtSite(seen::add);
      assertThat(seen).extracting(r -> r.get("kind") + " " + r.getOrDefault("event_id",
          r.get("posture_id"))).containsExactly("posture p-1", "event a-1", "event b-1");
      assertThat(seen).allSatisfy(r -> assertThat(r.get("site")).isEqualTo("al-Omar oil field"));
      assertThat(seen.get(1)).isEqualTo(store.events("a").get(0));
    }
  }

  @Test
  void theSameDocumentTwiceIsStoredOnceAndReportedUnchanged() {
    Document d = Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1"), Docs.sparse("a", "a-2")));
    try (Store store = open()) {
      IngestResult first = store.ingest(d);
      IngestResult second = store.ingest(d);

      assertThat(first).isEqualTo(new IngestResult("a", Outcome.ADDED, 2, 0, 0));
      assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
      assertThat(second.outcome().label()).isEqualTo("unchanged");
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 2, 0, 0, 0, 0));
      assertThat(store.documents()).containsExactly(new DocumentSummary("a", "articles/a.txt",
          "Angriff auf al-Omar", "de", LocalDate.of(2021, 6, 29), 2, 0, 0));
    }
  }

  @Test
  void changedContentReplacesEventsPostureAndWarnings() {
    Document v1 = Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1"), Docs.sparse("a", "a-2")))
        .withPosture(List.of(Docs.posture("a", "p-1")))
        .withWarning(Docs.warning("a", "encoding"));
    Document v2 = Docs.doc("a", Docs.TEXT + " Nachtrag.", List.of(Docs.sparse("a", "a-9")))
        .withWarning(Docs.warning("a", "short"))
        .withWarning(Docs.warning("a", "boilerplate"));
    Document other = Docs.doc("b", "Anderer Text.", List.of(Docs.full("b", "b-1")))
        .withWarning(Docs.warning("b", "encoding"));
    try (Store store = open()) {
      store.ingest(v1);
      store.ingest(other);
      IngestResult updated = store.ingest(v2);

      assertThat(updated).isEqualTo(new IngestResult("a", Outcome.UPDATED, 1, 0, 2));
      assertThat(store.counts()).isEqualTo(new StoreCounts(2, 2, 0, 3, 0, 0));
      assertThat(store.events("a")).extracting(m -> m.get("event_id")).containsExactly("a-9");
      assertThat(store.events("b")).extracting(m -> m.get("event_id")).containsExactly("b-1");
      StoredDocument stored = store.document("a").orElseThrow();
      assertThat(stored.text()).isEqualTo(Docs.TEXT + " Nachtrag.");
      assertThat(stored.contentHash()).isEqualTo(JdbcStore.sha256(Docs.TEXT + " Nachtrag."));
      assertThat(stored.warnings()).extracting(w -> w.code())
          .containsExactly("short", "boilerplate");
    }
  }

  @Test
  void aNewPublicationDateIsAnUpdateBecauseEventDatesDependOnIt() {
    Document d = Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1")));
    try (Store store = open()) {
      store.ingest(d);
      LocalDate later = LocalDate.of(2021, 7, 1);
      IngestResult again = store.ingest(d.withMeta(d.meta().withPublished(later)));

      assertThat(again.outcome()).isEqualTo(Outcome.UPDATED);
      assertThat(store.document("a").orElseThrow().published()).isEqualTo(later);
      assertThat(store.counts().events()).isEqualTo(1);
    }
  }

  @Test
  void rejectedInputsAreRecordedOncePerSourceWithTheLatestReason() throws Exception {
    try (Store store = open()) {
      store.recordRejected(SourceRef.record("feed.jsonl", 3), "not JSON");
      store.recordRejected(SourceRef.file("broken.warc.gz"), "truncated gzip");
      store.recordRejected(SourceRef.record("feed.jsonl", 3), "no text");

      assertThat(store.counts().rejected()).isEqualTo(2);
    }
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT source, reason, rejected_at IS NOT NULL FROM rejected ORDER BY source")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getBoolean(3));
      }
      assertThat(rows).containsExactly(
          "broken.warc.gz | truncated gzip | true", "feed.jsonl:3 | no text | true");
    }
  }

  @Test
  void warningsWithoutADocumentAreStoredOnce() {
    try (Store store = open()) {
      store.recordWarning(Docs.warning("x", "json"));
      store.recordWarning(Docs.warning("x", "json"));
      store.recordWarning(Docs.warning("x", "empty"));

      assertThat(store.counts().warnings()).isEqualTo(2);
      assertThat(store.counts().documents()).isZero();
    }
  }

  @Test
  void everyEventFieldRoundTripsThroughItsTypedColumnIncludingNulls() throws Exception {
    EventClaim full = Docs.full("a", "a-1");
    EventClaim sparse = Docs.sparse("a", "a-2");
    try (Store store = open()) {
      store.ingest(Docs.doc("a", Docs.TEXT, List.of(full, sparse)));
    }
    try (Connection c = connect()) {
      for (EventClaim e : List.of(full, sparse)) {
        Map<String, @Nullable Object> expected = SchemaRecords.event(e);
        assertThat(expected.keySet()).containsExactlyElementsOf(SchemaRecords.EVENT_FIELDS);
        assertRow(c, "events", "event_id", e.eventId(), expected);
      }
    }
  }

  @Test
  void everyPostureFieldRoundTripsThroughItsTypedColumnIncludingNulls() throws Exception {
    PostureRecord full = Docs.posture("a", "p-1");
    PostureRecord sparse = Docs.sparsePosture("a", "p-2");
    try (Store store = open()) {
      store.ingest(Docs.doc("a", Docs.TEXT, List.of()).withPosture(List.of(full, sparse)));
      assertThat(store.counts().posture()).isEqualTo(2);
    }
    try (Connection c = connect()) {
      for (PostureRecord p : List.of(full, sparse)) {
        assertRow(c, "posture", "posture_id", p.postureId(), SchemaRecords.posture(p));
      }
    }
  }

  /** Reads one row with plain SQL: each field's column, and record_json, hold the record. */
  private static void assertRow(Connection c, String table, String key, String id,
      Map<String, @Nullable Object> expected) throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT * FROM " + table + " WHERE " + key + " = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as(id).isTrue();
        for (Map.Entry<String, @Nullable Object> f : expected.entrySet()) {
          Object want = f.getValue();
          if (want instanceof List<?> || want instanceof Map<?, ?>) {
            // a JSON column: its text, whatever the driver's type for it
            String got = rs.getString(f.getKey());
            assertThat(JSON.readTree(got)).as(id + "." + f.getKey())
                .isEqualTo(JSON.valueToTree(want));
          } else {
            assertThat(rs.getObject(f.getKey())).as(id + "." + f.getKey()).isEqualTo(want);
          }
        }
        assertThat(rs.getString("record_json")).isEqualTo(JSON.writeValueAsString(expected));
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void exportedRecordsKeepTheSchemaFieldOrderAndValues() throws Exception {
    EventClaim full = Docs.full("b", "b-1");
    EventClaim sparse = Docs.sparse("a", "a-1");
    try (Store store = open()) {
      store.ingest(Docs.doc("b", "zweites", List.of(full)));
      store.ingest(Docs.doc("a", "erstes", List.of(sparse)));
      List<Map<String, @Nullable Object>> all = new ArrayList<>();
      store.forEachEvent(all::add);

      assertThat(all).hasSize(2);
      assertThat(all.get(0).keySet()).containsExactlyElementsOf(SchemaRecords.EVENT_FIELDS);
      // same JSON text as the records had when stored: export writes exactly what analyze would
      assertThat(JSON.writeValueAsString(all)).isEqualTo(JSON.writeValueAsString(
          List.of(SchemaRecords.event(sparse), SchemaRecords.event(full))));
    }
  }

  @Test
  void reopeningKeepsTheData() {
    try (Store store = open()) {
      store.ingest(Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1"))));
      store.recordRejected(SourceRef.file("x.bin"), "unreadable");
    }
    try (Store store = open()) {
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 1, 0, 0, 1, 0));
      IngestResult again = store.ingest(Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1"))));
      assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
      StoredDocument d = store.document("a").orElseThrow();
      assertThat(d.extra()).containsEntry("feed", "test").containsEntry("author", "dpa");
      assertThat(d.rawLength()).isEqualTo(Docs.TEXT.length());
      assertThat(d.format()).isEqualTo("text");
      assertThat(store.document("missing")).isEmpty();
    }
  }

  @Test
  void anEventOfAnotherDocumentIsAProgrammingErrorAndStoresNothing() {
    try (Store store = open()) {
      Document d = Docs.doc("a", Docs.TEXT, List.of(Docs.full("b", "b-1")));
      assertThatThrownBy(() -> store.ingest(d))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("b-1");
      assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0, 0));
    }
  }

  @Test
  void aDocumentWithoutCleanTextOrEventsIsStored() {
    Document raw = Document.raw("r", SourceRef.record("feed.jsonl", 2),
        sitrep.model.Metadata.EMPTY, sitrep.model.Format.HTML, "<p>x</p>");
    try (Store store = open()) {
      assertThat(store.ingest(raw).outcome()).isEqualTo(Outcome.ADDED);
      StoredDocument d = store.document("r").orElseThrow();
      assertThat(d.text()).isNull();
      assertThat(d.language()).isNull();
      assertThat(d.source()).isEqualTo(SourceRef.record("feed.jsonl", 2));
      assertThat(store.documents().get(0).source()).isEqualTo("feed.jsonl:2");
    }
  }

  @Test
  void concurrentIngestsAllLand() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (Store store = open()) {
      List<Future<IngestResult>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String id = "d" + i;
        List<EventClaim> events = List.of(Docs.full(id, id + "-1"), Docs.sparse(id, id + "-2"));
        results.add(pool.submit(() -> store.ingest(Docs.doc(id, "Text " + id, events))));
      }
      for (Future<IngestResult> r : results) {
        assertThat(r.get().outcome()).isEqualTo(Outcome.ADDED);
      }
      assertThat(store.counts()).isEqualTo(new StoreCounts(40, 80, 0, 0, 0, 0));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aClosedStoreSaysSo() {
    Store store = open();
    store.close();
    store.close();
    assertThatThrownBy(store::counts)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  static final String WIRE = "Rockets struck a base housing US troops at the al-Omar oil field in "
      + "eastern Syria on Sunday, the Syrian Observatory for Human Rights said. The monitor said at "
      + "least six rockets were fired from the area of al-Mayadin, where government troops and "
      + "Iran-backed militias are deployed. There were no reports of casualties, but a vehicle "
      + "depot was damaged. No group has claimed responsibility for the attack so far, and the "
      + "coalition did not comment on the report when asked by reporters on Monday.";

  @Test
  void reprintsOfAStoredTextAreFoundAndRecordedAsCopies() {
    try (Store store = open()) {
      store.ingest(Docs.doc("wire-1", WIRE, List.of()));
      Fingerprint reprint = Fingerprint.of("Syria: rockets hit US base\n" + WIRE
          + "\nShare this article on Facebook.");
      CopyMatch match = store.findCopy(reprint, 0.7).orElseThrow();
      assertThat(match.docId()).isEqualTo("wire-1");
      assertThat(match.similarity()).isGreaterThan(0.7).isLessThan(1.0);
      assertThat(store.findCopy(Fingerprint.of(WIRE.toUpperCase()), 0.7).orElseThrow()
          .similarity()).isEqualTo(1.0);
      assertThat(store.findCopy(Fingerprint.of(Docs.TEXT + " " + Docs.TEXT), 0.7)).isEmpty();

      store.recordCopy(Docs.doc("wire-1-reprint", "Syria: rockets hit US base\n" + WIRE,
          List.of()), "wire-1", match.similarity());
      assertThat(store.copiesOf("wire-1")).extracting(CopyMatch::docId)
          .containsExactly("wire-1-reprint");
      assertThat(store.counts().copies()).isEqualTo(1);
      assertThat(store.counts().documents()).isEqualTo(1);
    }
  }

  // ---------------------------------------------------------------- event queries

  /**
   * Six events in three documents. Newest first: b-1 (2023-11-03), b-2 (sometime in November
   * 2023), c-1 (2022-01-10), a-1 (2021-06-28), c-3 (28 June, year unknown), a-2 (no date).
   */
  private static void ingestQueryFixture(Store store) {
    store.ingest(Docs.doc("a", Docs.TEXT, List.of(Docs.full("a", "a-1"), Docs.sparse("a", "a-2"))));
    store.ingest(Docs.doc("b", "Drohnen über Ain al-Asad.", List.of(
        Docs.event("b", "b-1", DateValue.day(LocalDate.of(2023, 11, 3)),
            "Explosions/Remote violence", "Air/drone strike",
            "Military Forces of the United States",
            Docs.place("Ain al-Asad Air Base", "IQ", "Iraq", 33.8, 42.44), Factuality.ASSERTED,
            "Drones struck the base, 100% confirmed by the coalition."),
        Docs.event("b", "b-2", DateValue.month(2023, 11), "Strategic developments", "Other",
            null, Docs.place("Baghdad", "IQ", "Iraq", 33.34, 44.4), Factuality.UNCERTAIN,
            "Convoys were seen near Baghdad in November."))));
    store.ingest(Docs.doc("c", "Unruhen auf Taveuni.", List.of(
        Docs.event("c", "c-1", DateValue.day(LocalDate.of(2022, 1, 10)), "Riots",
            "Violent demonstration", "Rioters (Fiji)", Docs.place("Taveuni", "FJ", "Fiji",
                -16.85, 179.95), Factuality.REPORTED, "Rioters burned a truck on Taveuni."),
        Docs.event("c", "c-3", DateValue.dayNoYear(6, 28), "Riots", "Mob violence", null,
            Docs.place("Vanua Balavu", "FJ", "Fiji", -17.2, -178.95), Factuality.REPORTED,
            "A mob attacked a shop on 28 June."))));
  }

  private static final List<String> NEWEST_FIRST =
      List.of("b-1", "b-2", "c-1", "a-1", "c-3", "a-2");

  private static List<Object> ids(EventPage page) {
    return page.items().stream().map(m -> (Object) m.get("event_id")).toList();
  }

  private static List<Object> ids(Store store, Map<String, String> parameters) {
    EventQuery q = EventQuery.fromParameters(parameters);
    EventPage page = store.queryEvents(q);
    assertThat(page.next()).as("one page holds them all").isNull();
    assertThat(store.countEvents(q)).as("count of " + parameters).isEqualTo(page.items().size());
    return ids(page);
  }

  @Test
  void allEventsComeNewestFirstWithUndatedOnesLastAsStored() throws Exception {
    try (Store store = open()) {
      ingestQueryFixture(store);
      EventPage page = store.queryEvents(EventQuery.all());

      assertThat(ids(page)).containsExactlyElementsOf(NEWEST_FIRST);
      assertThat(page.next()).isNull();
      assertThat(store.countEvents(EventQuery.all())).isEqualTo(6);
      // the records as stored, in the order of their fields
      assertThat(JSON.writeValueAsString(page.items().get(3)))
          .isEqualTo(JSON.writeValueAsString(SchemaRecords.event(Docs.full("a", "a-1"))));
    }
  }

  @Test
  void pagesFollowTheCursorWithoutRepeatsOrGaps() {
    try (Store store = open()) {
      ingestQueryFixture(store);
      for (int limit = 1; limit <= 7; limit++) {
        List<Object> seen = new ArrayList<>();
        EventQuery q = EventQuery.all().withLimit(limit);
        int pages = 0;
        while (true) {
          EventPage page = store.queryEvents(q);
          pages++;
          assertThat(page.items()).hasSizeLessThanOrEqualTo(limit).isNotEmpty();
          seen.addAll(ids(page));
          if (page.next() == null) {
            break;
          }
          q = q.withCursor(page.next());
        }
        assertThat(seen).as("limit " + limit).containsExactlyElementsOf(NEWEST_FIRST);
        assertThat(pages).as("limit " + limit).isEqualTo((6 + limit - 1) / limit);
      }
    }
  }

  @Test
  void eventsStoredBetweenPagesNeitherRepeatNorShiftTheNextPage() {
    try (Store store = open()) {
      ingestQueryFixture(store);
      EventPage first = store.queryEvents(EventQuery.all().withLimit(2));
      assertThat(ids(first)).containsExactly("b-1", "b-2");

      store.ingest(Docs.doc("d", "Neues.", List.of(
          Docs.event("d", "d-1", DateValue.day(LocalDate.of(2024, 1, 1)), "Battles",
              "Armed clash", null, null, Factuality.REPORTED, "newest"),
          Docs.event("d", "d-2", DateValue.day(LocalDate.of(2021, 1, 1)), "Battles",
              "Armed clash", null, null, Factuality.REPORTED, "older"))));
      // an offset of 2 would now repeat b-2; the cursor goes on after it
      EventPage second = store.queryEvents(EventQuery.all().withLimit(2).withCursor(first.next()));
      EventPage third = store.queryEvents(EventQuery.all().withLimit(2).withCursor(second.next()));

      assertThat(ids(second)).containsExactly("c-1", "a-1");
      assertThat(ids(third)).containsExactly("d-2", "c-3");
    }
  }

  @Test
  void datesMatchWhenTheEventMayHaveHappenedInTheRange() {
    try (Store store = open()) {
      ingestQueryFixture(store);

      // November 2023 may be after the 10th; the 3rd is not
      assertThat(ids(store, Map.of("from", "2023-11-10"))).containsExactly("b-2");
      // a year-less date never matches, nor does no date
      assertThat(ids(store, Map.of("to", "2021-12-31"))).containsExactly("a-1");
      assertThat(ids(store, Map.of("from", "2021-06-28", "to", "2021-06-28")))
          .containsExactly("a-1");
      assertThat(ids(store, Map.of("from", "2022-01-01", "to", "2023-11-02")))
          .containsExactly("b-2", "c-1");
    }
  }

  @Test
  void aBoxSelectsByCoordinatesAlsoAcrossTheAntimeridian() {
    try (Store store = open()) {
      ingestQueryFixture(store);

      assertThat(ids(store, Map.of("bbox", "35,30,45,40"))).containsExactly("b-1", "b-2", "a-1");
      assertThat(ids(store, Map.of("bbox", "170,-20,-170,-10"))).containsExactly("c-1", "c-3");
      assertThat(ids(store, Map.of("bbox", "-170,-20,170,-10"))).isEmpty();
      // edges belong to the box
      assertThat(ids(store, Map.of("bbox", "40.6906,35.0969,40.6906,35.0969")))
          .containsExactly("a-1");
    }
  }

  @Test
  void countryMatchesNameOrCodeInEitherCase() {
    try (Store store = open()) {
      ingestQueryFixture(store);

      assertThat(ids(store, Map.of("country", "iq"))).containsExactly("b-1", "b-2");
      assertThat(ids(store, Map.of("country", "SYRIA"))).containsExactly("a-1");
      assertThat(ids(store, Map.of("country", "Fiji"))).containsExactly("c-1", "c-3");
      assertThat(ids(store, Map.of("country", "Syr"))).isEmpty();
    }
  }

  @Test
  void typesMatchAcledNamesInEitherCase() {
    try (Store store = open()) {
      ingestQueryFixture(store);

      assertThat(ids(store, Map.of("type", "explosions/remote violence")))
          .containsExactly("b-1", "a-1");
      assertThat(ids(store, Map.of("sub_type", "Air/drone strike"))).containsExactly("b-1");
      assertThat(ids(store, Map.of("type", "Riots", "sub_type", "mob violence")))
          .containsExactly("c-3");
    }
  }

  @Test
  void actorMatchesPartOfAnyActorInEitherCase() {
    try (Store store = open()) {
      ingestQueryFixture(store);

      // b-1's actor1, a-1's actor2
      assertThat(ids(store, Map.of("actor", "united states"))).containsExactly("b-1", "a-1");
      // a-1's associated actors
      assertThat(ids(store, Map.of("actor", "Revolutionary Guard"))).containsExactly("a-1");
      assertThat(ids(store, Map.of("actor", "CIVILIANS"))).containsExactly("a-1");
      assertThat(ids(store, Map.of("actor", "rioters"))).containsExactly("c-1");
    }
  }

  @Test
  void factualityMatchesItsLabel() {
    try (Store store = open()) {
      ingestQueryFixture(store);

      assertThat(ids(store, Map.of("factuality", "alleged"))).containsExactly("a-2");
      assertThat(ids(store, Map.of("factuality", "Reported"))).containsExactly("c-1", "a-1", "c-3");
      assertThat(ids(store, Map.of("factuality", "denied"))).isEmpty();
    }
  }

  @Test
  void freeTextFindsPlacesActorsNotesAndEvidenceButNotFieldNames() {
    try (Store store = open()) {
      ingestQueryFixture(store);

      assertThat(ids(store, Map.of("q", "ölfeld"))).as("evidence, either case").containsExactly("a-1");
      assertThat(ids(store, Map.of("q", "LEXICON"))).as("notes").containsExactly("a-1");
      assertThat(ids(store, Map.of("q", "baghdad"))).as("location, evidence").containsExactly("b-2");
      assertThat(ids(store, Map.of("q", "Rioters (Fiji)"))).as("actor").containsExactly("c-1");
      assertThat(ids(store, Map.of("q", "SOHR"))).as("claim source").containsExactly("a-1");
      assertThat(ids(store, Map.of("q", "100%"))).as("% taken literally").containsExactly("b-1");
      assertThat(ids(store, Map.of("q", "%"))).containsExactly("b-1");
      assertThat(ids(store, Map.of("q", "_"))).isEmpty();
      assertThat(ids(store, Map.of("q", "sentence"))).as("a key of evidence").isEmpty();
      assertThat(ids(store, Map.of("q", "event_id"))).as("a key of the record").isEmpty();
      assertThat(ids(store, Map.of("q", "' OR 1=1 --"))).isEmpty();
    }
  }

  @Test
  void filtersGivenTogetherMustAllMatch() {
    try (Store store = open()) {
      ingestQueryFixture(store);

      assertThat(ids(store, Map.of("country", "IQ", "type", "Explosions/Remote violence",
          "from", "2023-01-01", "bbox", "40,30,45,35", "q", "drones"))).containsExactly("b-1");
      assertThat(ids(store, Map.of("country", "IQ", "factuality", "reported"))).isEmpty();
    }
  }

  @Test
  void theCountIgnoresLimitAndCursor() {
    try (Store store = open()) {
      ingestQueryFixture(store);
      EventQuery q = EventQuery.fromParameters(Map.of("country", "FJ", "limit", "1"));
      EventPage first = store.queryEvents(q);

      assertThat(ids(first)).containsExactly("c-1");
      assertThat(store.countEvents(q)).isEqualTo(2);
      assertThat(store.countEvents(q.withCursor(first.next()))).isEqualTo(2);
      assertThat(ids(store.queryEvents(q.withCursor(first.next())))).containsExactly("c-3");
    }
  }
}
