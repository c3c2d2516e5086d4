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
import sitrep.model.Document;
import sitrep.model.EventClaim;
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
}
