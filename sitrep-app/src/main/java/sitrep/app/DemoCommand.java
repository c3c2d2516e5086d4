package sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import sitrep.model.ActorRef;
import sitrep.model.Document;
import sitrep.model.EventClaim;
import sitrep.model.Evidence;
import sitrep.model.Place;
import sitrep.model.PostureRecord;
import sitrep.store.Store;

/** {@code sitrep demo}: the bundled sample articles into the embedded store, with a summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Analyze the bundled sample articles into the store and summarize what was found.")
final class DemoCommand implements Callable<Integer> {
  private static final int EVIDENCE_CHARS = 150;

  @Spec
  CommandSpec spec;

  @Mixin
  Options.Db db = new Options.Db();

  @Mixin
  Options.Quiet quiet = new Options.Quiet();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var samples = Home.samples();
    if (!Files.isDirectory(samples)) {
      throw new Main.UsageException("no sample articles at " + samples);
    }
    List<Document> docs = new ArrayList<>();
    try (Store store = IngestCommand.open(db.db)) {
      out.println("sitrep demo: the sample articles in " + samples
          + " (written for the project: fictional incidents at real places)");
      out.println();
      List<String> inputs = List.of(samples + "/*.txt", samples + "/*.html", samples + "/*.jsonl");
      var counts = IngestCommand.ingest(store, inputs, null, err, true,
          Progress.forBatch(err, quiet.quiet, false, inputs), docs::add).counts();
      for (Document d : docs) {
        summarize(out, d);
      }
      List<java.util.Map<String, @Nullable Object>> incidents = new ArrayList<>();
      store.forEachIncident(incidents::add);
      List<java.util.Map<String, @Nullable Object>> shared = incidents.stream()
          .filter(i -> ((Number) i.get("documents")).intValue() > 1).toList();
      out.println("incidents: " + incidents.size() + " (" + shared.size()
          + " told by more than one document)");
      for (var i : shared) {
        out.println("  " + i.get("incident_id") + "  ·  " + i.get("sub_event_type") + "  ·  "
            + i.get("event_date") + "  ·  " + i.get("location") + "  ·  " + i.get("claims")
            + " claims from " + i.get("documents") + " documents " + i.get("languages") + "  ·  "
            + i.get("status") + "  ·  fatalities " + i.get("fatalities")
            + (java.util.Objects.equals(i.get("fatalities_min"), i.get("fatalities_max")) ? ""
                : " (reported " + i.get("fatalities_min") + "–" + i.get("fatalities_max") + ")"));
      }
      out.println();
      var c = store.counts();
      out.println("store: " + store.location() + " — " + c.documents() + " documents, "
          + c.events() + " events, " + c.posture() + " posture records"
          + (c.copies() > 0 ? ", " + c.copies() + " copies" : ""));
      out.println("next:  ./sitrep export --format jsonl --out events.jsonl   "
          + "(or analyze your own files: ./sitrep analyze PATH --out events.jsonl)");
      out.println("web UI: ./sitrep serve" + (db.db == null ? "" : " --db " + db.db)
          + "   then open http://127.0.0.1:8080/ (map, timeline, incidents, sites)");
      return counts.exitCode();
    }
  }

  static void summarize(PrintWriter out, Document d) {
    String published = d.meta().published() == null ? "no publication date"
        : "published " + d.meta().published();
    out.println(d.id() + "  ·  " + d.language() + "  ·  " + published + "  ·  "
        + d.events().size() + " events, " + d.posture().size() + " posture records");
    int n = 1;
    for (EventClaim e : d.events()) {
      out.println("  " + n++ + ". " + e.subEventType() + "  ·  "
          + (e.date() == null ? "date unknown" : e.date().value() + " (precision "
              + e.date().precision() + ")") + "  ·  " + place(e.place())
          + (e.historical() ? "  ·  historical" : ""));
      out.println("     " + actor(e.actor1()) + " → " + actor(e.actor2())
          + "  ·  fatalities " + count(e.fatalities()) + "  ·  " + e.factuality().label()
          + (e.claimSource() == null ? "" : " (" + e.claimSource() + ")"));
      out.println("     » " + evidence(e.evidence()));
    }
    for (PostureRecord p : d.posture()) {
      out.println("  P. " + p.change().label() + "  ·  " + (p.site() != null ? p.site()
          : place(p.place())) + "  ·  " + actor(p.holder())
          + (p.equipment().isEmpty() ? "" : "  ·  " + String.join(", ", p.equipment()))
          + (p.quantity() == null ? "" : " (" + p.quantity() + ")")
          + (p.claimSource() == null ? "" : "  ·  " + p.claimSource()));
    }
    out.println();
  }

  private static String place(@Nullable Place p) {
    if (p == null) {
      return "place unknown";
    }
    String where = p.name() + (p.country() != null && !p.isCountry() ? ", " + p.country() : "");
    return p.relation() != null ? p.relation() + " " + where : where;
  }

  private static String actor(@Nullable ActorRef a) {
    return a == null ? "?" : a.name();
  }

  private static String count(@Nullable Integer n) {
    return n == null ? "not given" : n.toString();
  }

  private static String evidence(List<Evidence> ev) {
    if (ev.isEmpty()) {
      return "";
    }
    String t = ev.get(0).text().replaceAll("\\s+", " ");
    return t.length() <= EVIDENCE_CHARS ? t : t.substring(0, EVIDENCE_CHARS - 1) + "…";
  }
}
