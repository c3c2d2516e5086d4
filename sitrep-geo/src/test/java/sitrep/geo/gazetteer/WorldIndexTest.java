package sitrep.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundled world index: what it holds, and what loading it costs (printed, loosely bounded). */
class WorldIndexTest {

  @Test
  void loadsTheWorldWithinTimeAndHeap() {
    Runtime rt = Runtime.getRuntime();
    long[] ms = new long[2];
    long heap = 0;
    Gazetteer g = null;
    for (int run = 0; run < 2; run++) {
      g = null;
      System.gc();
      long before = rt.totalMemory() - rt.freeMemory();
      long t0 = System.nanoTime();
      g = Gazetteer.of(new BundledGazetteerSource(), WorldGazetteerSource.bundled());
      ms[run] = (System.nanoTime() - t0) / 1_000_000;
      System.gc();
      heap = rt.totalMemory() - rt.freeMemory() - before;
    }
    long t1 = System.nanoTime();
    sitrep.geo.resolve.ToponymFinder finder = new sitrep.geo.resolve.ToponymFinder(g);
    long finderMs = (System.nanoTime() - t1) / 1_000_000;
    System.out.printf(Locale.ROOT, "world gazetteer: %,d places, %,d other entries, %d countries;"
        + " loaded in %d ms (again: %d ms), %.0f MB heap; toponym finder over it built in %d ms%n",
        g.places().size(), g.entries().size(), g.countries().size(), ms[0], ms[1], heap / 1e6,
        finderMs);
    assertThat(g.places().size()).isGreaterThan(190_000);
    assertThat(g.countries().size()).isGreaterThan(240);
    assertThat(heap).isLessThan(400L << 20);
    assertThat(finder.gazetteer()).isSameAs(g);
  }

  @Test
  void curatedPlacesWinAndKeepTheirIds() {
    Gazetteer g = Gazetteer.standard();
    // the curated Deir ez-Zor has the GeoNames id; the index's copy of that place is hidden
    assertThat(g.byId("gn:170794").orElseThrow().origin()).contains("places.tsv");
    assertThat(g.lookup("Deir ez-Zor").get(0).id()).isEqualTo("gn:170794");
    assertThat(g.lookup("Baghdad").get(0).id()).isEqualTo("gn:98182");
    assertThat(g.country("SY").orElseThrow().name()).isEqualTo("Syria");
    // world additions: places, exonyms, divisions and countries in several languages
    assertThat(g.lookup("München")).extracting(GazetteerEntry::name).contains("Munich");
    assertThat(g.lookup("Mailand")).extracting(GazetteerEntry::countryCode).contains("IT");
    assertThat(g.lookup("Kalifornien")).extracting(GazetteerEntry::id).contains("US.CA");
    assertThat(g.lookup("Nouvelle-Zélande")).extracting(GazetteerEntry::id).contains("NZ");
    assertThat(g.lookup("الأردن")).extracting(GazetteerEntry::id).contains("JO");
    assertThat(g.admin1Name("US", "TX")).contains("Texas");
    assertThat(g.priorPopulation(g.byId("US").orElseThrow())).isGreaterThan(100_000_000L);
    // an abbreviated own name among the alternates is a name, not only an alternate
    assertThat(g.lookup("St. Petersburg")).extracting(GazetteerEntry::id).contains("gn:498817");
    // a widely known city has more alternate names than its namesakes
    assertThat(g.nameCount(g.byId("gn:2660646").orElseThrow()))
        .isGreaterThan(2 * g.nameCount(g.byId("gn:4893591").orElseThrow()));
  }
}
