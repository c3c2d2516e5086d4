package sitrep.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sitrep.app.output.AcledRows;
import sitrep.app.output.AcledTables;
import sitrep.app.output.ParquetExporter;
import sitrep.app.output.RecordWriter;
import sitrep.model.SchemaRecords;
import sitrep.store.Store;
import sitrep.store.StoredDocument;

/**
 * {@code sitrep export}: the store's event (or posture, or incident) records as JSONL, CSV,
 * GeoJSON or Parquet, or the events as rows of ACLED's CSV exports.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the stored records: jsonl, csv, geojson, parquet, or acled-csv.")
final class ExportCommand implements Callable<Integer> {
  /** The export formats. */
  enum Format {
    JSONL, CSV, GEOJSON, PARQUET, ACLED_CSV;

    static Format parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new Main.UsageException("unknown format '" + s
            + "': use jsonl, csv, geojson, parquet or acled-csv");
      }
    }
  }

  @Spec
  CommandSpec spec;

  @Mixin
  Options.Db db = new Options.Db();

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "jsonl (default), csv, geojson (RFC 7946), parquet (needs --out) or acled-csv "
          + "(events as rows of ACLED's CSV exports)")
  String format = "jsonl";

  @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
  @Nullable Path out;

  @Option(names = "--posture", description = "export the posture records instead of events")
  boolean posture;

  @Option(names = "--incidents",
      description = "export the incidents (claims of several documents about one occurrence)")
  boolean incidents;

  @Option(names = "--acled-columns", paramLabel = "LAYOUT", defaultValue = "2020",
      description = "acled-csv column layout: 2020 (default; ACLED's 2020 exports, as the "
          + "evaluation file) or current (with disorder_type, civilian_targeting and tags)")
  String acledColumns = "2020";

  @Override
  public Integer call() throws IOException {
    Format fmt = Format.parse(format);
    if (fmt == Format.ACLED_CSV && (posture || incidents)) {
      throw new Main.UsageException("--format acled-csv exports events only: drop "
          + (posture ? "--posture" : "--incidents"));
    }
    List<String> acledLayout = AcledTables.layout(acledColumns);
    if (acledLayout == null) {
      throw new Main.UsageException("unknown --acled-columns '" + acledColumns + "': use "
          + String.join(" or ", AcledTables.layoutNames()));
    }
    if (fmt == Format.PARQUET && out == null) {
      throw new Main.UsageException("--format parquet needs --out FILE");
    }
    checkWritable(out);
    PrintWriter err = spec.commandLine().getErr();
    List<String> fields = incidents ? SchemaRecords.INCIDENT_FIELDS
        : posture ? SchemaRecords.POSTURE_FIELDS : SchemaRecords.EVENT_FIELDS;
    String what = incidents ? "incidents" : posture ? "posture records" : "events";
    try (Store store = IngestCommand.open(db.db)) {
      String summary = switch (fmt) {
        case PARQUET -> parquet(store, fields) + " " + what;
        case ACLED_CSV -> acled(store, acledLayout, err);
        default -> text(store, fmt, fields, what);
      };
      err.println(summary + (out == null ? "" : " → " + out));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return 0;
  }

  /** An unwritable --out is the caller's mistake: one line, before the store is even opened. */
  private static void checkWritable(@Nullable Path out) {
    if (out == null) {
      return;
    }
    if (Files.isDirectory(out)) {
      throw new Main.UsageException("--out " + out + " is a directory");
    }
    try {
      Files.newOutputStream(out).close();
    } catch (IOException e) {
      throw new Main.UsageException("cannot write --out " + out + ": " + e.getClass()
          .getSimpleName().replace("Exception", "") + " " + e.getMessage());
    }
  }

  private void forEach(Store store, Consumer<Map<String, @Nullable Object>> sink) {
    if (incidents) {
      store.forEachIncident(sink);
    } else if (posture) {
      store.forEachPosture(sink);
    } else {
      store.forEachEvent(sink);
    }
  }

  private Writer writer() throws IOException {
    return out == null ? spec.commandLine().getOut()
        : new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8);
  }

  /** Closes the output when it is a file; stdout stays open for whoever runs the command. */
  private void closeFile(Writer w) throws IOException {
    if (out != null) {
      w.close();
    }
  }

  private String text(Store store, Format fmt, List<String> fields, String what)
      throws IOException {
    int[] n = new int[1];
    Writer w = writer();
    RecordWriter writer = new RecordWriter(w, RecordWriter.Format.valueOf(fmt.name()), fields);
    try (writer) {
      forEach(store, r -> {
        writer.write(r);
        n[0]++;
      });
    } finally {
      closeFile(w);
    }
    int skipped = writer.skipped();
    return (n[0] - skipped) + " " + what + (skipped == 0 ? ""
        : " (" + skipped + " without coordinates left out)");
  }

  private int parquet(Store store, List<String> fields) throws IOException {
    ParquetExporter parquet = new ParquetExporter(out, fields);
    try (parquet) {
      forEach(store, parquet::write);
    }
    return parquet.rows();
  }

  private String acled(Store store, List<String> layout, PrintWriter err) throws IOException {
    AcledRows rows = new AcledRows(Instant.now().getEpochSecond(), !layout.contains("tags"));
    Map<String, Integer> skipped = new TreeMap<>();
    int[] n = new int[1];
    Publications publications = new Publications(store);
    Writer w = writer();
    try (RecordWriter writer = new RecordWriter(w, RecordWriter.Format.CSV, layout)) {
      store.forEachEvent(e -> {
        AcledRows.Result r = rows.row(e, publications.of((String) e.get("doc_id")));
        if (r instanceof AcledRows.Row row) {
          writer.write(row.columns());
          n[0]++;
        } else if (r instanceof AcledRows.Skipped s) {
          skipped.merge(s.reason(), 1, Integer::sum);
        }
      });
    } finally {
      closeFile(w);
    }
    if (!skipped.isEmpty()) {
      StringBuilder sb = new StringBuilder("skipped ");
      skipped.forEach((reason, k) -> sb.append(sb.length() > 8 ? ", " : "").append(k)
          .append(" events with ").append(reason));
      err.println(sb.append(" (an ACLED row needs a full date and a place)"));
    }
    return n[0] + " ACLED rows";
  }

  /**
   * The publication an event was read in, for ACLED's source column: the host of the document's
   * URL when it has one. Events come ordered by document, so only the last lookup is kept.
   */
  private static final class Publications {
    private final Store store;
    private @Nullable String docId;
    private @Nullable String publication;

    Publications(Store store) {
      this.store = store;
    }

    @Nullable String of(@Nullable String id) {
      if (id == null) {
        return null;
      }
      if (!id.equals(docId)) {
        docId = id;
        publication = store.document(id).map(StoredDocument::url).map(Publications::host)
            .orElse(null);
      }
      return publication;
    }

    private static @Nullable String host(String url) {
      try {
        String h = URI.create(url.trim()).getHost();
        return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
