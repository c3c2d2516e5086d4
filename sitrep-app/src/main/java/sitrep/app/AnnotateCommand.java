package sitrep.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sitrep.app.output.MentionRecords;
import sitrep.app.output.RecordWriter;

/** {@code sitrep annotate}: the intermediate layers, one mention per line. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Write the places, times, actors or PLOVER events found in the inputs, one mention per line.")
final class AnnotateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  Options.Common common = new Options.Common();

  @Option(names = "--layer", required = true, paramLabel = "LAYER",
      description = "places, times, actors or plover")
  String layer = "";

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "files, directories, globs, or - for stdin (the default)")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    MentionRecords.Layer l = MentionRecords.Layer.parse(layer);
    var published = common.published();
    try (RecordWriter w = new RecordWriter(spec.commandLine().getOut(), RecordWriter.Format.JSONL,
        List.of())) {
      Batch.Counts counts = new Batch(spec.commandLine().getErr(), null)
          .run(paths, published, d -> MentionRecords.of(d, l).forEach(w::write));
      return counts.exitCode();
    }
  }
}
