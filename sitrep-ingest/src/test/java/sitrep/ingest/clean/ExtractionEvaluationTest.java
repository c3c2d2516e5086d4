package sitrep.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import sitrep.ingest.eval.Overlap;
import sitrep.ingest.eval.TextOverlap;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.SourceRef;

/**
 * Main-text extraction measured on the hand-labelled pages and texts in {@code
 * src/test/resources/sitrep/ingest/extraction} (its README says what counts as main text): sitrep's
 * {@link CleanStage} against boilerpipe's {@code ArticleExtractor} and Readability4J, each part of
 * the set (tune, holdout, fresh) reported on its own. Prints the tables; asserts only loose floors. Each extractor's output
 * is written to {@code target/extraction/} for reading.
 */
class ExtractionEvaluationTest {
  private static final String ROOT = "sitrep/ingest/extraction";
  private static final List<String> HALVES = List.of("tune", "holdout", "fresh");
  private static final Path OUT = Path.of("target", "extraction");

  /** A page or text and what should be kept of it. */
  record Case(String half, String name, String input, String expected) {}

  /** An extractor under comparison: a page in, its main text out. */
  interface Extractor {
    String name();

    String extract(String html) throws Exception;
  }

  private static final CleanStage STAGE = new CleanStage();

  static final Extractor SITREP = new Extractor() {
    @Override
    public String name() {
      return "sitrep";
    }

    @Override
    public String extract(String html) {
      return STAGE.process(Document.raw("page", SourceRef.file("page.html"), Metadata.EMPTY,
          Format.HTML, html)).text();
    }
  };

  static final Extractor BOILERPIPE = new Extractor() {
    @Override
    public String name() {
      return "boilerpipe";
    }

    @Override
    public String extract(String html) throws Exception {
      return ArticleExtractor.INSTANCE.getText(html);
    }
  };

  /** Readability's article text; its title is a separate field and is not added. */
  static final Extractor READABILITY = new Extractor() {
    @Override
    public String name() {
      return "readability4j";
    }

    @Override
    public String extract(String html) {
      String content = new Readability4J("https://example.org/article", html).parse().getContent();
      // block-wise text, so words of adjacent paragraphs are not glued together
      return content == null ? "" : Jsoup.parse(content).wholeText().replaceAll("[ \\t]+", " ");
    }
  };

  static final List<Extractor> EXTRACTORS = List.of(SITREP, BOILERPIPE, READABILITY);

  /** Per extractor and half: the summed overlap and the time spent. */
  record Result(Overlap overlap, double msPerPage, int pages, int failures) {}

  @Test
  void theSetIsCompleteAndEveryExpectedWordIsOnItsPage() {
    List<Case> pages = cases("html");
    assertThat(pages).hasSizeGreaterThanOrEqualTo(20);
    for (String half : HALVES) {
      assertThat(pages.stream().filter(c -> c.half().equals(half)).map(Case::name))
          .anyMatch(n -> n.contains("-de-")).anyMatch(n -> n.contains("-en-"));
    }
    for (Case c : pages) {
      String pageText = Jsoup.parse(c.input()).text();
      Overlap o = TextOverlap.words(pageText, c.expected());
      assertThat(o.recall()).as("expected words of %s found on the page", c.name()).isEqualTo(1.0);
      assertThat(o.expected()).as("expected words of %s", c.name()).isGreaterThan(80);
    }
    for (Case c : cases("txt")) {
      List<String> lines = TextOverlap.lineList(c.input());
      assertThat(lines).as("expected lines of %s are lines of the text", c.name())
          .containsAll(TextOverlap.lineList(c.expected()));
    }
  }

