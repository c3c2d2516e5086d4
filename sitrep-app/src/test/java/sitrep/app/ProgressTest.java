package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress reports, driven by a clock the test sets: no sleeping. */
class ProgressTest {
  static final long SECOND = 1_000_000_000L;

  /** A clock the test moves by hand. */
  static final class Clock {
    long now = 1_000 * SECOND;
  }

  final StringWriter out = new StringWriter();
  final Clock clock = new Clock();

  Progress progress(Progress.Mode mode, Integer total) {
    return new Progress(new PrintWriter(out, true), mode, total, () -> clock.now);
  }

  /** {@code n} documents, evenly over {@code seconds}. */
  void run(Progress p, int n, double seconds) {
    long step = (long) (seconds * SECOND / n);
    for (int i = 0; i < n; i++) {
      clock.now += step;
      p.step();
    }
  }

  @Test
  void aShortRunPrintsNothing() {
    Progress p = progress(Progress.Mode.LOG, 500);
    run(p, 500, 1.9);
    p.finish();
    Progress line = progress(Progress.Mode.LINE, null);
    run(line, 500, 1.9);
    line.finish();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void logLinesComeEveryTenSecondsWithRateAndTimeLeft() {
    Progress p = progress(Progress.Mode.LOG, 300);
    run(p, 100, 25); // 4 documents/s: lines at 10 s and 20 s
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).containsExactly(
        "progress: 40 documents, 4.0 documents/s, 13% of 300, about 1 min 5 s left",
        "progress: 80 documents, 4.0 documents/s, 26% of 300, about 55 s left");
  }

  @Test
  void aFastRunLogsEveryThousandDocumentsButNotMoreThanOnceInFiveSeconds() {
    Progress p = progress(Progress.Mode.LOG, null);
    run(p, 10_000, 25); // 400 documents/s: 1,000 documents every 2.5 s, so a line every 5 s
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(5).first().isEqualTo("progress: 2,000 documents, 400.0 documents/s");
    assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("left"));
  }

  @Test
  void onATerminalOneLineIsRedrawnInPlaceAndErasedAtTheEnd() {
    Progress p = progress(Progress.Mode.LINE, 100);
    run(p, 30, 3);
    String shown = out.toString();
    assertThat(shown).doesNotContain("\n").startsWith("\r\u001b[K")
        .endsWith("29 documents, 10.0 documents/s, 29% of 100, about 7 s left");
    p.interrupt();
    assertThat(out.toString()).endsWith("\r\u001b[K");
    p.finish();
    assertThat(out.toString().chars().filter(c -> c == '\r').count())
        .as("at most four redraws a second, and one erase").isLessThanOrEqualTo(6);
  }

  @Test
  void theTotalIsCountedOnlyForSingleDocumentFiles(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "x");
    Path b = Files.writeString(dir.resolve("b.html"), "x");
    Path feed = Files.writeString(dir.resolve("c.jsonl"), "{}");
    assertThat(Progress.countIfFiles(List.of(a.toString(), b.toString()))).isEqualTo(2);
    assertThat(Progress.countIfFiles(List.of(a.toString(), feed.toString()))).isNull();
    assertThat(Progress.countIfFiles(List.of(dir.toString()))).isNull();
    assertThat(Progress.countIfFiles(List.of("-"))).isNull();
    assertThat(Progress.countIfFiles(List.of(dir + "/*.txt"))).isNull();
    assertThat(Progress.countIfFiles(List.of())).isNull();
  }

  @Test
  void theRateLeavesOutTheFirstDocumentWhichLoadsTheModels() {
    Progress p = progress(Progress.Mode.LOG, 100);
    clock.now += 30 * SECOND;
    p.step(); // models loaded: the first document took 30 s
    run(p, 20, 10); // then 2 documents/s
    assertThat(out.toString().lines().toList()).containsExactly(
        "progress: 1 document, 1% of 100", // the 10 s line, due right after the slow first one
        "progress: 21 documents, 2.0 documents/s, 21% of 100, about 40 s left");
  }

  @Test
  void quietTurnsItOffAndWithoutATerminalItLogs() {
    PrintWriter err = new PrintWriter(out, true);
    assertThat(Progress.forBatch(err, true, false, List.of()).mode()).isEqualTo(Progress.Mode.OFF);
    // tests run without a console
    assertThat(Progress.forBatch(err, false, false, List.of()).mode())
        .isEqualTo(Progress.Mode.LOG);
    for (String command : List.of("analyze", "ingest", "demo")) {
      assertThat(Cli.run(command, "--help").out()).contains("--quiet");
    }
  }
}
