package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a long batch on stderr: on a terminal one line that updates in place (documents
 * done, documents/s and, when the total is known, the time left); otherwise, for logs, a plain line
 * now and then (every 10 s, or every 1,000 documents but at most one per 5 s). A run shorter than
 * {@link #QUIET_START_NANOS} prints nothing at all, so tests and the demo stay clean, and the
 * terminal line is erased when the batch ends, leaving the command's own summary.
 */
final class Progress {
  /** How progress is shown. */
  enum Mode {
    /** Nothing. */
    OFF,
    /** One line on a terminal, redrawn in place. */
    LINE,
    /** Plain lines, for logs and pipes. */
    LOG
  }

  static final long QUIET_START_NANOS = 2_000_000_000L;
  static final long LINE_REDRAW_NANOS = 250_000_000L;
  static final long LOG_EVERY_NANOS = 10_000_000_000L;
  static final long LOG_MIN_GAP_NANOS = 5_000_000_000L;
  static final int LOG_EVERY_DOCUMENTS = 1_000;
  /** Erases the terminal line: carriage return, then ANSI "erase to end of line". */
  private static final String ERASE = "\r\u001b[K";

  private final PrintWriter err;
  private final Mode mode;
  private final @Nullable Integer total;
  private final LongSupplier nanos;
  private final long start;
  private int done;
  private long firstDone;
  private long lastShown;
  private int lastShownDone;
  private boolean lineShown;

  /**
   * @param total how many documents the batch will read, or null when that is not known cheaply
   * @param nanos the clock ({@link System#nanoTime} but in tests)
   */
  Progress(PrintWriter err, Mode mode, @Nullable Integer total, LongSupplier nanos) {
    this.err = err;
    this.mode = mode;
    this.total = total;
    this.nanos = nanos;
    this.start = nanos.getAsLong();
    this.lastShown = start;
  }

  static Progress off() {
    return new Progress(new PrintWriter(java.io.Writer.nullWriter()), Mode.OFF, null, () -> 0L);
  }

  /**
   * The progress of a command's batch: nothing with {@code --quiet}; the updating line only when
   * stdin, stdout and stderr are all a terminal (and the command's records do not go to that
   * terminal too, where the line would run into them); plain lines otherwise.
   */
  static Progress forBatch(PrintWriter err, boolean quiet, boolean recordsOnStdout,
      List<String> inputs) {
    if (quiet) {
      return off();
    }
    boolean terminal = System.console() != null && stderrIsTerminal() && !recordsOnStdout;
    return new Progress(err, terminal ? Mode.LINE : Mode.LOG, countIfFiles(inputs),
        System::nanoTime);
  }

  /**
   * The number of documents when every input is a single-document file (text or HTML) named on
   * the command line; null otherwise. Directories, globs, stdin and containers (JSONL, feeds,
   * WARC) would have to be read to be counted, which is what the batch is about to do.
   */
  static @Nullable Integer countIfFiles(List<String> inputs) {
    if (inputs.isEmpty()) {
      return null;
    }
    for (String in : inputs) {
      String name = in.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
      if (in.equals("-") || !(name.endsWith(".txt") || name.endsWith(".html")
          || name.endsWith(".htm")) || !Files.isRegularFile(Path.of(in))) {
        return null;
      }
    }
    return inputs.size();
  }

  /**
   * Java cannot ask whether stderr is a terminal; the launcher can ({@code [ -t 2 ]}) and passes
   * {@code -Dsitrep.stderr.tty}. Without it, Linux tells through /proc.
   */
  private static boolean stderrIsTerminal() {
    String prop = System.getProperty("sitrep.stderr.tty");
    if (prop != null) {
      return Boolean.parseBoolean(prop);
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  Mode mode() {
    return mode;
  }

  /** One more document (or rejected input) done. */
  void step() {
    done++;
    if (mode == Mode.OFF) {
      return;
    }
    long now = nanos.getAsLong();
    if (done == 1) {
      firstDone = now;
    }
    if (now - start < QUIET_START_NANOS) {
      return;
    }
    long since = now - lastShown;
    if (mode == Mode.LINE) {
      if (since >= LINE_REDRAW_NANOS || !lineShown) {
        err.print(ERASE + line(now));
        err.flush();
        lineShown = true;
        lastShown = now;
      }
    } else if (since >= LOG_EVERY_NANOS
        || (done - lastShownDone >= LOG_EVERY_DOCUMENTS && since >= LOG_MIN_GAP_NANOS)) {
      err.println("progress: " + line(now));
      err.flush();
      lastShown = now;
      lastShownDone = done;
    }
  }

  /** Clears the terminal line before other output; the next step draws it again. */
  void interrupt() {
    if (lineShown) {
      err.print(ERASE);
      err.flush();
      lineShown = false;
    }
  }

  /** The batch is over: the terminal line goes, the command's summary follows. */
  void finish() {
    interrupt();
  }

  /**
   * {@code 1,234 documents, 56.7 documents/s, 41% of 3,000, about 32 s left}. The rate is taken
   * from the first document on: the first one carries the loading of models and lexicons, seconds
   * that would make the early rates and times left far too pessimistic.
   */
  String line(long now) {
    double seconds = (now - firstDone) / 1e9;
    double rate = done > 1 && seconds > 0 ? (done - 1) / seconds : 0;
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d document%s", done,
        done == 1 ? "" : "s"));
    if (rate > 0) {
      sb.append(String.format(Locale.ROOT, ", %.1f documents/s", rate));
    }
    if (total != null && total > 0) {
      sb.append(String.format(Locale.ROOT, ", %d%% of %,d", Math.min(100, done * 100L / total),
          total));
      if (rate > 0 && done < total) {
        sb.append(", about ").append(duration((total - done) / rate)).append(" left");
      }
    }
    return sb.toString();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }
}
