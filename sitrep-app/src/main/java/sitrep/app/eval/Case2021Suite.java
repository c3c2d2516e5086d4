package sitrep.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import sitrep.app.Analysis;
import sitrep.events.AcledType;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.SourceRef;

/**
 * CASE 2021 shared task 2: English snippets, each labelled with one ACLED sub-event type (in the
 * task's own codes) or one of five non-ACLED classes. Each snippet is analyzed as an undated
 * English document; the prediction is the sub-event type of the main event (earliest sentence,
 * then highest confidence), or {@code NO_EVENT}. The headline figure is the weighted F1 over the
 * 25 ACLED classes, as the task reported it; macro F1 over all 30 classes is printed beside it.
 */
public final class Case2021Suite implements EvalSuite {
  private static final String FILE = "eval/case2021/task2-dev.tsv";
  static final String NO_EVENT = "NO_EVENT";

  /** The task's codes for ACLED's sub-event types. */
  static final Map<AcledType, String> CODES = Map.ofEntries(
      Map.entry(AcledType.ARMED_CLASH, "ARMED_CLASH"),
      Map.entry(AcledType.GOVERNMENT_REGAINS_TERRITORY, "GOV_REGAINS_TERIT"),
      Map.entry(AcledType.NON_STATE_OVERTAKES_TERRITORY, "NON_STATE_ACTOR_OVERTAKES_TER"),
      Map.entry(AcledType.CHEMICAL_WEAPON, "CHEM_WEAP"),
      Map.entry(AcledType.AIR_DRONE_STRIKE, "AIR_STRIKE"),
      Map.entry(AcledType.SUICIDE_BOMB, "SUIC_BOMB"),
      Map.entry(AcledType.SHELLING, "ART_MISS_ATTACK"),
      Map.entry(AcledType.REMOTE_EXPLOSIVE, "REM_EXPLOS"),
      Map.entry(AcledType.GRENADE, "GRENADE"),
      Map.entry(AcledType.SEXUAL_VIOLENCE, "SEX_VIOL"),
      Map.entry(AcledType.ATTACK, "ATTACK"),
      Map.entry(AcledType.ABDUCTION, "ABDUCT_DISSAP"),
      Map.entry(AcledType.PEACEFUL_PROTEST, "PEACE_PROTEST"),
      Map.entry(AcledType.PROTEST_WITH_INTERVENTION, "PROTEST_WITH_INTER"),
      Map.entry(AcledType.EXCESSIVE_FORCE, "FORCE_AGAINST_PROTEST"),
      Map.entry(AcledType.VIOLENT_DEMONSTRATION, "VIOL_DEMONSTR"),
      Map.entry(AcledType.MOB_VIOLENCE, "MOB_VIOL"),
      Map.entry(AcledType.AGREEMENT, "AGREEMENT"),
      Map.entry(AcledType.ARRESTS, "ARREST"),
      Map.entry(AcledType.CHANGE_TO_GROUP, "CHANGE_TO_GROUP_ACT"),
      Map.entry(AcledType.DISRUPTED_WEAPONS_USE, "DISR_WEAP"),
      Map.entry(AcledType.BASE_ESTABLISHED, "HQ_ESTABLISHED"),
      Map.entry(AcledType.LOOTING, "PROPERTY_DISTRUCT"),
      Map.entry(AcledType.NON_VIOLENT_TRANSFER, "NON_VIOL_TERRIT_TRANSFER"),
      Map.entry(AcledType.OTHER, "OTHER"));

  private static final Map<String, String> BY_SUB_TYPE = new TreeMap<>();

  static {
    CODES.forEach((t, code) -> BY_SUB_TYPE.put(t.subEventType(), code));
  }

  @Override
  public String name() {
    return "case2021";
  }

  @Override
  public String description() {
    return "CASE 2021 task 2 snippets, sub-event classes (" + FILE + ")";
  }

  record Snippet(String id, String text, String label) {}

  @Override
  public Map<String, Object> run(Path shared, Options options, PrintWriter out, PrintWriter err) {
    Path file = shared.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("case2021 suite needs " + file);
    }
    List<Snippet> snippets = read(file, options.limit(), err);
    ClassScores scores = new ClassScores();
    Map<String, Integer> confusions = new LinkedHashMap<>();
    int line = 1;
    for (Snippet s : snippets) {
      line++;
      Document d = Analysis.standard().processOrWarn(Document.raw("case2021:" + s.id(),
          SourceRef.record(file.toString(), line),
          new Metadata(null, null, null, "CASE 2021", "en", Map.of()), Format.TEXT, s.text()));
      String predicted = predict(d);
      scores.add(s.label(), predicted);
      if (!predicted.equals(s.label())) {
        confusions.merge(s.label() + " → " + predicted, 1, Integer::sum);
      }
    }
    Set<String> acled = new TreeSet<>(CODES.values());
    Set<String> all = scores.goldClasses();
    Table table = new Table(ClassScores.header().toArray(String[]::new));
    scores.rows(table, all);
    table.print(out);
    out.println();
    double weighted = scores.weightedF1(acled);
    double macroAll = scores.macroF1(all);
    out.printf("weighted F1 over the 25 ACLED classes: %s (best published 0.839)%n",
        Table.fmt(weighted));
    out.printf("macro F1 over all %d classes: %s; accuracy %s over %d snippets%n", all.size(),
        Table.fmt(macroAll), Table.fmt(scores.accuracy()), scores.items());
    Judged.printConfusions(out, "most frequent confusions (gold → sitrep):", confusions, 12);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("suite", name());
    metrics.put("snippets", scores.items());
    metrics.put("weighted_f1_acled", Table.round(weighted));
    metrics.put("macro_f1_acled", Table.round(scores.macroF1(acled)));
    metrics.put("macro_f1_all", Table.round(macroAll));
    metrics.put("accuracy", Table.round(scores.accuracy()));
    return metrics;
  }

  /** The task code of the main event, or {@link #NO_EVENT}. */
  static String predict(Document d) {
    return Judged.mainEvent(d)
        .map(e -> BY_SUB_TYPE.getOrDefault(e.subEventType(), NO_EVENT))
        .orElse(NO_EVENT);
  }

  private static List<Snippet> read(Path file, int limit, PrintWriter err) {
    List<Snippet> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        return out;
      }
      String line;
      int n = 1;
      while ((line = in.readLine()) != null) {
        n++;
        String[] f = line.split("\t", -1);
        if (f.length != 3 || f[1].isBlank() || f[2].isBlank()) {
          err.println("warning: " + file + ":" + n + ": line skipped (expected id, text, label)");
          continue;
        }
        out.add(new Snippet(f[0].strip(), f[1].strip(), f[2].strip()));
        if (limit > 0 && out.size() >= limit) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
