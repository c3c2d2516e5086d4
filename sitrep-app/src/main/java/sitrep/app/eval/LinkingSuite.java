package sitrep.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import sitrep.app.Analysis;
import sitrep.app.Home;
import sitrep.events.incident.IncidentLinker;
import sitrep.events.incident.LinkClaim;
import sitrep.model.Document;
import sitrep.model.EventClaim;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.SchemaRecords;
import sitrep.model.SourceRef;

/**
 * Incident linking on the project's own test set ({@code eval/linking/reports.jsonl}: reports in
 * English and German grouped by the real incident they tell, hard negatives included; English
 * ACLED notes are referenced by data_id and read from ../shared at run time). Every report is
 * analyzed, all claims are linked, and each report counts as belonging to the incident of its
 * main claim (earliest sentence, then most confident); a report without events stands alone.
 * Scored: pairwise precision/recall/F1 over report pairs and B-cubed F1 over reports.
 */
public final class LinkingSuite implements EvalSuite {
  static final String FILE = "eval/linking/reports.jsonl";
  private static final String ACLED = "eval/acled/acled-2020-05-dev.csv";

  @Override
  public String name() {
    return "linking";
  }

  @Override
  public String description() {
    return "incident linking across reports and languages (" + FILE + " in the repository)";
  }

  record Report(String id, String incident, String language, LocalDate published, String text) {}

