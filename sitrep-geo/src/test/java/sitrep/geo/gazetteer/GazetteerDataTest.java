package sitrep.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled data: complete where the brief demands it, and internally consistent. */
class GazetteerDataTest {
  private final Gazetteer g = Gazetteer.standard();

  @Test
  void everyCoordinateLiesInsideItsCountrysBox() {
    for (GazetteerEntry e : g.entries()) {
      boolean inside = false;
      for (String cc : e.countries()) {
        inside |= g.country(cc).orElseThrow().bounds().contains(e.point());
      }
      assertThat(inside).as(e.origin() + " " + e.name() + " inside " + e.countries()).isTrue();
    }
  }

  @Test
  void idsAndGeoNamesIdsAreUnique() {
    Set<String> ids = new HashSet<>();
    Set<Long> geonames = new HashSet<>();
    for (GazetteerEntry e : g.entries()) {
      assertThat(ids.add(e.id())).as("duplicate id " + e.id()).isTrue();
      if (e.geonamesId() != null) {
        assertThat(geonames.add(e.geonamesId())).as("duplicate GeoNames id at " + e.origin())
            .isTrue();
      }
    }
  }

  @Test
  void holdersAreActorIdsAndInstallationsSayWhereTheyComeFrom() {
    for (GazetteerEntry e : g.installations()) {
      if (e.holder() != null) {
        assertThat(e.holder()).as(e.origin()).isNotBlank().matches("[a-z][a-z0-9_]*");
      }
      assertThat(e.installationType()).as(e.origin()).isNotNull();
      assertThat(e.note()).as(e.origin() + " source note").isNotBlank();
      assertThat(e.feature()).isEqualTo("INSTALLATION");
    }
    for (GazetteerEntry e : g.entries()) {
      if (!e.isInstallation()) {
        assertThat(e.holder()).as(e.origin()).isNull();
      }
    }
  }

