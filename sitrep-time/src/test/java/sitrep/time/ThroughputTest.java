package sitrep.time;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Prints how many megabytes of news-like text per second of CPU time one thread tags, tenses read
 * and dates resolved (Issue 6 asks for at least 1 MB/s per core). CPU time rather than wall time,
 * because build machines are shared; still no assertion, the figure goes into the README.
 */
class ThroughputTest {

  private static final List<String> GERMAN = List.of(
      "Der US-Angriff fand am 27. Juni statt, die Antwort erfolgte gleich am Tag darauf. ",
      "Genau eine Woche später tauchten Berichte eines weiteren Luftangriffes auf. ",
      "Die Wahl wird am 15. März stattfinden; am Samstag wird trainiert, um 20 Uhr beginnt das "
          + "Spiel. ",
      "In den frühen Morgenstunden am 6. Juli ereignete sich ein weiterer Angriff in Bagdad, "
          + "bei dem nach Angaben der Polizei 12 Menschen getötet und 40 verletzt wurden. ",
      "Die Sitzungen finden am 3., 4. und 5. Oktober jeweils von 16 bis 17.30 Uhr statt. ",
      "Seit drei Jahren kämpfen die Milizen um die Stadt, die im Frühjahr eingenommen wurde. ",
      "Der Minister sagte, die Regierung werde die Truppen im September abziehen.\n\n");

  private static final List<String> ENGLISH = List.of(
      "A week ago the Pentagon accused the Russians of attacking coalition partners. ",
      "The closure of the 149 towers will begin on April 7, the agency said on Friday. ",
      "Militants struck on 5 July and again on July 6; the next day a drone was downed. ",
      "Officials said 12 civilians were killed and 40 wounded when rockets hit the market "
          + "in the early hours of Tuesday. ",
      "The program will run through June, and the book is due to be published in May. ",
      "Fighting has continued for three years, since the town fell in the spring of 2019. ",
      "In the 1990s the base was expanded; by the end of the year it was closed.\n\n");

  @Test
  void tagsMegabytesPerSecond() {
    for (String language : List.of("de", "en")) {
      String text = build(language.equals("de") ? GERMAN : ENGLISH, 4 << 20);
      double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
      LocalDate published = LocalDate.of(2021, 7, 8);
      int found = 0;
      for (int i = 0; i < 3; i++) {
        found = TimeStage.find(text, language, published).size();
      }
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      long best = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        long t0 = cpu.getCurrentThreadCpuTime();
        TimeStage.find(text, language, published);
        best = Math.min(best, cpu.getCurrentThreadCpuTime() - t0);
      }
      System.out.println(String.format(Locale.ROOT,
          "time tagging %s: %.1f MB in %.0f ms of CPU = %.1f MB/s per core, %d expressions", language, mb,
          best / 1e6, mb / (best / 1e9), found));
    }
  }

  private static String build(List<String> sentences, int chars) {
    StringBuilder sb = new StringBuilder(chars + 1000);
    for (int i = 0; sb.length() < chars; i++) {
      sb.append(sentences.get(i % sentences.size()));
    }
    return sb.toString();
  }
}
