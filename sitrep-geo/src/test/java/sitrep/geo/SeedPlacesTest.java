package sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import sitrep.geo.gazetteer.GeoPoint;
import sitrep.model.Place;

/**
 * The places an analyst needs from the three seed articles (read from ../shared at run time, never
 * copied into the repository), each within 30 km of where it really is.
 */
class SeedPlacesTest {
  private static final double KM = 30;

  private static String seed(String prefix) throws IOException {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")),
        "../shared/seeds is not available");
    try (var files = Files.list(Path.of(shared, "seeds"))) {
      Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
          .orElse(null);
      assumeTrue(p != null, "seed " + prefix + " is not available");
      return Files.readString(p);
    }
  }

  private static Place find(Places places, String what, Predicate<Place> p) {
    return places.all().stream().filter(p).findFirst()
        .orElseThrow(() -> new AssertionError("no " + what + " among " + places.texts()));
  }

  private static void near(Place p, double lat, double lon) {
    assertThat(p.latitude()).isNotNull();
    assertThat(p.longitude()).isNotNull();
    double km = GeoPoint.distanceKm(p.latitude(), p.longitude(), lat, lon);
    assertThat(km).as(p.name() + " is " + Math.round(km) + " km from the real place")
        .isLessThan(KM);
  }

  @Test
  void germanArticleOnRocketAttacksInSyriaAndIraq() throws IOException {
    Places p = Places.de(seed("000_"));

    Place omar = find(p, "al-Omar oil field", x -> "al-Omar oil field".equals(x.site()));
    assertThat(omar.text()).isEqualTo("al-Omar Ölfeld");
    assertThat(omar.countryCode()).isEqualTo("SY");
    near(omar, 35.0, 40.55);

    Place asad = find(p, "Ain al-Asad Air Base", x -> "Ain al-Asad Air Base".equals(x.site()));
    assertThat(asad.text()).isEqualTo("al-Assad Luftstützpunkt");
    assertThat(asad.admin1()).isEqualTo("Anbar");
    near(asad, 33.80, 42.44);
    assertThat(p.all()).filteredOn(x -> "Ain al-Asad".equals(x.text())).hasSize(1);

    Place union = find(p, "Union III", x -> "Union III base".equals(x.site()));
    assertThat(union.text()).isEqualTo("Basis von Union 3");
    near(union, 33.305, 44.385);
    Place green = find(p, "Green Zone", x -> "Green Zone".equals(x.site()));
    near(green, 33.305, 44.385);

    Place baghdad = find(p, "Baghdad",
        x -> "Baghdad".equals(x.name()) && x.feature().equals("PPLC"));
    near(baghdad, 33.34, 44.40);
    Place governorate = find(p, "Baghdad governorate",
        x -> x.text().equals("Regierungsbezirk Baghdad"));
    assertThat(governorate.feature()).isEqualTo("ADM1");

    Place qaim = find(p, "Qaim region", x -> x.text().equals("Qaim-Region"));
    assertThat(qaim.geoPrecision()).isEqualTo(2);
    near(qaim, 34.37, 41.08);

    Place border = find(p, "Syria–Iraq border", x -> x.text().equals("syrisch-irakischen Grenze"));
    assertThat(border.relation()).isEqualTo("along");
    near(border, 34.43, 40.94);

    Place tehran = find(p, "Tehran", x -> x.text().equals("Tehrans"));
    assertThat(tehran.literal()).isFalse();
    Place washington = find(p, "Washington", x -> x.text().equals("Washington"));
    assertThat(washington.literal()).isFalse();
  }

  @Test
  void englishArticleOnTheRaceForDeirEzZor() throws IOException {
    Places p = Places.en(seed("001_"));

    Place east = find(p, "east of Deir ez-Zor", x -> "east of".equals(x.relation()));
    assertThat(east.name()).isEqualTo("Deir ez-Zor");
    assertThat(east.text()).isEqualTo("Deir-ez-Zor");
    assertThat(east.geoPrecision()).isEqualTo(2);
    near(east, 35.336, 40.141);

    Place tabqa = find(p, "Tabqa", x -> x.text().equals("Tabqa"));
    assertThat(tabqa.countryCode()).isEqualTo("SY");
    near(tabqa, 35.84, 38.55);

    assertThat(p.names()).contains("Syria", "Iraq", "Lebanon", "Iran", "Russia", "United States");
  }

  @Test
  void englishArticleOnBasesInEastSyria() throws IOException {
    Places p = Places.en(seed("002_"));

    Place hasakah = find(p, "Al-Hasakah", x -> x.text().equals("Al-Hasakah Governorate"));
    assertThat(hasakah.feature()).isEqualTo("ADM1");
    near(hasakah, 36.50, 40.75);

    Place airport = find(p, "the military airport", x -> x.text().equals("military airport"));
    assertThat(airport.site()).isEqualTo("Qamishli airport");
    near(airport, 37.021, 41.191);
    Place named = find(p, "Al-Qamishli Airport", x -> x.text().equals("Al-Qamishli Airport"));
    assertThat(named.site()).isEqualTo("Qamishli airport");

    List<Place> omar = p.all().stream().filter(x -> "al-Omar oil field".equals(x.site())).toList();
    assertThat(omar).extracting(Place::text).contains("Al-‘Umar Oil Fields", "Al-Omar oil field",
        "Al-‘Umar Oil Field");
    omar.forEach(x -> near(x, 35.0, 40.55));

    Place jazarat = find(p, "al-Jazarat", x -> "al-Jazarat".equals(x.site()));
    assertThat(jazarat.geoPrecision()).isEqualTo(2);
    near(jazarat, 35.34, 40.14);

    Place countryside = find(p, "western countryside of Deir Ezzor",
        x -> "western countryside of".equals(x.relation()));
    assertThat(countryside.name()).isEqualTo("Deir ez-Zor");
    near(countryside, 35.336, 40.141);
  }
}