  @Test
  void pagesAllExtractorsPerHalf() throws IOException {
    List<Case> pages = cases("html");
    Map<String, Map<String, Overlap>> perPage = new LinkedHashMap<>(); // page → extractor → overlap
    Map<String, Result> results = new LinkedHashMap<>(); // "half/extractor" → result
    for (Extractor x : EXTRACTORS) {
      for (String half : HALVES) {
        List<Case> set = pages.stream().filter(c -> c.half().equals(half)).toList();
        Overlap sum = Overlap.NONE;
        int failures = 0;
        for (Case c : set) {
          String kept;
          try {
            kept = x.extract(c.input());
          } catch (Exception | LinkageError e) {
            kept = "";
            failures++;
            System.out.println(x.name() + " failed on " + c.name() + ": " + e);
          }
          write(x.name(), c, kept);
          Overlap o = TextOverlap.words(kept, c.expected());
          perPage.computeIfAbsent(c.half() + "/" + c.name(), k -> new LinkedHashMap<>())
              .put(x.name(), o);
          sum = sum.plus(o);
        }
        results.put(half + "/" + x.name(), new Result(sum, msPerPage(x, set), set.size(), failures));
      }
    }

    StringBuilder t = new StringBuilder("main-text extraction, word tokens (bag with counts): "
        + "precision / recall / F1 per page\n");
    t.append(String.format(Locale.ROOT, "%-40s", "page"));
    for (Extractor x : EXTRACTORS) {
      t.append(String.format(Locale.ROOT, " | %-20s", x.name()));
    }
    t.append('\n');
    perPage.forEach((page, byX) -> {
      t.append(String.format(Locale.ROOT, "%-40s", page));
      for (Extractor x : EXTRACTORS) {
        Overlap o = byX.get(x.name());
        t.append(String.format(Locale.ROOT, " | %.2f %.2f %.2f     ", o.precision(), o.recall(),
            o.f1()));
      }
      t.append('\n');
    });
    t.append("\nmicro-averaged per half\n");
    t.append(String.format(Locale.ROOT, "%-8s %-14s %6s %6s %6s %9s %6s%n", "half", "extractor",
        "P", "R", "F1", "ms/page", "fails"));
    for (String half : HALVES) {
      for (Extractor x : EXTRACTORS) {
        Result r = results.get(half + "/" + x.name());
        t.append(String.format(Locale.ROOT, "%-8s %-14s %6.3f %6.3f %6.3f %9.2f %6d%n", half,
            x.name(), r.overlap().precision(), r.overlap().recall(), r.overlap().f1(),
            r.msPerPage(), r.failures()));
      }
    }
    t.append("\nmicro-averaged over all pages, and by language\n");
    for (String group : List.of("all", "de", "en")) {
      for (Extractor x : EXTRACTORS) {
        Overlap sum = Overlap.NONE;
        for (Map.Entry<String, Map<String, Overlap>> e : perPage.entrySet()) {
          if (group.equals("all") || e.getKey().contains("-" + group + "-")) {
            sum = sum.plus(e.getValue().get(x.name()));
          }
        }
        t.append(String.format(Locale.ROOT, "%-8s %-14s %6.3f %6.3f %6.3f%n", group, x.name(),
            sum.precision(), sum.recall(), sum.f1()));
      }
    }
    System.out.println(t);

    for (String half : HALVES) {
      Overlap ours = results.get(half + "/" + SITREP.name()).overlap();
      assertThat(ours.f1()).as("sitrep F1 on %s", half).isGreaterThan(0.85);
      assertThat(ours.recall()).as("sitrep recall on %s", half).isGreaterThan(0.85);
      for (Extractor x : List.of(BOILERPIPE, READABILITY)) {
        // the libraries are on the classpath and working, whatever their score
        assertThat(results.get(half + "/" + x.name()).overlap().f1())
            .as("%s F1 on %s", x.name(), half).isGreaterThan(0.3);
      }
    }
  }

  @Test
  void textJunkLinesPerHalf() {
    StringBuilder t = new StringBuilder("plain-text cleaning, non-blank lines: kept-line "
        + "precision / recall, junk lines dropped\n");
    Map<String, Overlap> sums = new LinkedHashMap<>();
    Map<String, int[]> junk = new LinkedHashMap<>(); // half → {junk dropped, junk total}
    for (Case c : cases("txt")) {
      String kept = STAGE.process(Document.raw(c.name(), SourceRef.file(c.name()), Metadata.EMPTY,
          Format.TEXT, c.input())).text();
      Overlap o = TextOverlap.lines(kept, c.expected());
      int junkTotal = TextOverlap.lineList(c.input()).size() - (int) o.expected();
      int junkDropped = junkTotal - (int) o.extra();
      sums.merge(c.half(), o, Overlap::plus);
      junk.merge(c.half(), new int[] {junkDropped, junkTotal},
          (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});
      t.append(String.format(Locale.ROOT, "%-36s P %.2f  R %.2f  junk dropped %2d/%2d%n",
          c.half() + "/" + c.name(), o.precision(), o.recall(), junkDropped, junkTotal));
    }
    sums.forEach((half, o) -> t.append(String.format(Locale.ROOT,
        "%-36s P %.3f R %.3f F1 %.3f, junk dropped %d/%d%n", half + " (micro)", o.precision(),
        o.recall(), o.f1(), junk.get(half)[0], junk.get(half)[1])));
    System.out.println(t);
    for (Overlap o : sums.values()) {
      assertThat(o.recall()).isGreaterThan(0.95);
      assertThat(o.precision()).isGreaterThan(0.4);
    }
  }