  @Test
  void countriesTheBriefNames() {
    List<String> mena = List.of("DZ", "BH", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "LY", "MA",
        "OM", "PS", "QA", "SA", "SY", "TN", "AE", "YE", "SD", "EH", "MR");
    List<String> p5 = List.of("US", "RU", "CN", "GB", "FR");
    List<String> others = List.of("TR", "AF", "UA", "ML", "NG", "SO", "ET", "CD", "MM", "PK", "IN");
    List<String> eu = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
        "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES",
        "SE");
    for (List<String> list : List.of(mena, p5, others, eu)) {
      for (String cc : list) {
        Country c = g.country(cc).orElseThrow(() -> new AssertionError("missing country " + cc));
        assertThat(c.geonamesId()).as(cc).isNotNull();
        assertThat(g.byId(cc)).isPresent();
      }
    }
    assertThat(g.countryName("IQ")).contains("Iraq");
    assertThat(g.lookup("Irak").get(0).id()).isEqualTo("IQ");
    assertThat(g.lookup("Syrien").get(0).id()).isEqualTo("SY");
    assertThat(g.lookup("Vereinigte Staaten").get(0).id()).isEqualTo("US");
    assertThat(g.lookup("USA").get(0).id()).isEqualTo("US");
  }

  @Test
  void allGovernoratesOfSyriaAndIraq() {
    long syria = g.entries().stream()
        .filter(e -> e.kind() == EntryKind.ADMIN1 && e.countryCode().equals("SY")).count();
    long iraq = g.entries().stream()
        .filter(e -> e.kind() == EntryKind.ADMIN1 && e.countryCode().equals("IQ")).count();
    assertThat(syria).isEqualTo(14);
    assertThat(iraq).isEqualTo(19);
    Map<String, String> variants = Map.of(
        "Dayr az Zawr", "Deir ez-Zor", "Deir-ez-Zor", "Deir ez-Zor", "Hassakeh", "Al-Hasakah",
        "Al-Anbar", "Anbar", "Salahuddin", "Salah ad-Din", "Ninawa", "Nineveh", "Bagdad", "Baghdad",
        "Halabja", "Halabja", "Sulaimaniya", "Sulaymaniyah", "Duhok", "Duhok");
    variants.forEach((variant, name) -> assertThat(g.lookup(variant))
        .as(variant).anyMatch(e -> e.kind() == EntryKind.ADMIN1 && e.name().equals(name)));
  }

  @Test
  void populatedPlacesTheBriefNames() {
    List<String> places = List.of("Deir ez-Zor", "al-Mayadin", "Abu Kamal", "Al-Bukamal",
        "Hajin", "Khasham", "al-Shaddadi", "Hasakah", "Qamishli", "Al-Qamishli", "Tal Tamr",
        "Raqqa", "Tabqa", "Manbij", "Kobani", "Ayn al-Arab", "Aleppo", "Idlib", "Latakia", "Homs",
        "Hama", "Damascus", "Daraa", "al-Tanf", "Baghdad", "Mosul", "Erbil", "Kirkuk",
        "Sulaymaniyah", "Duhok", "Sinjar", "Tal Afar", "Ramadi", "Fallujah", "Hit", "Haditha",
        "al-Qaim", "Al-Qa'im", "Rutba", "Tikrit", "Samarra", "Balad", "Baqubah", "Taji", "Basra",
        "Najaf", "Karbala", "Nasiriyah", "Amarah", "Kut");
    for (String name : places) {
      List<GazetteerEntry> found = g.lookup(name);
      assertThat(found).as(name).anyMatch(e -> e.kind() == EntryKind.PLACE);
      GazetteerEntry e = found.stream().filter(x -> x.kind() == EntryKind.PLACE).findFirst()
          .orElseThrow();
      assertThat(e.countryCode()).as(name).isIn("SY", "IQ");
      assertThat(e.feature()).as(name).startsWith("PPL");
      assertThat(e.admin1Code()).as(name).isNotNull();
      assertThat(g.admin1Name(e)).as(name).isPresent();
    }
    long count = g.entries().stream()
        .filter(e -> e.kind() == EntryKind.PLACE && Set.of("SY", "IQ").contains(e.countryCode()))
        .count();
    assertThat(count).isGreaterThanOrEqualTo(60);
  }

  @Test
  void installationsTheBriefNames() {
    Map<String, InstallationType> sites = Map.ofEntries(
        Map.entry("al-omar-oil-field", InstallationType.OILFIELD),
        Map.entry("conoco-gas-field", InstallationType.GASFIELD),
        Map.entry("ain-al-asad-air-base", InstallationType.AIRBASE),
        Map.entry("union-iii-base", InstallationType.BASE),
        Map.entry("green-zone", InstallationType.ZONE),
        Map.entry("baghdad-international-airport", InstallationType.AIRPORT),
        Map.entry("erbil-air-base", InstallationType.AIRBASE),
        Map.entry("harir-air-base", InstallationType.AIRBASE),
        Map.entry("balad-air-base", InstallationType.AIRBASE),
        Map.entry("camp-taji", InstallationType.BASE),
        Map.entry("k1-air-base", InstallationType.AIRBASE),
        Map.entry("qamishli-airport", InstallationType.AIRPORT),
        Map.entry("al-jazarat", InstallationType.BASE),
        Map.entry("al-tanf-garrison", InstallationType.BASE),
        Map.entry("hmeimim-air-base", InstallationType.AIRBASE),
        Map.entry("tartus-naval-facility", InstallationType.BASE),
        Map.entry("tabqa-air-base", InstallationType.AIRBASE),
        Map.entry("tabqa-dam", InstallationType.DAM),
        Map.entry("kuweires-air-base", InstallationType.AIRBASE),
        Map.entry("shayrat-air-base", InstallationType.AIRBASE),
        Map.entry("t4-air-base", InstallationType.AIRBASE),
        Map.entry("rmeilan-airfield", InstallationType.AIRBASE),
        Map.entry("kharab-al-jir", InstallationType.AIRBASE),
        Map.entry("tal-baydar", InstallationType.BASE),
        Map.entry("al-shaddadi-base", InstallationType.BASE),
        Map.entry("al-qaim-border-crossing", InstallationType.BORDER_CROSSING),
        Map.entry("semalka-crossing", InstallationType.BORDER_CROSSING),
        Map.entry("al-waleed-border-crossing", InstallationType.BORDER_CROSSING));
    sites.forEach((id, type) -> {
      GazetteerEntry e = g.installation(id).orElseThrow(() -> new AssertionError("missing " + id));
      assertThat(e.installationType()).as(id).isEqualTo(type);
    });
    assertThat(g.installation("ain-al-asad-air-base").orElseThrow().holder())
        .isEqualTo("usa_military");
    assertThat(g.installation("hmeimim-air-base").orElseThrow().holder())
        .isEqualTo("russia_military");
  }
}
