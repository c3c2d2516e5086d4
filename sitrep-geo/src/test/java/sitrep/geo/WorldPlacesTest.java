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

  @Test
  void aNameSaidAgainIsNoSecondWitness() {
    // four mentions of Nelson once voted for the New Zealand region among themselves
    Places p = Places.en("Nelson gets a new service office. The office in Nelson opens on "
        + "Monday, and people from Nelson no longer drive to Castlegar. Nelson residents welcomed it.");
    assertThat(p.at("Nelson").countryCode()).isEqualTo("CA");
  }

  @Test
  void aWidelyKnownCityBeatsASmallNamesakeNearOtherMentions() {
    // Portland, Texas is near San Antonio; Portland, Oregon is the one with dozens of names
    Places p = Places.en("Marches were held in Houston and San Antonio on Saturday. In Portland, "
        + "police arrested twelve people.");
    assertThat(p.at("Portland").admin1()).isEqualTo("Oregon");
  }

  @Test
  void theSeatOfADivisionQualifiesLikeTheDivision() {
    Places p = Places.en("Forces fired mortars at positions near Shyroke, Donetsk, on Monday.");
    assertThat(p.at("Shyroke").countryCode()).isEqualTo("UA");
    assertThat(p.at("Shyroke").admin1()).isEqualTo(p.at("Donetsk").admin1());
  }

  @Test
  void aQualifierChainSkipsADistrictTheGazetteerLacks() {
    Places p = Places.en("Militants attacked the village of Tieba (Bankass, Mopti) at dawn.");
    assertThat(p.at("Mopti").countryCode()).isEqualTo("ML");
    assertThat(p.at("Bankass").countryCode()).isEqualTo("ML");
  }

  @Test
  void aSmallForeignNamesakeThatContradictsItsQualifierIsDropped() {
    Places p = Places.en("Heavy artillery fire was reported in As Sabaa (Tripoli) on Friday.");
    assertThat(p.texts()).noneMatch(t -> t.contains("Sabaa"));
    assertThat(p.at("Tripoli").countryCode()).isEqualTo("LY");
  }

  @Test
  void aLowerCaseNounAfterADivisionIsTheNounNotPartOfAnotherName() {
    // "Helmand Province" is an alternate name in the world tables; "province" in lower case is
    // the noun after the name
    Places p = Places.en("Clashes were reported in Helmand province and at Jammu city (J&K).");
    assertThat(p.at("Helmand province").feature()).isEqualTo("ADM1");
    assertThat(p.at("Jammu city").countryCode()).isEqualTo("IN");
  }

  @Test
  void aDivisionNamedWithItsArabicArticleIsNotHiddenByATownOfTheWorldIndex() {
    // the Libyan town "Al Jawf" is keyed with its article; the divisions without it
    Places p = Places.en("Six air raids were reported in northern Yemen (Al Jawf) on Monday.");
    assertThat(p.at("Al Jawf").countryCode()).isEqualTo("YE");
    assertThat(p.at("Al Jawf").feature()).isEqualTo("ADM1");
  }

  @Test
  void aDemonymVotesForItsCountry() {
    // "Saada" is also a Spanish town, and an alternate name of Sa'dah
    Places p = Places.en("An air strike hit a prison in the northern Yemeni city of Saada.");
    assertThat(p.at("city of Saada").countryCode()).isEqualTo("YE");
  }
}
