package sitrep.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** The lookup API other stages use. */
class GazetteerLookupTest {
  private final Gazetteer g = Gazetteer.standard();

  @Test
  void installationByIdOrAnyOfItsNames() {
    for (String name : new String[] {"ain-al-asad-air-base", "Al Asad Airbase", "Ain al-Assad",
        "al-Asad", "Ayn al-Asad"}) {
      assertThat(g.installation(name)).as(name).get()
          .extracting(GazetteerEntry::id).isEqualTo("ain-al-asad-air-base");
    }
    assertThat(g.installation("Al-'Umar")).get().extracting(GazetteerEntry::id)
        .isEqualTo("al-omar-oil-field");
    assertThat(g.installation("Union 3")).get().extracting(GazetteerEntry::name)
        .isEqualTo("Union III base");
    assertThat(g.installation("Baghdad")).get().extracting(GazetteerEntry::id)
        .isEqualTo("baghdad-international-airport");
    assertThat(g.installation("IQ")).isEmpty();
    assertThat(g.installation("nowhere at all")).isEmpty();
  }

  @Test
  void placeByNameUnderTransliterations() {
    assertThat(g.lookup("Deir Ezzor").get(0).name()).isEqualTo("Deir ez-Zor");
    assertThat(g.lookup("Deir Ezzor").get(0).kind()).isEqualTo(EntryKind.PLACE);
    assertThat(g.lookup("Dayr az-Zawr").get(0).name()).isEqualTo("Deir ez-Zor");
    assertThat(g.lookup("al-Raqqa").get(0).name()).isEqualTo("Raqqa");
    assertThat(g.lookup("Al-Bukamal").get(0).name()).isEqualTo("Abu Kamal");
    assertThat(g.lookup("Kamishli").get(0).name()).isEqualTo("Qamishli");
    assertThat(g.lookup("Tripoli")).extracting(GazetteerEntry::countryCode).contains("LY", "LB");
    assertThat(g.lookup("Xqzvilleburg")).isEmpty();
  }

  @Test
  void byIdAndSitesOfAPlace() {
    GazetteerEntry qamishli = g.byId("gn:173377").orElseThrow();
    assertThat(qamishli.name()).isEqualTo("Qamishli");
    assertThat(g.sitesAnchoredAt(qamishli.id())).extracting(GazetteerEntry::id)
        .containsExactly("qamishli-airport");
    assertThat(g.byId("SY.07").orElseThrow().name()).isEqualTo("Deir ez-Zor");
  }

  @Test
  void countryAndDivisionNames() {
    assertThat(g.countryName("SY")).contains("Syria");
    assertThat(g.countryName("DE")).contains("Germany");
    assertThat(g.countryName("XX")).isEmpty();
    assertThat(g.admin1Name("IQ", "01")).contains("Anbar");
    assertThat(g.admin1Name(g.installation("al-omar-oil-field").orElseThrow()))
        .contains("Deir ez-Zor");
  }

  @Test
  void haversineDistances() {
    assertThat(GeoPoint.distanceKm(0, 0, 0, 1)).isCloseTo(111.195, offset(0.01));
    assertThat(GeoPoint.distanceKm(0, 0, 0, 0)).isZero();
    GeoPoint paris = new GeoPoint(48.8566, 2.3522);
    GeoPoint london = new GeoPoint(51.5074, -0.1278);
    assertThat(paris.distanceKm(london)).isCloseTo(343.5, offset(1.0));
    GazetteerEntry baghdad = g.byId("gn:98182").orElseThrow();
    GazetteerEntry asad = g.installation("ain-al-asad-air-base").orElseThrow();
    assertThat(Gazetteer.distanceKm(baghdad, asad)).isBetween(180.0, 200.0);
    assertThat(Gazetteer.distanceKm(33.0, 44.0, 33.0, 44.0)).isZero();
    assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
