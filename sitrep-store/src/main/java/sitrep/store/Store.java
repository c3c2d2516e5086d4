package sitrep.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import sitrep.model.Document;
import sitrep.model.Fingerprint;
import sitrep.model.SourceRef;
import sitrep.model.Warning;

/**
 * Analyzed documents with their event claims, posture records and warnings, plus the inputs that
 * could not be read at all. Open one with {@link Stores#open(String)}; close it when done.
 *
 * <p>Implementations are safe to share between threads: operations are serialized, and each
 * {@link #ingest} is one transaction, so a reader never sees half a document.
 *
 * <p>Event and posture records come back as the ordered maps of {@link sitrep.model.SchemaRecords},
 * exactly as they were when stored.
 */
public interface Store extends AutoCloseable {

  /**
   * Stores a processed document: new ones are added; a document already stored with the same raw
   * content (and publication date) is left as it is; one whose content changed has its events,
   * posture records and warnings replaced.
   *
   * @throws IllegalArgumentException when an event or posture record names another document
   * @throws StoreException when the database fails
   */
  IngestResult ingest(Document processed);

  /**
   * Records an input that could not be read at all (unreadable file, JSONL line that is not JSON).
   * Recording the same source again replaces the reason and time, so repeated runs do not pile up.
   */
  void recordRejected(SourceRef source, String reason);

  /** Records a warning that belongs to no stored document; exact repeats are stored once. */
  void recordWarning(Warning warning);

  /** All documents, ordered by id. */
  List<DocumentSummary> documents();

  /** One document's text, metadata and warnings. */
  Optional<StoredDocument> document(String docId);

  /** The event records of one document, in the order the document gave them. */
  List<Map<String, @Nullable Object>> events(String docId);

  /** Streams every event record, ordered by document id and then as each document gave them. */
  void forEachEvent(Consumer<? super Map<String, @Nullable Object>> sink);

  /** Streams every posture record, in the same order as {@link #forEachEvent}. */
  void forEachPosture(Consumer<? super Map<String, @Nullable Object>> sink);

  /**
   * Streams the records that name an installation ({@code site} set): posture records first, then
   * event records, each in the order of {@link #forEachEvent}; {@code kind} tells them apart. What
   * {@code GET /api/sites} is built from, without reading every other record.
   */
  void forEachAtSite(Consumer<? super Map<String, @Nullable Object>> sink);

  /**
   * One page of the events that match {@code query}: newest event date first (events without a
   * date last), then by document id and as each document gave them. Pass the page's
   * {@link EventPage#next()} back as the query's cursor for the page after it.
   */
  EventPage queryEvents(EventQuery query);

  /** How many events match {@code query} in all; its limit and cursor play no part. */
  long countEvents(EventQuery query);

  /**
   * The stored document whose text this fingerprint repeats: exactly (same words), or nearly
   * (estimated Jaccard similarity of five-word shingles at least {@code minSimilarity}), the most
   * similar first. Only documents sharing a band of the signature are compared.
   */
  Optional<CopyMatch> findCopy(Fingerprint fingerprint, double minSimilarity);

  /**
   * Records a document as a copy of a stored one (a wire story reprinted elsewhere): kept as a
   * further source of that report, not analyzed again. Recording the same id again replaces it.
   */
  void recordCopy(Document copy, String copyOf, double similarity);

  /** The recorded copies of a stored document. */
  List<CopyMatch> copiesOf(String docId);

  /**
   * Replaces every stored incident with these records ({@link sitrep.model.SchemaRecords#incident}
   * maps), in one transaction: incidents are derived from the events' incident ids, so they are
   * rebuilt as a whole after each ingest.
   */
  void replaceIncidents(List<Map<String, @Nullable Object>> incidents);

  /** One incident record. */
  Optional<Map<String, @Nullable Object>> incident(String incidentId);

  /** The event records linked to an incident, ordered by document and position. */
  List<Map<String, @Nullable Object>> eventsOfIncident(String incidentId);

  /** Streams every incident record, ordered by id. */
  void forEachIncident(Consumer<? super Map<String, @Nullable Object>> sink);

  StoreCounts counts();

  /** Where the data lives, for messages: a file path or a database URL without credentials. */
  String location();

  /** Closes the connection; later calls fail. Closing twice is harmless. */
  @Override
  void close();
}
