package sitrep.app.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sitrep.time.eval.TimeMlEvaluation;

/**
 * Temporal expressions against a TimeML corpus: TempEval-3 platinum (English) or KRAUTS Dolomiten
 * (German). Strict and relaxed extent F1 and value F1, TempEval-3 style; published references:
 * HeidelTime value F1 0.776 and SUTime 0.674 on TempEval-3 platinum.
 */
public final class TimeMlSuite implements EvalSuite {
  private final String name;
  private final String dir;
  private final String language;
  private final String description;

  private TimeMlSuite(String name, String dir, String language, String description) {
    this.name = name;
    this.dir = dir;
    this.language = language;
    this.description = description;
  }

  public static TimeMlSuite tempeval3() {
    return new TimeMlSuite("tempeval3", "eval/tempeval3", "en",
        "English temporal expressions against TempEval-3 platinum (dev half)");
  }

  public static TimeMlSuite krauts() {
    return new TimeMlSuite("krauts", "eval/krauts/Dolomiten-100", "de",
        "German temporal expressions against KRAUTS Dolomiten (dev half)");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Map<String, Object> run(Path shared, Options options, PrintWriter out, PrintWriter err) {
    Path corpus = shared.resolve(dir);
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException(name + " suite needs " + corpus);
    }
    List<TimeMlEvaluation.Doc> docs = TimeMlEvaluation.corpus(corpus);
    if (options.limit() > 0 && docs.size() > options.limit()) {
      docs = docs.subList(0, options.limit());
    }
    List<String> errors = new ArrayList<>();
    TimeMlEvaluation.Score s = TimeMlEvaluation.score(docs, language, errors::add);
    Table t = new Table("measure", "P", "R", "F1");
    row(t, "strict extent", s, s.strict());
    row(t, "relaxed extent", s, s.relaxed());
    row(t, "value", s, s.value());
    t.print(out);
    out.println();
    out.println(docs.size() + " documents, " + s.gold() + " gold and " + s.system()
        + " system expressions; first misses:");
    errors.stream().limit(15).forEach(e -> out.println("  " + e));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("suite", name);
    m.put("documents", docs.size());
    m.put("gold", s.gold());
    m.put("system", s.system());
    m.put("strict_f1", Table.round(s.strictF1()));
    m.put("relaxed_f1", Table.round(s.relaxedF1()));
    m.put("value_f1", Table.round(s.valueF1()));
    return m;
  }


  private static void row(Table t, String measure, TimeMlEvaluation.Score s, int right) {
    t.row(measure, Table.fmt(s.p(right)), Table.fmt(s.r(right)), Table.fmt(s.f(right)));
  }
}
