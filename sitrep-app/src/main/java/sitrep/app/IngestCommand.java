package sitrep.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sitrep.model.Document;
import sitrep.model.SourceRef;
import sitrep.store.IngestResult;
import sitrep.store.Store;
import sitrep.store.StoreException;
import sitrep.store.Stores;

/** {@code sitrep ingest}: analyze and store; the same document twice is stored once. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyze inputs and store documents, events and posture records.")
final class IngestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  Options.Common common = new Options.Common();

  @Mixin
  Options.Db db = new Options.Db();

  @Mixin
  Options.Quiet quiet = new Options.Quiet();

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "files, directories, globs, or - for stdin (the default)")
  List<String> paths = new ArrayList<>();

  @Option(names = "--keep-copies",
      description = "analyze documents whose text repeats a stored one (default: record as copy)")
  boolean keepCopies;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    var published = common.published();
    try (Store store = open(db.db)) {
      Result r = ingest(store, paths, published, err, !keepCopies,
          Progress.forBatch(err, quiet.quiet, false, paths), d -> { });
      err.println(r.summary() + " in " + store.location());
      return r.counts().exitCode();
    }
  }

  static Store open(@Nullable String db) {
    try {
      return Stores.open(db);
    } catch (StoreException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }

  /** What an ingest did: batch counts and how many documents were added, updated, unchanged. */
  record Result(Batch.Counts counts, Map<IngestResult.Outcome, Integer> outcomes, int events,
      int posture, int incidents) {
    String summary() {
      return counts.documents() + " documents (" + outcomes.getOrDefault(IngestResult.Outcome.ADDED, 0)
          + " added, " + outcomes.getOrDefault(IngestResult.Outcome.UPDATED, 0) + " updated, "
          + outcomes.getOrDefault(IngestResult.Outcome.UNCHANGED, 0) + " unchanged), " + events
          + " events, " + posture + " posture records, " + incidents + " incidents"
          + (counts.copies() > 0 ? ", " + counts.copies() + " copies recorded" : "")
          + (counts.rejected() > 0 ? ", " + counts.rejected() + " inputs rejected" : "");
    }
  }

  /**
   * Analyzes and stores; with {@code dedup}, a document repeating a stored text is recorded as a
   * copy of it instead of being analyzed again.
   */
  static Result ingest(Store store, List<String> paths, @Nullable LocalDate published,
      PrintWriter err, boolean dedup, Progress progress, Consumer<Document> also) {
    Map<IngestResult.Outcome, Integer> outcomes = new EnumMap<>(IngestResult.Outcome.class);
    int[] records = new int[2];
    Batch batch = new Batch(err, dedup
        ? new StoreDuplicates(store, sitrep.ingest.dedup.DuplicateIndex.DEFAULT_THRESHOLD) : null,
        StoreIncidents.restore(store)).reporting(progress);
    Batch.Counts counts = batch.run(paths, published, new Batch.Sink() {
      @Override
      public void analyzed(Document doc) {
        IngestResult r = store.ingest(doc);
        outcomes.merge(r.outcome(), 1, Integer::sum);
        records[0] += doc.events().size();
        records[1] += doc.posture().size();
        also.accept(doc);
      }

      @Override
      public void copy(Document doc, sitrep.ingest.dedup.DuplicateIndex.Copy copy) {
        store.recordCopy(doc, copy.originalId(), copy.similarity());
      }

      @Override
      public void rejected(SourceRef where, String code, String reason) {
        store.recordRejected(where, code + ": " + reason);
      }
    });
    int incidents = StoreIncidents.rebuild(store);
    return new Result(counts, outcomes, records[0], records[1], incidents);
  }
}
