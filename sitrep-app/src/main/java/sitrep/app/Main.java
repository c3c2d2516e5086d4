package sitrep.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Entry point. Usage errors print one line and exit 1; failures print one line (the stack trace
 * only with {@code --debug}) and exit 1; a batch where nothing could be read exits 2.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // OpenNLP reports every training iteration at INFO; the CLI prints its own summary
    if (System.getProperty("org.slf4j.simpleLogger.log.opennlp") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.opennlp", "warn");
    }
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, out, err));
  }

  /** Runs the CLI with the given streams; returns the exit code (used by tests in-process). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    CommandLine cmd = new CommandLine(new SitrepCommand());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler((e, a) -> {
      err.println("sitrep: " + firstLine(e.getMessage())
          + " (see ./sitrep " + commandPath(e.getCommandLine()) + "--help)");
      return 1;
    });
    cmd.setExecutionExceptionHandler((e, c, parsed) -> {
      if (e instanceof UsageException || e instanceof IllegalArgumentException) {
        err.println("sitrep: " + firstLine(e.getMessage()));
      } else {
        err.println("sitrep: error: " + firstLine(String.valueOf(e.getMessage()))
            + (debug ? "" : " (run with --debug for details)"));
      }
      if (debug) {
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        err.print(sw);
      }
      err.flush();
      return 1;
    });
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String commandPath(CommandLine c) {
    StringBuilder sb = new StringBuilder();
    for (CommandLine p = c; p != null && p.getParent() != null; p = p.getParent()) {
      sb.insert(0, p.getCommandName() + " ");
    }
    return sb.toString();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }

  /** A mistake in how sitrep was called, reported as one line with exit code 1. */
  public static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }
}
