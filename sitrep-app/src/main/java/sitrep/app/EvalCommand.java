package sitrep.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sitrep.app.eval.EvalSuite;
import sitrep.app.eval.AcledSuite;
import sitrep.app.eval.Case2021Suite;
import sitrep.app.eval.GeoWebNewsSuite;
import sitrep.app.eval.LinkingSuite;
import sitrep.app.eval.PloverSuite;
import sitrep.app.eval.SeedsSuite;
import sitrep.app.eval.TimeMlSuite;

/** {@code sitrep eval SUITE}: a table, then one JSON line of metrics. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score sitrep on labelled data from ../shared and print a table and a JSON line.")
final class EvalCommand implements Callable<Integer> {
  static final List<EvalSuite> SUITES = List.of(new SeedsSuite(), new AcledSuite(),
      TimeMlSuite.tempeval3(), TimeMlSuite.krauts(), new GeoWebNewsSuite(),
      new Case2021Suite(), new PloverSuite(), new LinkingSuite());

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SUITE", description = "one of: seeds, acled, case2021, plover, "
      + "linking, tempeval3, krauts, geowebnews")
  String suite = "";

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "score at most N items of a large suite (0: all)")
  int limit;

  @Option(names = "--fold", paramLabel = "I/N",
      description = "acled: score only part I of N of the rows (the part train --holdout I/N "
          + "left out)")
  @Nullable String fold;

  @Option(names = "--data", paramLabel = "DIR",
      description = "the shared data directory (default: ../shared beside the checkout)")
  @Nullable Path data;

  @Override
  public Integer call() throws Exception {
    Map<String, EvalSuite> byName = new LinkedHashMap<>();
    SUITES.forEach(s -> byName.put(s.name(), s));
    EvalSuite s = byName.get(suite);
    if (s == null) {
      throw new Main.UsageException("unknown suite '" + suite + "': one of " + byName.keySet());
    }
    Path shared = data != null ? data : Home.shared();
    if (!Files.isDirectory(shared)) {
      throw new Main.UsageException("no shared data directory at " + shared + " (use --data)");
    }
    var out = spec.commandLine().getOut();
    out.println("eval " + s.name() + ": " + s.description());
    out.println();
    if (limit < 0) {
      throw new Main.UsageException("--limit must be 0 (all) or more, not " + limit);
    }
    Fold f;
    try {
      f = Fold.parse(fold);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException("--fold: " + e.getMessage());
    }
    if (Models.subType() != null && s.name().equals("acled") && f == null) {
      spec.commandLine().getErr().println("warning: a trained classifier is in use ("
          + Models.subTypePath() + "); if it learned from these notes, the figures are not held"
          + " out: train with --holdout I/N and score with --fold I/N");
    }
    Map<String, Object> metrics = s.run(shared, new EvalSuite.Options(limit, f), out,
        spec.commandLine().getErr());
    out.println(new ObjectMapper().writeValueAsString(metrics));
    return 0;
  }
}
