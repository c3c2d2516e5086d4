package sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sitrep.app.Analysis;
import sitrep.app.Home;
import sitrep.ingest.read.Inputs;
import sitrep.ingest.read.ReadOptions;
import sitrep.ingest.read.ReadResult;
import sitrep.model.Document;
import sitrep.model.Sentence;
import sitrep.model.Stage;

/**
 * End-to-end throughput of the per-document pipeline on one thread: articles/s, tokens/s and MB/s
 * per core, the CPU time of each stage, and heap after the run. Reads the bundled samples and the
 * seed articles (or the paths given), warms up, then analyzes them repeatedly for a fixed time.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package && java -cp
 * "sitrep-bench/target/sitrep-bench.jar:sitrep-bench/target/lib/*" sitrep.bench.Throughput [PATH…]}
 */
public final class Throughput {
  private Throughput() {}

  public static void main(String[] args) {
    List<String> inputs = new ArrayList<>(List.of(args));
    if (inputs.isEmpty()) {
      inputs.add(Home.samples().toString());
      inputs.add(Home.shared().resolve("seeds").toString());
    }
    List<Document> docs = new ArrayList<>();
    Inputs.read(inputs, ReadOptions.defaults(), r -> {
      if (r instanceof ReadResult.Loaded l) {
        docs.add(l.document());
      }
    });
    if (docs.isEmpty()) {
      System.err.println("no documents under " + inputs);
      System.exit(2);
    }
    List<Stage> stages = Analysis.standard().stages();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double seconds = Double.parseDouble(System.getProperty("bench.seconds", "20"));

    run(docs, stages, cpu, Math.max(2, seconds / 4), new LinkedHashMap<>()); // warm-up
    Map<String, Long> stageNanos = new LinkedHashMap<>();
    long[] totals = run(docs, stages, cpu, seconds, stageNanos);
    long articles = totals[0];
    long tokens = totals[1];
    long chars = totals[2];
    double cpuSeconds = totals[3] / 1e9;
    long sentences = totals[4];

    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    System.out.printf("documents: %d distinct, %d analyzed in %.1f s CPU on one thread%n",
        docs.size(), articles, cpuSeconds);
    System.out.printf("throughput per core: %.1f articles/s, %.0f tokens/s, %.2f MB/s of text%n",
        articles / cpuSeconds, tokens / cpuSeconds, chars / cpuSeconds / 1e6);
    System.out.println("CPU share by stage:");
    long all = stageNanos.values().stream().mapToLong(Long::longValue).sum();
    stageNanos.forEach((name, ns) -> System.out.printf(
        "  %-10s %5.1f%%  %.2f ms/article  %,.0f tokens/s  %,.0f sentences/s  %.1f MB/s%n",
        name, 100.0 * ns / all, ns / 1e6 / articles, tokens / (ns / 1e9),
        sentences / (ns / 1e9), chars / 1e6 / (ns / 1e9)));
    System.out.printf("heap after run (live data after GC): %d MB; max heap %d MB%n", heapMb,
        rt.maxMemory() / (1024 * 1024));
  }

  /** Returns articles, tokens, characters, CPU nanoseconds and sentences. */
  private static long[] run(List<Document> docs, List<Stage> stages, ThreadMXBean cpu,
      double seconds, Map<String, Long> stageNanos) {
    long articles = 0;
    long tokens = 0;
    long chars = 0;
    long cpuTotal = 0;
    long sentences = 0;
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < deadline) {
      for (Document raw : docs) {
        Document d = raw;
        for (Stage s : stages) {
          long t0 = cpu.getCurrentThreadCpuTime();
          d = s.process(d);
          long dt = cpu.getCurrentThreadCpuTime() - t0;
          stageNanos.merge(s.name(), dt, Long::sum);
          cpuTotal += dt;
        }
        articles++;
        chars += d.text().length();
        sentences += d.sentences().size();
        for (Sentence s : d.sentences()) {
          tokens += s.tokens().size();
        }
      }
    }
    return new long[] {articles, tokens, chars, cpuTotal, sentences};
  }
}
