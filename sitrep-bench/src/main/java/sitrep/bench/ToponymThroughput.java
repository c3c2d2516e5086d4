package sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import sitrep.app.Home;
import sitrep.geo.eval.GeoWebNewsEval;
import sitrep.geo.resolve.ToponymFinder;

/**
 * Toponym recognition and resolution on one thread: resolved toponyms per second of CPU time,
 * over the GeoWebNews articles in {@code ../shared} (or the GWN XML file given), after a warm-up.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package && java -cp
 * "sitrep-bench/target/sitrep-bench.jar:sitrep-bench/target/lib/*"
 * sitrep.bench.ToponymThroughput [GWN-dev.xml]}
 */
public final class ToponymThroughput {
  private ToponymThroughput() {}

  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0])
        : Home.shared().resolve("eval/geowebnews/GWN-dev.xml");
    if (!Files.isRegularFile(file)) {
      System.err.println("no GeoWebNews file at " + file);
      System.exit(1);
    }
    List<GeoWebNewsEval.Article> articles = GeoWebNewsEval.read(file);
    ToponymFinder finder = ToponymFinder.standard();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double seconds = Double.parseDouble(System.getProperty("bench.seconds", "15"));
    run(articles, finder, cpu, Math.max(2, seconds / 4)); // warm-up
    long[] r = run(articles, finder, cpu, seconds);
    double cpuSeconds = r[2] / 1e9;
    System.out.printf("toponyms: %,d resolved in %,d articles, %.1f s CPU on one thread%n", r[0],
        r[1], cpuSeconds);
    System.out.printf("throughput per core: %,.0f resolved toponyms/s, %.0f articles/s%n",
        r[0] / cpuSeconds, r[1] / cpuSeconds);
  }

  /** Returns toponyms, articles and CPU nanoseconds. */
  private static long[] run(List<GeoWebNewsEval.Article> articles, ToponymFinder finder,
      ThreadMXBean cpu, double seconds) {
    long toponyms = 0;
    long done = 0;
    long cpuNanos = 0;
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < deadline) {
      for (GeoWebNewsEval.Article a : articles) {
        long t0 = cpu.getCurrentThreadCpuTime();
        toponyms += finder.find(a.text(), "en", ToponymFinder.Ranking.CONTEXT).size();
        cpuNanos += cpu.getCurrentThreadCpuTime() - t0;
        done++;
      }
    }
    return new long[] {toponyms, done, cpuNanos};
  }
}