  @Override
  public Map<String, Object> run(Path shared, Options options, PrintWriter out, PrintWriter err) {
    Path file = Home.root().resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("linking suite needs " + file);
    }
    List<Report> reports = read(file, shared.resolve(ACLED), options.limit(), err);
    IncidentLinker linker = new IncidentLinker();
    List<LinkClaim> claims = new ArrayList<>();
    Map<String, String> mainEvent = new HashMap<>();
    int line = 0;
    for (Report r : reports) {
      line++;
      Document d = Analysis.standard().processOrWarn(Document.raw(r.id(),
          SourceRef.record(file.toString(), line),
          new Metadata(null, null, r.published(), "linking", r.language(), Map.of()),
          Format.TEXT, r.text()));
      for (EventClaim e : d.events()) {
        claims.add(LinkClaim.of(SchemaRecords.event(e), r.published()));
      }
      Judged.mainEvent(d).ifPresent(e -> mainEvent.put(r.id(), e.eventId()));
    }
    linker.addAll(claims);
    Map<String, String> predicted = new HashMap<>();
    for (Report r : reports) {
      String ev = mainEvent.get(r.id());
      String inc = ev == null ? null : linker.incidentOf(ev);
      predicted.put(r.id(), inc == null ? "alone:" + r.id() : inc);
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long crossTp = 0;
    long crossGold = 0;
    Map<String, LinkClaim> byEvent = new HashMap<>();
    for (LinkClaim c : claims) {
      byEvent.put(c.eventId(), c);
    }
    Map<String, Integer> missed = new java.util.TreeMap<>();
    Map<String, Integer> wrong = new java.util.TreeMap<>();
    for (int i = 0; i < reports.size(); i++) {
      for (int j = i + 1; j < reports.size(); j++) {
        Report a = reports.get(i);
        Report b = reports.get(j);
        boolean gold = a.incident().equals(b.incident());
        boolean pred = predicted.get(a.id()).equals(predicted.get(b.id()));
        tp += gold && pred ? 1 : 0;
        fp += !gold && pred ? 1 : 0;
        fn += gold && !pred ? 1 : 0;
        if (gold != pred) {
          String why = reason(byEvent.get(mainEvent.get(a.id())),
              byEvent.get(mainEvent.get(b.id())), gold);
          (gold ? missed : wrong).merge(why, 1, Integer::sum);
          if (Boolean.getBoolean("sitrep.debug")) {
            err.println((gold ? "MISS " : "WRONG ") + why
                + "\n  " + a.id() + " " + brief(byEvent.get(mainEvent.get(a.id())))
                + "\n  " + b.id() + " " + brief(byEvent.get(mainEvent.get(b.id()))));
          }
        }
        if (gold && !a.language().equals(b.language())) {
          crossGold++;
          crossTp += pred ? 1 : 0;
        }
      }
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    double[] b3 = bcubed(reports, predicted);
    double cross = crossGold == 0 ? 0 : (double) crossTp / crossGold;
    Table table = new Table("measure", "value");
    table.row("reports", reports.size());
    table.row("reports with an event", mainEvent.size());
    table.row("claims linked", claims.size());
    table.row("incidents built", linker.size());
    table.row("gold pairs (same incident)", tp + fn);
    table.row("pairwise precision", Table.fmt(p));
    table.row("pairwise recall", Table.fmt(r));
    table.row("pairwise F1", Table.fmt(f));
    table.row("cross-language recall", Table.fmt(cross));
    table.row("B-cubed precision", Table.fmt(b3[0]));
    table.row("B-cubed recall", Table.fmt(b3[1]));
    table.row("B-cubed F1", Table.fmt(b3[2]));
    table.print(out);
    out.println();
    out.println("missed pairs by reason: " + missed);
    out.println("wrongly linked pairs by type: " + wrong);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("suite", name());
    metrics.put("reports", reports.size());
    metrics.put("with_event", mainEvent.size());
    metrics.put("gold_pairs", tp + fn);
    metrics.put("pairwise_precision", Table.round(p));
    metrics.put("pairwise_recall", Table.round(r));
    metrics.put("pairwise_f1", Table.round(f));
    metrics.put("cross_language_recall", Table.round(cross));
    metrics.put("bcubed_precision", Table.round(b3[0]));
    metrics.put("bcubed_recall", Table.round(b3[1]));
    metrics.put("bcubed_f1", Table.round(b3[2]));
    return metrics;
  }

  private static String brief(LinkClaim c) {
    return c == null ? "-" : c.subEventType() + " | " + c.eventDate() + " | " + c.location() + " "
        + c.countryCode() + " p" + c.geoPrecision() + " | " + c.actor1() + " / " + c.actor2()
        + " | " + c.fatalities() + " | " + c.factuality();
  }

  private static String reason(LinkClaim a, LinkClaim b, boolean gold) {
    if (a == null || b == null) {
      return "no event in a report";
    }
    if (!gold) {
      return a.subEventType().equals(b.subEventType()) ? "same sub-type" : "other sub-type";
    }
    String why = IncidentLinker.explain(a, b);
    return why == null ? "linked elsewhere" : why.startsWith("score") ? "low score" : why;
  }

  /** B-cubed precision, recall and F1 over reports. */
  static double[] bcubed(List<Report> reports, Map<String, String> predicted) {
    Map<String, Set<String>> goldSets = new HashMap<>();
    Map<String, Set<String>> predSets = new HashMap<>();
    for (Report r : reports) {
      goldSets.computeIfAbsent(r.incident(), k -> new HashSet<>()).add(r.id());
      predSets.computeIfAbsent(predicted.get(r.id()), k -> new HashSet<>()).add(r.id());
    }
    double p = 0;
    double rec = 0;
    for (Report r : reports) {
      Set<String> g = goldSets.get(r.incident());
      Set<String> pr = predSets.get(predicted.get(r.id()));
      long both = pr.stream().filter(g::contains).count();
      p += (double) both / pr.size();
      rec += (double) both / g.size();
    }
    p /= reports.size();
    rec /= reports.size();
    return new double[] {p, rec, p + rec == 0 ? 0 : 2 * p * rec / (p + rec)};
  }

  private static List<Report> read(Path file, Path acled, int limit, PrintWriter err) {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> notes = null;
    List<Report> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode r = json.readTree(line);
          String text = r.path("text").asText("");
          String acledId = r.path("acled_data_id").asText("");
          if (!acledId.isEmpty()) {
            if (notes == null) {
              notes = acledNotes(acled);
            }
            String note = notes.get(acledId);
            if (note == null) {
              err.println("warning: " + file + ":" + n + ": ACLED row " + acledId
                  + " not found in " + acled + "; report skipped");
              continue;
            }
            text = AcledSuite.strip(note);
          }
          out.add(new Report(r.get("id").asText(), r.get("incident").asText(),
              r.path("language").asText("en"), LocalDate.parse(r.get("published").asText()),
              text));
        } catch (IOException | RuntimeException e) {
          err.println("warning: " + file + ":" + n + ": line skipped (" + e.getMessage() + ")");
        }
        if (limit > 0 && out.size() >= limit) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Map<String, String> acledNotes(Path file) {
    Map<String, String> out = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(in)) {
        out.put(rec.get("data_id"), rec.get("notes"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

}
