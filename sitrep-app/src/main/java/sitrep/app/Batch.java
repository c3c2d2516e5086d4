package sitrep.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import sitrep.ingest.read.Inputs;
import sitrep.ingest.read.ReadOptions;
import sitrep.ingest.read.ReadResult;
import sitrep.ingest.read.ReadStream;
import sitrep.model.Document;
import sitrep.model.Pipeline;
import sitrep.model.SourceRef;
import sitrep.model.Warning;

/**
 * Reads inputs, analyzes each document and hands it on, one at a time. Per-document problems
 * are printed as one-line warnings on stderr and never stop the batch; inputs that could not be
 * read are handed to {@code rejected} so a store can record them.
 */
public final class Batch {
  /** What a batch did, for the summary line and the exit code. */
  public record Counts(int documents, int rejected, int warnings) {
    /** Exit code 2: nothing could be read. */
    public int exitCode() {
      return documents == 0 ? 2 : 0;
    }
  }

  /** Called for each input that yielded no document. */
  public interface RejectedSink {
    void rejected(SourceRef where, String code, String reason);
  }

  private final Pipeline pipeline;
  private final PrintWriter err;

  public Batch(Pipeline pipeline, PrintWriter err) {
    this.pipeline = pipeline;
    this.err = err;
  }

  public Counts run(List<String> inputs, @Nullable LocalDate published, Consumer<Document> sink,
      RejectedSink rejected) {
    int docs = 0;
    int bad = 0;
    int warnings = 0;
    ReadOptions options = ReadOptions.defaults().withPublished(published);
    try (ReadStream in = Inputs.open(inputs.isEmpty() ? List.of("-") : inputs, options)) {
      while (in.hasNext()) {
        ReadResult r = in.next();
        if (r instanceof ReadResult.Loaded loaded) {
          Document d = pipeline.processOrWarn(loaded.document());
          for (Warning w : d.warnings()) {
            err.println("warning: " + w);
            warnings++;
          }
          sink.accept(d);
          docs++;
        } else if (r instanceof ReadResult.Rejected rej) {
          err.println("warning: " + rej);
          rejected.rejected(rej.where(), rej.code(), rej.reason());
          bad++;
        }
      }
    }
    return new Counts(docs, bad, warnings);
  }
}
