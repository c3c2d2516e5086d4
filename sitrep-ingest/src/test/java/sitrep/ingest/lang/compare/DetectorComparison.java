package sitrep.ingest.lang.compare;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import sitrep.ingest.lang.FunctionWords;
import sitrep.ingest.lang.Iso639;
import sitrep.ingest.lang.LanguageIdentifier;
import sitrep.model.resource.Tsv;

/**
 * The comparison behind the choice of language identifier in README.md: accuracy per language on
 * both halves of {@code short-texts.tsv}, on {@code other-languages.tsv}, load time, heap and speed,
 * each candidate in a JVM of its own so that memory and load time are its alone. Not part of the
 * normal build (it needs the losing candidates on the classpath):
 *
 * <pre>
 * mvn -B -q -pl sitrep-ingest -Plang-compare test -Dtest=DetectorComparison \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class DetectorComparison {

  static final List<String> CORE =
      List.of("de", "en", "fr", "es", "it", "nl", "pt", "ar", "ru", "uk", "tr", "fa");

  static final List<String> VARIANTS = List.of("sitrep", "opennlp+fw", "opennlp",
      "optimaize-12", "optimaize-37", "optimaize-all",
      "lingua-12", "lingua-12-low", "lingua-37", "lingua-37-low", "lingua-all", "lingua-all-low");

  @Test
  void compare() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> rows = new ArrayList<>();
    List<String> perLanguage = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (String v : VARIANTS) {
      Process p = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
          DetectorComparison.class.getName(), v).redirectErrorStream(true).start();
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("ROW ")) {
            rows.add(line.substring(4));
          } else if (line.startsWith("LANG ")) {
            perLanguage.add(line.substring(5));
          } else if (line.startsWith("MISS ")) {
            misses.add(line.substring(5));
          }
        }
      }
      p.waitFor();
    }
    System.out.println("| identifier | tuning | held-out | other languages | load ms | heap MB "
        + "| µs per sentence | ms per 1.5 KB |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
    System.out.println();
    System.out.println("| identifier | half | " + String.join(" | ", CORE) + " |");
    System.out.println("|---|---|" + "---|".repeat(CORE.size()));
    perLanguage.forEach(System.out::println);
    System.out.println();
    misses.forEach(System.out::println);
  }

  record Sample(String split, String language, String text) {}

  static List<Sample> samples() {
    List<Sample> out = new ArrayList<>();
    for (Tsv.Row row : Tsv.read("sitrep/ingest/lang/short-texts.tsv")) {
      out.add(new Sample(row.get(0).trim(), row.get(1).trim(), row.get(2)));
    }
    for (Tsv.Row row : Tsv.read("sitrep/ingest/lang/other-languages.tsv")) {
      out.add(new Sample("other", row.get(0).trim(), row.get(1)));
    }
    return out;
  }

  /** Keeps the identifier reachable while the heap is measured. */
  static Object keep;

  /** Runs one variant in this JVM and prints its ROW, LANG and MISS lines. */
  public static void main(String[] args) throws Exception {
    String variant = args[0];
    List<Sample> samples = samples();
    String longText = samples.stream().filter(s -> s.split().equals("tune")
        && s.language().equals("de")).map(Sample::text).collect(Collectors.joining(" "));
    long before = usedHeap();
    long t0 = System.nanoTime();
    Function<String, String> id = make(variant);
    keep = id;
    id.apply("Die SDF griffen Stellungen des IS bei Deir ez-Zor an.");
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    long heapMb = Math.max(0, usedHeap() - before) >> 20;

    Map<String, Map<String, int[]>> bySplit = new LinkedHashMap<>();
    for (Sample s : samples) {
      String guess = id.apply(s.text());
      int[] c = bySplit.computeIfAbsent(s.split(), k -> new LinkedHashMap<>())
          .computeIfAbsent(s.language(), k -> new int[2]);
      c[1]++;
      if (guess.equals(s.language())) {
        c[0]++;
      } else {
        System.out.println("MISS " + variant + " " + s.split() + " " + s.language() + " → " + guess
            + ": " + s.text());
      }
    }
    for (int i = 0; i < 3; i++) { // warm up
      samples.forEach(s -> id.apply(s.text()));
    }
    int reps = 5;
    long s0 = System.nanoTime();
    for (int i = 0; i < reps; i++) {
      samples.forEach(s -> id.apply(s.text()));
    }
    double usShort = (System.nanoTime() - s0) / 1000.0 / (reps * samples.size());
    long l0 = System.nanoTime();
    for (int i = 0; i < 50; i++) {
      id.apply(longText);
    }
    double msLong = (System.nanoTime() - l0) / 1e6 / 50;

    System.out.printf(Locale.ROOT, "ROW | %s | %s | %s | %s | %d | %d | %.0f | %.2f |%n", variant,
        total(bySplit.get("tune")), total(bySplit.get("held")), total(bySplit.get("other")),
        loadMs, heapMb, usShort, msLong);
    for (String split : List.of("tune", "held")) {
      StringBuilder sb = new StringBuilder("LANG | " + variant + " | " + split + " |");
      for (String lang : CORE) {
        int[] c = bySplit.get(split).get(lang);
        sb.append(' ').append(c[0]).append('/').append(c[1]).append(" |");
      }
      System.out.println(sb);
    }
  }

  private static String total(Map<String, int[]> scores) {
    int right = scores.values().stream().mapToInt(c -> c[0]).sum();
    int all = scores.values().stream().mapToInt(c -> c[1]).sum();
    return String.format(Locale.ROOT, "%.3f (%d/%d)", (double) right / all, right, all);
  }

  private static long usedHeap() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  /** The profile names of languages.tsv (the 37 languages sitrep's detector knows). */
  private static List<String> sitrepProfiles() {
    return Tsv.read(LanguageIdentifier.LANGUAGES_FILE).stream().map(r -> r.get(0).trim()).toList();
  }

  private static Function<String, String> make(String variant) throws Exception {
    switch (variant) {
      case "sitrep" -> {
        LanguageIdentifier id = LanguageIdentifier.standard();
        return t -> id.identify(t).language();
      }
      case "opennlp+fw" -> {
        OpenNlpBaseline b = new OpenNlpBaseline(FunctionWords.standard());
        return b::identify;
      }
      case "opennlp" -> {
        OpenNlpBaseline b = new OpenNlpBaseline(
            FunctionWords.load("sitrep/ingest/lang/no-function-words.tsv"));
        return b::identify;
      }
      default -> { }
    }
    if (variant.startsWith("optimaize")) {
      LanguageProfileReader reader = new LanguageProfileReader();
      List<String> names = variant.endsWith("-12") ? CORE
          : variant.endsWith("-37") ? sitrepProfiles() : null;
      LanguageDetector d = LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(names == null ? reader.readAllBuiltIn()
              : reader.readBuiltIn(names.stream().map(LdLocale::fromString).toList()))
          .build();
      return t -> {
        var ranked = d.getProbabilities(
            CommonTextObjectFactories.forDetectingOnLargeText().forText(t));
        String code = ranked.isEmpty() ? null
            : Iso639.normalize(ranked.get(0).getLocale().getLanguage());
        return code == null ? "und" : code;
      };
    }
    if (variant.startsWith("lingua")) {
      com.github.pemistahl.lingua.api.LanguageDetectorBuilder b;
      if (variant.startsWith("lingua-all")) {
        b = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromAllLanguages();
      } else {
        Set<String> codes = (variant.startsWith("lingua-12") ? CORE : sitrepProfiles()).stream()
            .map(n -> n.equals("no") ? "nb nn" : n.replace("-CN", ""))
            .flatMap(n -> List.of(n.split(" ")).stream()).collect(Collectors.toSet());
        List<Language> ls = new ArrayList<>();
        for (Language l : Language.values()) {
          if (l != Language.UNKNOWN && l.getIsoCode639_1() != IsoCode639_1.NONE
              && codes.contains(l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT))) {
            ls.add(l);
          }
        }
        b = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromLanguages(
            ls.toArray(new Language[0]));
      }
      if (variant.endsWith("-low")) {
        b = b.withLowAccuracyMode();
      }
      com.github.pemistahl.lingua.api.LanguageDetector d = b.withPreloadedLanguageModels().build();
      return t -> {
        Language l = d.detectLanguageOf(t);
        String code = l == Language.UNKNOWN ? null
            : Iso639.normalize(l.getIsoCode639_1().toString());
        return code == null ? "und" : code;
      };
    }
    throw new IllegalArgumentException("unknown variant " + variant);
  }
}
