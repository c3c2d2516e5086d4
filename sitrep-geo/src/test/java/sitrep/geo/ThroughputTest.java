package sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import sitrep.geo.resolve.ToponymFinder;

/**
 * Resolved toponyms per second on one core, over a long made-up English text with the world
 * index loaded; printed, not asserted (the machine decides the figure).
 */
class ThroughputTest {
  private static final String[] SENTENCES = {
      "Rockets hit the Ain al-Asad air base in Anbar province, west of Baghdad, on Tuesday.",
      "Officials in Washington said the strike near Deir ez-Zor killed four fighters.",
      "Flooding in Houston, Texas, and in New Orleans forced thousands from their homes.",
      "The delegation travelled from Paris to Berlin and then to Warsaw and Kyiv.",
      "Protesters gathered in Nairobi, Kenya, while talks continued in Addis Ababa.",
      "Clashes east of Raqqa spread to Tabqa and the countryside of Aleppo.",
      "Russian forces shelled Kharkiv; residents fled to Poltava and Dnipro.",
      "The minister met his counterpart in Islamabad before flying to Kabul."};

  @Test
  void resolvedToponymsPerSecondPerCore() {
    ToponymFinder finder = ToponymFinder.standard();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      sb.append(SENTENCES[i % SENTENCES.length]).append(i % 5 == 4 ? "\n\n" : " ");
    }
    String text = sb.toString();
    for (int w = 0; w < 3; w++) {
      finder.find(text, "en"); // warm up the JIT
    }
    long t0 = System.nanoTime();
    int found = 0;
    int runs = 3;
    for (int r = 0; r < runs; r++) {
      found += finder.find(text, "en").size();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "throughput: %,d toponyms in %.2f s on one thread: %,.0f "
        + "resolved toponyms/s per core (%.1f MB/s of text)%n", found, seconds, found / seconds,
        runs * text.length() / seconds / 1e6);
    assertThat(found).isGreaterThan(runs * 4000);
  }
}
