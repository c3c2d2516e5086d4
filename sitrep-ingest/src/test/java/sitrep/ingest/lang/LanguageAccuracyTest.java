package sitrep.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sitrep.model.resource.Tsv;

/**
 * Accuracy on one- and two-sentence conflict-news texts full of names ({@code short-texts.tsv}: 20
 * texts per half for de and en, 10 for each other language). Prints a table per language for the
 * tuning half and the held-out half; asserts only loose floors, so that a changed word list or
 * profile set is seen in the numbers rather than failing on one sentence.
 */
class LanguageAccuracyTest {

  static final String SHORT_TEXTS = "sitrep/ingest/lang/short-texts.tsv";
  static final String OTHER_LANGUAGES = "sitrep/ingest/lang/other-languages.tsv";

  /** One labelled text. */
  record Sample(String split, String language, String text) {}

  /** Correct and total per language; "all" for the total. */
  record Score(int right, int total) {
    double accuracy() {
      return total == 0 ? Double.NaN : (double) right / total;
    }
  }

  static List<Sample> samples(String resource, boolean withSplit) {
    List<Sample> out = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(resource)) {
      out.add(withSplit ? new Sample(row.get(0).trim(), row.get(1).trim(), row.get(2))
          : new Sample("other", row.get(0).trim(), row.get(1)));
    }
    return out;
  }

  static Map<String, Score> score(List<Sample> samples, String split, LanguageIdentifier id,
      List<String> misses) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Sample s : samples) {
      if (!s.split().equals(split)) {
        continue;
      }
      LanguageIdentifier.Guess g = id.identify(s.text());
      int[] c = counts.computeIfAbsent(s.language(), k -> new int[2]);
      c[1]++;
      if (g.language().equals(s.language())) {
        c[0]++;
      } else {
        misses.add(String.format("  %s %s → %s (%s %.2f): %s", split, s.language(), g.language(),
            g.method(), g.confidence(), s.text()));
      }
    }
    Map<String, Score> out = new LinkedHashMap<>();
    int right = 0;
    int total = 0;
    for (var e : counts.entrySet()) {
      out.put(e.getKey(), new Score(e.getValue()[0], e.getValue()[1]));
      right += e.getValue()[0];
      total += e.getValue()[1];
    }
    out.put("all", new Score(right, total));
    return out;
  }

  /** Prints "split  de 20/20  en 19/20 … all 0.986" lines and the misses. */
  static void print(String what, Map<String, Map<String, Score>> bySplit, List<String> misses) {
    StringBuilder sb = new StringBuilder("language id, ").append(what).append('\n');
    bySplit.forEach((split, scores) -> {
      sb.append(String.format("  %-5s", split));
      scores.forEach((lang, s) -> sb.append(lang.equals("all")
          ? String.format("  all %d/%d = %.3f", s.right(), s.total(), s.accuracy())
          : String.format("  %s %d/%d", lang, s.right(), s.total())));
      sb.append('\n');
    });
    misses.forEach(m -> sb.append(m).append('\n'));
    System.out.print(sb);
  }

  private static List<Sample> shortTexts;
  private static Map<String, Score> tuning;
  private static Map<String, Score> heldOut;

  @BeforeAll
  static void measure() {
    shortTexts = samples(SHORT_TEXTS, true);
    List<String> misses = new ArrayList<>();
    tuning = score(shortTexts, "tune", LanguageIdentifier.standard(), misses);
    heldOut = score(shortTexts, "held", LanguageIdentifier.standard(), misses);
    Map<String, Map<String, Score>> table = new LinkedHashMap<>();
    table.put("tune", tuning);
    table.put("held", heldOut);
    print("short texts (detector + function words)", table, misses);
  }

  @Test
  void theTestSetCoversTheLanguagesSitrepCaresAbout() {
    for (String lang : List.of("de", "en", "fr", "es", "it", "nl", "ar", "ru", "tr", "fa")) {
      int min = lang.equals("de") || lang.equals("en") ? 20 : 10;
      assertThat(tuning.get(lang).total()).as(lang).isGreaterThanOrEqualTo(min);
      assertThat(heldOut.get(lang).total()).as(lang).isGreaterThanOrEqualTo(min);
    }
  }

  @Test
  void heldOutShortTexts() {
    assertThat(heldOut.get("de").accuracy()).isGreaterThanOrEqualTo(0.9);
    assertThat(heldOut.get("en").accuracy()).isGreaterThanOrEqualTo(0.9);
    assertThat(heldOut.get("all").accuracy()).isGreaterThanOrEqualTo(0.9);
    heldOut.forEach((lang, s) -> assertThat(s.accuracy()).as(lang).isGreaterThanOrEqualTo(0.7));
  }

  @Test
  void tuningShortTexts() {
    assertThat(tuning.get("all").accuracy()).isGreaterThanOrEqualTo(0.9);
    tuning.forEach((lang, s) -> assertThat(s.accuracy()).as(lang).isGreaterThanOrEqualTo(0.7));
  }

  @Test
  void languagesOutsideTheCoreKeepTheirOwnCode() {
    List<String> misses = new ArrayList<>();
    Map<String, Score> other = score(samples(OTHER_LANGUAGES, false), "other",
        LanguageIdentifier.standard(), misses);
    print("languages outside the core", Map.of("other", other), misses);
    assertThat(other.get("all").accuracy()).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void detectorAloneForComparison() {
    // the same texts without the function-word step, to show what it adds
    LanguageIdentifier detectorOnly = new LanguageIdentifier(
        FunctionWords.load("sitrep/ingest/lang/no-function-words.tsv"));
    List<String> misses = new ArrayList<>();
    Map<String, Map<String, Score>> table = new LinkedHashMap<>();
    table.put("tune", score(shortTexts, "tune", detectorOnly, misses));
    table.put("held", score(shortTexts, "held", detectorOnly, misses));
    print("short texts (detector alone)", table, misses);
  }
}
