package sitrep.app;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process and captures what it prints. */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    return runWithStdin(null, args);
  }

  static synchronized Cli runWithStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream before = System.in;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      }
      int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Cli(code, out.toString(), err.toString());
    } finally {
      System.setIn(before);
    }
  }
}
