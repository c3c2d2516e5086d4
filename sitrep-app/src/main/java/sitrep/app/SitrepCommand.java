package sitrep.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code sitrep} command; it only lists its subcommands. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
    description = "Conflict reporting in German and English turned into ACLED-compatible events.",
    subcommands = {DemoCommand.class, AnalyzeCommand.class, IngestCommand.class,
        AnnotateCommand.class, ExportCommand.class, EvalCommand.class, GazetteerCommand.class,
        TrainCommand.class, sitrep.app.http.ServeCommand.class})
public final class SitrepCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 1;
  }
}
