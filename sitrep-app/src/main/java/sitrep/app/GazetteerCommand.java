package sitrep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sitrep.geo.gazetteer.GeonamesImport;

/** {@code sitrep gazetteer import DUMP}: a full GeoNames dump as the place index. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Manage the place index.", subcommands = GazetteerCommand.Import.class)
final class GazetteerCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 1;
  }

  /** Imports allCountries.zip (or cities1000.zip, or a .txt of the same format). */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Build a place index from a GeoNames dump (allCountries.zip, citiesN.zip or "
          + ".txt); use it with SITREP_GAZETTEER=DIR or -Dsitrep.gazetteer=DIR.")
  static final class Import implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DUMP", description = "the GeoNames geoname table")
    Path dump = Path.of("");

    @Option(names = "--to", paramLabel = "DIR", defaultValue = "data/gazetteer",
        description = "where the index goes (default: data/gazetteer)")
    Path target = Path.of("data/gazetteer");

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(dump)) {
        throw new Main.UsageException("no GeoNames dump at " + dump);
      }
      var r = GeonamesImport.importDump(dump, target);
      spec.commandLine().getOut().printf("%,d places from %,d rows in %.1f s → %s%n"
          + "use it: SITREP_GAZETTEER=%s ./sitrep …%n", r.places(), r.rows(), r.millis() / 1000.0,
          r.index(), target.toAbsolutePath());
      return 0;
    }
  }
}
