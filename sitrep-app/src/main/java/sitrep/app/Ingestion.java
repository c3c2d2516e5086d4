package sitrep.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import sitrep.store.Store;

/**
 * The ingest of {@code sitrep ingest} for callers outside the CLI (the HTTP server's
 * {@code POST /api/documents}): the same reading, analysis, copy detection and incident rebuild,
 * so a document posted to the server ends up exactly as if it had been ingested from a file.
 */
public final class Ingestion {
  private Ingestion() {}

  /**
   * What one ingest stored.
   *
   * @param docIds the analyzed documents, in input order (copies of stored texts are not among
   *     them)
   * @param copies how many inputs were recorded as copies of stored documents
   * @param rejected how many inputs could not be read
   */
  public record Outcome(List<String> docIds, int copies, int rejected) {
    public Outcome {
      docIds = List.copyOf(docIds);
    }
  }

  /** Analyzes and stores {@code inputs} (paths or globs); warnings go to {@code err}. */
  public static Outcome ingest(Store store, List<String> inputs, PrintWriter err) {
    List<String> ids = new ArrayList<>();
    var r = IngestCommand.ingest(store, inputs, null, err, true, Progress.off(),
        d -> ids.add(d.id()));
    return new Outcome(ids, r.counts().copies(), r.counts().rejected());
  }
}
