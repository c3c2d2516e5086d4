package sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import sitrep.model.Place;

/** What the geo stage finds in English text; every sentence is made up for the test. */
class EnglishPlacesTest {

  @Nested
  class Installations {
    @Test
    void oilFieldUnderItsTransliterations() {
      Places p = Places.en("Trucks reached the Al-Omar oil field on Monday. Later, the Al-'Umar "
          + "Oil Fields and the al-Omar oilfield were hit again.");
      for (String mention : new String[] {"Al-Omar oil field", "Al-'Umar Oil Fields",
          "al-Omar oilfield"}) {
        assertThat(p.at(mention).site()).isEqualTo("al-Omar oil field");
      }
    }

    @Test
    void airBaseVariants() {
      Places p = Places.en("Rockets struck Al Asad Airbase. Ain al-Assad was hit a week before, "
          + "and Ain al-Asad Air Base went on alert.");
      assertThat(p.at("Al Asad Airbase").site()).isEqualTo("Ain al-Asad Air Base");
      assertThat(p.at("Ain al-Assad").site()).isEqualTo("Ain al-Asad Air Base");
      Place full = p.at("Ain al-Asad Air Base");
      assertThat(full.admin1()).isEqualTo("Anbar");
      assertThat(full.latitude()).isCloseTo(33.80, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void anAirportNamedAfterAnAssadIsNotAinAlAsad() {
      Places p = Places.en("Bassel al-Assad International Airport lies next to Hmeimim.");
      assertThat(p.at("Bassel al-Assad International Airport").site())
          .isEqualTo("Hmeimim Air Base");
      assertThat(p.at("Hmeimim").holder()).isEqualTo("russia_military");
    }

    @Test
    void airportOfATown() {
      Places p = Places.en("Tanks arrived at the Al-Qamishli Airport and at Qamishli airport.");
      assertThat(p.at("Al-Qamishli Airport").site()).isEqualTo("Qamishli airport");
      assertThat(p.at("Qamishli airport").site()).isEqualTo("Qamishli airport");
    }

    @Test
    void theMilitaryAirportAfterItsTown() {
      Places p = Places.en("Russia expanded its presence in the Al-Qamishli District, "
          + "establishing checkpoints at the military airport.");
      assertThat(p.at("Al-Qamishli District").name()).isEqualTo("Qamishli");
      assertThat(p.at("Al-Qamishli District").geoPrecision()).isEqualTo(2);
      Place airport = p.at("military airport");
      assertThat(airport.site()).isEqualTo("Qamishli airport");
      assertThat(airport.holder()).isEqualTo("russia_military");
    }

    @Test
    void theMilitaryAirportWithoutATownBeforeIt() {
      Places p = Places.en("Checkpoints were set up at the military airport.");
      assertThat(p.all()).isEmpty();
    }

    @Test
    void theBaseAfterTheOilField() {
      Places p = Places.en("U.S. forces expanded their base in Al-Omar oil field. More soldiers "
          + "arrived in the base last week.");
      assertThat(p.at("base").site()).isEqualTo("al-Omar oil field");
    }

    @Test
    void namedBasesAndCrossings() {
      Places p = Places.en("Convoys crossed at Semalka, passed the al-Qaim border crossing and "
          + "stopped at Camp Taji, near Union III and the Tabqa Dam.");
      assertThat(p.at("Semalka").site()).isEqualTo("Semalka crossing");
      assertThat(p.at("al-Qaim border crossing").site()).isEqualTo("al-Qaim border crossing");
      assertThat(p.at("Camp Taji").site()).isEqualTo("Camp Taji");
      assertThat(p.at("Union III").site()).isEqualTo("Union III base");
      assertThat(p.at("Tabqa Dam").site()).isEqualTo("Tabqa Dam");
    }
  }

  @Nested
  class Relations {
    @Test
    void eastOf() {
      Place place = Places.en("Jets attacked SDF units to the east of Deir-ez-Zor.")
          .at("Deir-ez-Zor");
      assertThat(place.name()).isEqualTo("Deir ez-Zor");
      assertThat(place.relation()).isEqualTo("east of");
      assertThat(place.geoPrecision()).isEqualTo(2);
    }

    @Test
    void countrysideOf() {
      Places p = Places.en("A base was set up in Al-Jazarat area in the western countryside of "
          + "Deir Ezzor, far from the eastern countryside of Deir ez-Zor.");
      assertThat(p.at("Deir Ezzor").relation()).isEqualTo("western countryside of");
      assertThat(p.at("Deir ez-Zor").relation()).isEqualTo("eastern countryside of");
      Place jazarat = p.at("Al-Jazarat area");
      assertThat(jazarat.site()).isEqualTo("al-Jazarat");
      assertThat(jazarat.geoPrecision()).isEqualTo(2);
    }

    @Test
    void nearAndAround() {
      Places p = Places.en("Clashes near Raqqa spread around the city of Deir ez-Zor.");
      assertThat(p.at("Raqqa").relation()).isEqualTo("near");
      assertThat(p.at("city of Deir ez-Zor").relation()).isEqualTo("around");
    }

    @Test
    void alongTheBorderAndTheQaimRegion() {
      Places p = Places.en("Strikes along the Syrian-Iraqi border killed four fighters in the Qaim "
          + "region.");
      assertThat(p.at("Syrian-Iraqi border").relation()).isEqualTo("along");
      Place qaim = p.at("Qaim region");
      assertThat(qaim.name()).isEqualTo("Al-Qaim");
      assertThat(qaim.geoPrecision()).isEqualTo(2);
    }

    @Test
    void theBorderIsTheSyriaIraqBorderOnlyWhenBothAreNamed() {
      Places both = Places.en("Trucks entered east Syria from western Iraq. A Patriot battery "
          + "stands on the other side of the border.");
      assertThat(both.at("border").name()).isEqualTo("Syria–Iraq border");
      assertThat(both.at("Syria").relation()).isEqualTo("eastern part of");
      assertThat(both.at("Iraq").relation()).isEqualTo("western part of");
      Places one = Places.en("Turkey sent troops to the border.");
      assertThat(one.texts()).containsExactly("Turkey");
    }
  }

  @Nested
  class Metonymy {
    @Test
    void speakersAndAgents() {
      Places p = Places.en("Washington said the strike was defensive. Moscow denied it, and "
          + "according to Damascus no one was hurt. Tehran's top operative was killed.");
      assertThat(p.at("Washington").literal()).isFalse();
      assertThat(p.at("Moscow").literal()).isFalse();
      assertThat(p.at("Damascus").literal()).isFalse();
      Place tehran = p.at("Tehran's");
      assertThat(tehran.name()).isEqualTo("Tehran");
      assertThat(tehran.literal()).isFalse();
    }

    @Test
    void placesStayLiteral() {
      Places p = Places.en("Protesters gathered in Washington and in Moscow; Iran's economy "
          + "suffered.");
      assertThat(p.at("Washington").literal()).isTrue();
      assertThat(p.at("Moscow").literal()).isTrue();
      assertThat(p.at("Iran's").literal()).isTrue();
    }

    @Test
    void countryStandingForItsForces() {
      Places p = Places.en("U.S. forces left Iraq.");
      assertThat(p.at("U.S.").literal()).isFalse();
      assertThat(p.at("Iraq").literal()).isTrue();
    }
  }

  @Nested
  class FalsePositives {
    @Test
    void hitTheVerbIsNotTheTown() {
      Places p = Places.en("Rockets hit the base. Hit by two drones, the convoy stopped. Fighting "
          + "continued in Hit and in Haditha.");
      assertThat(p.texts()).containsExactly("Hit", "Haditha");
      assertThat(p.at("Hit").countryCode()).isEqualTo("IQ");
      assertThat(p.at("Hit").span().start()).isGreaterThan(60);
    }

    @Test
    void headlinesAreTitleCased() {
      Places p = Places.en("Rocket Attack Hit US Base In Iraq\nThe town of Hit was quiet.");
      assertThat(p.texts()).containsExactly("US", "Iraq", "town of Hit");
      assertThat(p.at("town of Hit").name()).isEqualTo("Hit");
    }

    @Test
    void pronounsAndCompounds() {
      Places p = Places.en("Let us see: the US-backed SDF and Iran-backed militias met them.");
      assertThat(p.all()).isEmpty();
    }

    @Test
    void peopleAndOrganisations() {
      Places p = Places.en("Bashar al-Assad met Hamas leaders; Hama's governor stayed away.");
      assertThat(p.texts()).containsExactly("Hama's");
      assertThat(p.at("Hama's").name()).isEqualTo("Hama");
      assertThat(p.at("Hama's").literal()).isTrue();
    }

    @Test
    void lowerCaseWordsAreNotNames() {
      Places p = Places.en("the green zone of the garden was hit by a turkey.");
      assertThat(p.all()).isEmpty();
    }
  }

  @Nested
  class Ranking {
    @Test
    void countryFocusDecidesBetweenNamesakes() {
      assertThat(Places.en("Clashes erupted in Tripoli.").at("Tripoli").countryCode())
          .isEqualTo("LY");
      assertThat(Places.en("Lebanon's army deployed in Tripoli.").at("Tripoli").countryCode())
          .isEqualTo("LB");
    }

    @Test
    void aBareNamePrefersTheTownAndAGovernorateNounTheDivision() {
      Places p = Places.en("Baghdad was quiet, unlike Baghdad province and the Al-Hasakah "
          + "Governorate.");
      assertThat(p.at("Baghdad").feature()).isEqualTo("PPLC");
      assertThat(p.at("Baghdad province").feature()).isEqualTo("ADM1");
      Place hasakah = p.at("Al-Hasakah Governorate");
      assertThat(hasakah.feature()).isEqualTo("ADM1");
      assertThat(hasakah.admin1()).isEqualTo("Al-Hasakah");
      assertThat(hasakah.geoPrecision()).isEqualTo(3);
    }

    @Test
    void aBareNamePrefersTheCountry() {
      assertThat(Places.en("Troops moved to Kuwait.").at("Kuwait").feature()).isEqualTo("PCLI");
      assertThat(Places.en("Flights to Kuwait City resumed.").at("Kuwait City").feature())
          .isEqualTo("PPLC");
    }

    @Test
    void anInstallationNounPrefersTheInstallation() {
      Places p = Places.en("Balad was calm; the Balad Air Base was not.");
      assertThat(p.at("Balad").feature()).startsWith("PPL");
      assertThat(p.at("Balad Air Base").site()).isEqualTo("Balad Air Base");
    }
  }
}