  /**
   * The seeds' junk lines, defined by rule: everything from "Leave a Reply" on, and the author
   * widget lines "Profile picture", "No comments", "Poster Speaks…". Every other line is article.
   */
  @Test
  void seedJunkLines() throws IOException {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")), "no shared seeds");
    List<Path> seeds;
    try (Stream<Path> s = Files.list(Path.of(shared, "seeds"))) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assumeTrue(!seeds.isEmpty(), "no seed texts");
    Overlap sum = Overlap.NONE;
    StringBuilder t = new StringBuilder("seed junk lines (rule: from 'Leave a Reply' on; "
        + "'Profile picture', 'No comments', 'Poster Speaks…')\n");
    for (Path seed : seeds) {
      String raw = Files.readString(seed);
      StringBuilder expected = new StringBuilder();
      for (String line : TextOverlap.lineList(raw)) {
        if (line.equals("Leave a Reply")) {
          break;
        }
        if (!line.equals("Profile picture") && !line.equals("No comments")
            && !line.startsWith("Poster Speaks")) {
          expected.append(line).append('\n');
        }
      }
      String kept = STAGE.process(Document.raw("seed", SourceRef.file(seed.toString()),
          Metadata.EMPTY, Format.TEXT, raw)).text();
      Overlap o = TextOverlap.lines(kept, expected);
      int all = TextOverlap.lineList(raw).size();
      t.append(String.format(Locale.ROOT, "%-28s lines %2d, expected %2d, kept %2d: P %.2f R %.2f%n",
          seed.getFileName(), all, o.expected(), o.kept(), o.precision(), o.recall()));
      sum = sum.plus(o);
    }
    System.out.println(t);
    assertThat(sum.recall()).isEqualTo(1.0);
    assertThat(sum.precision()).isGreaterThan(0.95);
  }

  /** Mean wall time per page over ten timed rounds, after three warm-up rounds. */
  private static double msPerPage(Extractor x, List<Case> set) {
    int rounds = 10;
    long start = 0;
    for (int round = -3; round < rounds; round++) {
      if (round == 0) {
        start = System.nanoTime();
      }
      for (Case c : set) {
        try {
          x.extract(c.input());
        } catch (Exception | LinkageError e) {
          // counted as a failure above
        }
      }
    }
    return (System.nanoTime() - start) / 1e6 / rounds / Math.max(1, set.size());
  }

  private static void write(String extractor, Case c, String kept) throws IOException {
    Path dir = OUT.resolve(extractor).resolve(c.half());
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(c.name() + ".txt"), kept);
  }

  /** The cases of both halves whose input has {@code suffix} ("html" or "txt"), by name. */
  static List<Case> cases(String suffix) {
    List<Case> out = new ArrayList<>();
    for (String half : HALVES) {
      Path dir = resource(ROOT + "/" + half);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.sorted().toList()) {
          String file = p.getFileName().toString();
          if (!file.endsWith("." + suffix) || file.endsWith(".expected.txt")) {
            continue;
          }
          String name = file.substring(0, file.length() - suffix.length() - 1);
          Path expected = dir.resolve(name + ".expected.txt");
          out.add(new Case(half, name, Files.readString(p, StandardCharsets.UTF_8),
              Files.readString(expected, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static Path resource(String name) {
    URL url = ExtractionEvaluationTest.class.getClassLoader().getResource(name);
    assertThat(url).as("test resource %s", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
