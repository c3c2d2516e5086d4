package sitrep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import sitrep.app.Analysis;
import sitrep.app.Home;
import sitrep.ingest.lang.LanguageStage;
import sitrep.ingest.read.Inputs;
import sitrep.ingest.read.ReadOptions;
import sitrep.ingest.read.ReadResult;
import sitrep.model.Document;
import sitrep.model.Stage;

/**
 * Ingest throughput on one thread: reading, cleaning and language identification of HTML files and
 * of the same pages in a gzipped WARC (one gzip member per record, as Common Crawl writes them).
 * Prints documents/s and MB/s of input per core.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package && java -cp
 * "sitrep-bench/target/sitrep-bench.jar:sitrep-bench/target/lib/*" sitrep.bench.IngestThroughput
 * [PAGES]}; the pages are built from the bundled samples, each made distinct.
 */
public final class IngestThroughput {
  private IngestThroughput() {}

  public static void main(String[] args) throws IOException {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path dir = Files.createTempDirectory("sitrep-ingest-bench");
    try {
      List<String> templates = templates();
      Path htmlDir = Files.createDirectories(dir.resolve("html"));
      Path warc = dir.resolve("crawl.warc.gz");
      long htmlBytes = 0;
      try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
          WarcCompression.GZIP)) {
        for (int i = 0; i < pages; i++) {
          String page = templates.get(i % templates.size())
              .replace("</body>", "<p>Seite " + i + ".</p></body>");
          byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
          htmlBytes += bytes.length;
          Files.write(htmlDir.resolve(String.format("page-%05d.html", i)), bytes);
          HttpResponse http = new HttpResponse.Builder(200, "OK")
              .body(MediaType.HTML_UTF8, bytes).build();
          writer.write(new WarcResponse.Builder(URI.create("https://example.org/news/" + i))
              .date(Instant.parse("2023-11-08T10:00:00Z")).body(http).build());
        }
      }
      long warcBytes = Files.size(warc);
      List<Stage> stages = List.of(Analysis.cleaning().stages().get(0), new LanguageStage());
      measure("HTML files", htmlDir.toString(), htmlBytes, stages); // warm-up
      System.out.printf("%d pages, %.1f MB of HTML; WARC.gz %.1f MB%n", pages, htmlBytes / 1e6,
          warcBytes / 1e6);
      measure("HTML files", htmlDir.toString(), htmlBytes, stages);
      measure("WARC.gz", warc.toString(), warcBytes, stages);
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void measure(String what, String input, long bytes, List<Stage> stages) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    int[] docs = new int[1];
    Inputs.read(List.of(input), ReadOptions.defaults(), r -> {
      if (r instanceof ReadResult.Loaded l) {
        Document d = l.document();
        for (Stage s : stages) {
          d = s.process(d);
        }
        docs[0]++;
      }
    });
    double s = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
    System.out.printf("  %-10s read+clean+language: %5d docs in %.2f s CPU = %.0f docs/s, %.2f MB/s "
        + "of input per core%n", what, docs[0], s, docs[0] / s, bytes / 1e6 / s);
  }

  /** Sample HTML pages, and the text samples wrapped in a page with boilerplate. */
  private static List<String> templates() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Home.samples())) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".html")) {
          out.add(Files.readString(p));
        } else if (name.endsWith(".txt")) {
          String body = Files.readString(p).replace("&", "&amp;").replace("<", "&lt;");
          out.add("<html><head><title>" + name + "</title></head><body><nav><a href=/>Home</a>"
              + "<a href=/world>World</a></nav><article><p>" + body.replace("\n\n", "</p><p>")
              + "</p></article><aside class=related><a href=/x>Related story</a></aside>"
              + "<footer>© Example News</footer></body></html>");
        }
      }
    }
    if (out.isEmpty()) {
      throw new UncheckedIOException(new IOException("no samples under " + Home.samples()));
    }
    return out;
  }
}
