package sitrep.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sitrep.geo.eval.GeoWebNewsEval;
import sitrep.geo.resolve.ToponymFinder;

/**
 * Toponym recognition (overlap and strict span F1) and resolution (Acc@161 km, median and mean
 * error) on GeoWebNews, with the context model and a population-only baseline side by side.
 * Published: Mordecai3 Acc@161 0.941 on GeoWebNews.
 */
public final class GeoWebNewsSuite implements EvalSuite {
  private static final String FILE = "eval/geowebnews/GWN-dev.xml";

  @Override
  public String name() {
    return "geowebnews";
  }

  @Override
  public String description() {
    return "toponyms in English news against GeoWebNews (" + FILE + ")";
  }

  @Override
  public Map<String, Object> run(Path shared, Options options, PrintWriter out, PrintWriter err) {
    Path file = shared.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("geowebnews suite needs " + file);
    }
    try {
      List<GeoWebNewsEval.Article> articles = GeoWebNewsEval.read(file);
      if (options.limit() > 0 && articles.size() > options.limit()) {
        articles = articles.subList(0, options.limit());
      }
      GeoWebNewsEval.Report report = new GeoWebNewsEval(ToponymFinder.standard()).run(articles);
      String table = report.table();
      // the report's own JSON line is replaced by the suite's, which the command prints last
      out.print(table.substring(0, table.lastIndexOf(report.json())));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("suite", name());
      report.metrics().forEach((k, v) -> m.put(k, Table.round(v)));
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
