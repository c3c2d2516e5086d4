package sitrep.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sitrep.app.output.RecordWriter;
import sitrep.model.SchemaRecords;
import sitrep.store.Store;

/** {@code sitrep export}: the store's event (and posture) records as JSONL, CSV or GeoJSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the stored records (formats so far: jsonl, csv, geojson).")
final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  Options.Db db = new Options.Db();

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "jsonl (default), csv or geojson")
  String format = "jsonl";

  @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
  @Nullable Path out;

  @Option(names = "--posture", description = "export the posture records instead of events")
  boolean posture;

  @Option(names = "--incidents",
      description = "export the incidents (claims of several documents about one occurrence)")
  boolean incidents;

  @Override
  public Integer call() throws IOException {
    RecordWriter.Format fmt = RecordWriter.Format.parse(format);
    Writer w = out == null ? spec.commandLine().getOut()
        : new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8);
    int[] n = new int[1];
    try (Store store = IngestCommand.open(db.db);
        RecordWriter writer = new RecordWriter(w, fmt, incidents ? SchemaRecords.INCIDENT_FIELDS
            : posture ? SchemaRecords.POSTURE_FIELDS : SchemaRecords.EVENT_FIELDS)) {
      if (incidents) {
        store.forEachIncident(r -> {
          writer.write(r);
          n[0]++;
        });
      } else if (posture) {
        store.forEachPosture(r -> {
          writer.write(r);
          n[0]++;
        });
      } else {
        store.forEachEvent(r -> {
          writer.write(r);
          n[0]++;
        });
      }
    } finally {
      if (out != null) {
        w.close();
      }
    }
    spec.commandLine().getErr().println(n[0] + " records" + (out == null ? "" : " → " + out));
    return 0;
  }
}
