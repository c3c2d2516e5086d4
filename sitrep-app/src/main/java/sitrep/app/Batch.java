package sitrep.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import sitrep.events.incident.IncidentLinker;
import sitrep.ingest.dedup.DuplicateIndex;
import sitrep.ingest.read.Inputs;
import sitrep.ingest.read.ReadOptions;
import sitrep.ingest.read.ReadResult;
import sitrep.ingest.read.ReadStream;
import sitrep.model.Document;
import sitrep.model.Fingerprint;
import sitrep.model.SourceRef;
import sitrep.model.Warning;

/**
 * Reads inputs, cleans each document, skips copies of documents seen before (a wire story
 * reprinted elsewhere is analyzed once) and analyzes the rest, one at a time. Per-document problems
 * are printed as one-line warnings on stderr and never stop the batch; inputs that could not be
 * read go to {@link Sink#rejected} so a store can record them.
 */
public final class Batch {
  /** What a batch did, for the summary line and the exit code. */
  public record Counts(int documents, int copies, int rejected, int warnings) {
    /** Exit code 2: nothing could be read. */
    public int exitCode() {
      return documents + copies == 0 ? 2 : 0;
    }

    String summary() {
      return documents + " documents" + (copies > 0 ? ", " + copies + " copies not analyzed again"
          : "") + (rejected > 0 ? ", " + rejected + " inputs rejected" : "");
    }
  }

  /** Where a batch's results go. */
  public interface Sink {
    void analyzed(Document doc);

    /** A document whose text repeats an earlier one; it was cleaned but not analyzed. */
    default void copy(Document doc, DuplicateIndex.Copy copy) {}

    /** An input that yielded no document. */
    default void rejected(SourceRef where, String code, String reason) {}
  }

  private final PrintWriter err;
  private final @Nullable DuplicateIndex duplicates;
  private final @Nullable IncidentLinker linker;
  private Progress progress = Progress.off();

  /**
   * @param duplicates where earlier texts are remembered; null analyzes every document, copies
   *     included
   */
  public Batch(PrintWriter err, @Nullable DuplicateIndex duplicates) {
    this(err, duplicates, null);
  }

  /**
   * A batch that also links each document's events into incidents with {@code linker} (events
   * then carry their incident id), in input order, so the same inputs give the same incidents.
   */
  public Batch(PrintWriter err, @Nullable DuplicateIndex duplicates,
      @Nullable IncidentLinker linker) {
    this.err = err;
    this.duplicates = duplicates;
    this.linker = linker;
  }

  /** Reports progress while running (long runs only; see {@link Progress}). */
  Batch reporting(Progress p) {
    this.progress = p;
    return this;
  }

  public Counts run(List<String> inputs, @Nullable LocalDate published, Sink sink) {
    int docs = 0;
    int copies = 0;
    int bad = 0;
    int warnings = 0;
    ReadOptions options = ReadOptions.defaults().withPublished(published);
    try (ReadStream in = Inputs.open(inputs.isEmpty() ? List.of("-") : inputs, options)) {
      while (in.hasNext()) {
        ReadResult r = in.next();
        if (r instanceof ReadResult.Loaded loaded) {
          Document d = Analysis.cleaning().processOrWarn(loaded.document());
          Fingerprint fp = d.clean() == null || duplicates == null ? null
              : Fingerprint.of(d.text());
          Optional<DuplicateIndex.Copy> copy = fp == null ? Optional.empty()
              : duplicates.find(d.id(), fp);
          if (copy.isPresent()) {
            DuplicateIndex.Copy c = copy.get();
            progress.interrupt();
            err.printf("copy: %s repeats %s (%s); not analyzed again%n", d.id(),
                c.originalId(), c.exact() ? "same text" : String.format("similarity %.2f",
                    c.similarity()));
            sink.copy(d, c);
            copies++;
            progress.step();
            continue;
          }
          d = Analysis.analysis().processOrWarn(d);
          if (linker != null) {
            d = linker.link(d);
          }
          for (Warning w : d.warnings()) {
            progress.interrupt();
            err.println("warning: " + w);
            warnings++;
          }
          if (fp != null) {
            duplicates.add(d.id(), fp);
          }
          sink.analyzed(d);
          docs++;
        } else if (r instanceof ReadResult.Rejected rej) {
          progress.interrupt();
          err.println("warning: " + rej);
          sink.rejected(rej.where(), rej.code(), rej.reason());
          bad++;
        }
        progress.step();
      }
    } finally {
      progress.finish();
    }
    return new Counts(docs, copies, bad, warnings);
  }
}
