package sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sitrep.model.Place;

/** Places only the world index knows, and the guards around them; sentences made up for the test. */
class WorldPlacesTest {

  @Test
  void townsDivisionsAndQualifiers() {
    Places p = Places.en("Police in Mobile, Alabama, said the suspect fled to Paris, Texas. "
        + "Protests in Portland and Seattle continued.");
    assertThat(p.at("Mobile").countryCode()).isEqualTo("US");
    assertThat(p.at("Alabama").feature()).isEqualTo("ADM1");
    Place paris = p.at("Paris");
    assertThat(paris.countryCode()).isEqualTo("US");
    assertThat(paris.admin1()).isEqualTo("Texas");
    assertThat(p.at("Portland").admin1()).isEqualTo("Oregon");
    assertThat(p.texts()).doesNotContain("Police");
  }

  @Test
  void peopleAndOrdinaryWordsAreNotPlaces() {
    Places p = Places.en("Johnson said on Monday that Mobile phones were banned. Michael Jordan "
        + "met President Tyler in March.");
    assertThat(p.texts()).doesNotContain("Johnson", "Mobile", "Michael", "Tyler", "March");
  }

  @Test
  void namesInsideOtherNamesAndDemonymsAreNotLiteral() {
    Places p = Places.en("The New York Times reported that Russian forces reached Kharkiv. "
        + "European leaders met in Brussels.");
    assertThat(p.at("New York").literal()).isFalse();
    assertThat(p.at("Russian").countryCode()).isEqualTo("RU");
    assertThat(p.at("Russian").literal()).isFalse();
    assertThat(p.at("Kharkiv").literal()).isTrue();
    assertThat(p.at("European").name()).isEqualTo("Europe");
    assertThat(p.at("European").literal()).isFalse();
  }

  @Test
  void aBareNameOfATownAndItsDivisionIsTheTown() {
    Places p = Places.en("Flights to New York resumed.");
    assertThat(p.at("New York").feature()).startsWith("PPL");
  }

  @Test
  void germanExonymsAndNounsThatAreTowns() {
    Places p = Places.de("Russische Truppen beschossen Charkiw und Saporischschja, während in "
        + "Mailand und München demonstriert wurde. Die Lage im Osten und in der Mitte des Landes "
        + "bleibt angespannt.");
    assertThat(p.names()).containsExactly("Kharkiv", "Zaporizhzhya", "Milan", "Munich");
  }

  @Test
  void continents() {
    Places p = Places.en("Fighters moved from North Africa to Europe and South America.");
    assertThat(p.at("Europe").countryCode()).isNull();
    assertThat(p.at("Europe").geonamesId()).isEqualTo(6255148L);
    assertThat(p.at("South America").name()).isEqualTo("South America");
    assertThat(p.texts()).doesNotContain("Africa", "America");
  }
}
