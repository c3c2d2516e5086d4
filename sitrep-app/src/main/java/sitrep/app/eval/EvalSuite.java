package sitrep.app.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** A scored comparison of sitrep's output with labelled data read at run time. */
public interface EvalSuite {
  /** The name used on the command line ({@code ./sitrep eval seeds}). */
  String name();

  /** One line on what is scored against what. */
  String description();

  /**
   * Runs the suite on data under {@code shared} (the {@code ../shared} directory), prints a
   * human-readable table to {@code out} and returns the metrics for the final JSON line.
   */
  Map<String, Object> run(Path shared, Options options, PrintWriter out, PrintWriter err);

  /**
   * Run options; {@code limit} caps the number of items a large suite scores (0: all);
   * {@code fold}, where a suite supports it, scores only that part of its rows.
   */
  record Options(int limit, sitrep.app.@org.jspecify.annotations.Nullable Fold fold) {
    public static final Options DEFAULT = new Options(0, null);

    public Options(int limit) {
      this(limit, null);
    }
  }
}
