package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sitrep.app.eval.AcledSuite;
import sitrep.events.learn.SubTypeModel;

/**
 * {@code sitrep train --acled FILE}: trains the sub-event classifier on an ACLED export the user
 * has (its {@code notes} and {@code sub_event_type} columns; bookkeeping such as "[size=…]" is
 * removed first). With {@code --cv K} it first reports K-fold cross-validated accuracy of the
 * classifier alone.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the sub-event classifier on an ACLED export (CSV with notes and "
        + "sub_event_type columns).")
final class TrainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--acled", required = true, paramLabel = "FILE",
      description = "ACLED CSV export to learn from")
  Path acled = Path.of("");

  @Option(names = "--out", paramLabel = "FILE",
      description = "where to write the model (default: " + Models.DEFAULT_SUB_TYPE + ")")
  @Nullable Path out;

  @Option(names = "--iterations", defaultValue = "100", paramLabel = "N",
      description = "maximum-entropy training iterations (default 100)")
  int iterations = 100;

  @Option(names = "--holdout", paramLabel = "I/N",
      description = "leave part I of N of the rows out of training, for eval acled --fold I/N")
  @Nullable String holdout;

  @Option(names = "--cv", defaultValue = "0", paramLabel = "K",
      description = "also report K-fold cross-validated accuracy (K ≥ 2)")
  int folds;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (!Files.isRegularFile(acled)) {
      throw new Main.UsageException("no such file: " + acled);
    }
    if (iterations < 1 || folds == 1 || folds < 0) {
      throw new Main.UsageException("--iterations must be 1 or more and --cv 0 or at least 2");
    }
    Fold leaveOut;
    try {
      leaveOut = Fold.parse(holdout);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException("--holdout: " + e.getMessage());
    }
    List<SubTypeModel.Sample> samples = read(acled, leaveOut, err);
    if (samples.size() < 10) {
      throw new Main.UsageException(acled + " has " + samples.size()
          + " usable rows (notes and sub_event_type): too few to train on");
    }
    if (folds >= 2) {
      double sum = 0;
      for (int k = 0; k < folds; k++) {
        List<SubTypeModel.Sample> train = new ArrayList<>();
        List<SubTypeModel.Sample> test = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
          (i % folds == k ? test : train).add(samples.get(i));
        }
        SubTypeModel m = SubTypeModel.train(train, iterations);
        int right = 0;
        for (SubTypeModel.Sample s : test) {
          right += m.predict(s.text()).label().equals(s.label()) ? 1 : 0;
        }
        double acc = (double) right / test.size();
        sum += acc;
        stdout.printf(Locale.ROOT, "fold %d: %d of %d right, accuracy %.3f%n", k + 1, right,
            test.size(), acc);
      }
      stdout.printf(Locale.ROOT, "cross-validated sub-event accuracy (classifier alone, %d folds):"
          + " %.3f%n", folds, sum / folds);
    }
    SubTypeModel model = SubTypeModel.train(samples, iterations);
    Path target = out != null ? out : Models.subTypePath();
    model.save(target);
    stdout.println("trained on " + samples.size() + " notes → " + target
        + " (used by analyze, ingest, demo and eval from now on; delete it to go back to the"
        + " rules alone)");
    return 0;
  }

  private static List<SubTypeModel.Sample> read(Path file, @Nullable Fold leaveOut,
      PrintWriter err) throws IOException {
    List<SubTypeModel.Sample> out = new ArrayList<>();
    int position = -1;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      org.apache.commons.csv.CSVParser parser = CSVFormat.RFC4180.builder().setHeader()
          .setSkipHeaderRecord(true).get().parse(in);
      for (CSVRecord rec : parser) {
        if (!rec.isMapped("notes") || !rec.isMapped("sub_event_type")) {
          throw new Main.UsageException(file + " has no notes and sub_event_type columns");
        }
        position++;
        if (leaveOut != null && leaveOut.contains(position)) {
          continue;
        }
        if (!rec.isConsistent()) {
          // the parser has read the record's last line: that is the line to look at
          err.println("warning: " + file + ":" + parser.getCurrentLineNumber() + ": row skipped"
              + " (wrong number of fields)");
          continue;
        }
        String notes = AcledSuite.strip(rec.get("notes"));
        String label = rec.get("sub_event_type").strip();
        if (!notes.isBlank() && !label.isBlank()) {
          out.add(new SubTypeModel.Sample(notes, label));
        }
      }
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new Main.UsageException(file + " is not a readable CSV: " + e.getMessage());
    }
    return out;
  }
}
