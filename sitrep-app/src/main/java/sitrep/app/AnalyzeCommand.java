package sitrep.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sitrep.app.output.RecordWriter;
import sitrep.events.incident.IncidentLinker;
import sitrep.ingest.dedup.InMemoryDuplicateIndex;
import sitrep.model.EventClaim;
import sitrep.model.PostureRecord;
import sitrep.model.SchemaRecords;

/** {@code sitrep analyze}: documents in, one event record per line out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyze files, directories, globs or - (stdin) and write event records.")
final class AnalyzeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  Options.Common common = new Options.Common();

  @Mixin
  Options.Quiet quiet = new Options.Quiet();

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "files, directories, globs, or - for stdin (the default)")
  List<String> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
  @Nullable Path out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (default), csv or geojson")
  String format = "jsonl";

  @Option(names = "--posture", description = "also write force-posture records (kind: posture)")
  boolean posture;

  @Option(names = "--keep-copies",
      description = "analyze documents whose text repeats an earlier one (default: skip them)")
  boolean keepCopies;

  @Override
  public Integer call() throws IOException {
    RecordWriter.Format fmt = RecordWriter.Format.parse(format);
    var published = common.published();
    Writer w = out == null ? spec.commandLine().getOut()
        : new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8);
    List<String> columns = new ArrayList<>(SchemaRecords.EVENT_FIELDS);
    if (posture) {
      for (String f : SchemaRecords.POSTURE_FIELDS) {
        if (!columns.contains(f)) {
          columns.add(f);
        }
      }
    }
    Batch.Counts counts;
    int[] written = new int[1];
    RecordWriter writer = new RecordWriter(w, fmt, columns);
    try (writer) {
      Batch batch = new Batch(spec.commandLine().getErr(),
          keepCopies ? null : new InMemoryDuplicateIndex(), new IncidentLinker())
          .reporting(Progress.forBatch(spec.commandLine().getErr(), quiet.quiet, out == null,
              paths));
      counts = batch.run(paths, published, doc -> {
        for (EventClaim e : doc.events()) {
          writer.write(SchemaRecords.event(e));
          written[0]++;
        }
        if (posture) {
          for (PostureRecord p : doc.posture()) {
            writer.write(SchemaRecords.posture(p));
            written[0]++;
          }
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      if (out != null) {
        w.close();
      }
    }
    int skipped = writer.skipped();
    spec.commandLine().getErr().println(counts.summary() + ", " + (written[0] - skipped)
        + " records" + (skipped == 0 ? "" : " (" + skipped + " without coordinates left out)")
        + (out == null ? "" : " → " + out));
    return counts.exitCode();
  }
}
