package sitrep.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sitrep.app.Analysis;
import sitrep.events.PloverCoder;
import sitrep.model.Document;
import sitrep.model.EventCodes;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.SourceRef;

/**
 * The PLOVER gold-standard records (OEDA): each record's sentence is analyzed as an undated
 * document in its language; the prediction is the PLOVER type the {@link PloverCoder} gives the
 * first sentence it codes, else the PLOVER mapping of the main ACLED event, else {@code NONE}.
 * Scored: accuracy of the event type, and per-class precision/recall/F1.
 */
public final class PloverSuite implements EvalSuite {
  private static final String FILE = "eval/plover/PLOVER_GSR_CAMEO.txt";
  static final String NONE = "NONE";

  @Override
  public String name() {
    return "plover";
  }

  @Override
  public String description() {
    return "PLOVER gold-standard records, event type (" + FILE + ")";
  }

  record Item(String id, String text, String language, String event) {}

  @Override
  public Map<String, Object> run(Path shared, Options options, PrintWriter out, PrintWriter err) {
    Path file = shared.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("plover suite needs " + file);
    }
    List<Item> items = read(file, options.limit(), err);
    ClassScores scores = new ClassScores();
    ClassScores fromAcled = new ClassScores();
    Map<String, Integer> confusions = new LinkedHashMap<>();
    int i = 0;
    for (Item it : items) {
      i++;
      Document d = Analysis.standard().processOrWarn(Document.raw("plover:" + it.id(),
          SourceRef.record(file.toString(), i),
          new Metadata(null, null, null, "PLOVER GSR", it.language(), Map.of()), Format.TEXT,
          it.text()));
      String predicted = predict(d);
      scores.add(it.event(), predicted);
      fromAcled.add(it.event(), acledPlover(d));
      if (!predicted.equals(it.event())) {
        confusions.merge(it.event() + " → " + predicted, 1, Integer::sum);
      }
    }
    Table table = new Table(ClassScores.header().toArray(String[]::new));
    scores.rows(table, scores.goldClasses());
    table.print(out);
    out.println();
    out.printf("PLOVER event type accuracy: %s over %d records (ACLED events mapped alone: %s)%n",
        Table.fmt(scores.accuracy()), scores.items(), Table.fmt(fromAcled.accuracy()));
    Judged.printConfusions(out, "most frequent confusions (gold → sitrep):", confusions, 12);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("suite", name());
    metrics.put("records", scores.items());
    metrics.put("event_type_accuracy", Table.round(scores.accuracy()));
    metrics.put("macro_f1", Table.round(scores.macroF1(scores.goldClasses())));
    metrics.put("acled_mapping_accuracy", Table.round(fromAcled.accuracy()));
    return metrics;
  }

  static String predict(Document d) {
    List<PloverCoder.PloverEvent> coded = PloverCoder.forLanguage(d.language()).code(d);
    return coded.isEmpty() ? acledPlover(d) : coded.get(0).type();
  }

  /** The PLOVER type of the main ACLED event (earliest sentence, then most confident). */
  private static String acledPlover(Document d) {
    return Judged.mainEvent(d)
        .map(e -> EventCodes.of(e.subEventType()).plover())
        .filter(p -> p != null)
        .orElse(NONE);
  }

  private static List<Item> read(Path file, int limit, PrintWriter err) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<Item> out = new ArrayList<>();
    int n = 0;
    for (JsonNode r : root) {
      n++;
      String event = r.path("event").asText("");
      String text = r.path("text").asText("");
      if (event.equals("DOCUMENT")) {
        continue; // the file's own documentation record
      }
      if (event.isBlank() || text.isBlank()) {
        err.println("warning: " + file + ": record " + n + " skipped (no event or text)");
        continue;
      }
      out.add(new Item(r.path("id").asText("#" + n), text, r.path("language").asText("en"), event));
      if (limit > 0 && out.size() >= limit) {
        break;
      }
    }
    return out;
  }
}
