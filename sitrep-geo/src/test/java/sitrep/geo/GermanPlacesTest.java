package sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import sitrep.model.Place;

/** What the geo stage finds in German text; every sentence is made up for the test. */
class GermanPlacesTest {

  @Nested
  class Installations {
    @Test
    void oilFieldWithTheNounBeforeOrAfterTheName() {
      Places p = Places.de("Raketen schlugen im Ölfeld al-Omar ein. Später brannte es am al-Omar "
          + "Ölfeld erneut, und auch das Omar-Ölfeld meldete Schäden.");
      for (String mention : new String[] {"Ölfeld al-Omar", "al-Omar Ölfeld", "Omar-Ölfeld"}) {
        Place place = p.at(mention);
        assertThat(place.site()).isEqualTo("al-Omar oil field");
        assertThat(place.feature()).isEqualTo("INSTALLATION");
        assertThat(place.countryCode()).isEqualTo("SY");
        assertThat(place.country()).isEqualTo("Syria");
        assertThat(place.admin1()).isEqualTo("Deir ez-Zor");
        assertThat(place.holder()).isEqualTo("usa_military");
        assertThat(place.geoPrecision()).isEqualTo(1);
        assertThat(place.relation()).isNull();
      }
    }

    @Test
    void theOilFieldAloneByItsArticleName() {
      Place place = Places.de("Eine Woche später gab es Berichte über einen Luftangriff auf "
          + "al-Omar.").at("al-Omar");
      assertThat(place.site()).isEqualTo("al-Omar oil field");
    }

    @Test
    void airBaseUnderTheNamesOfTheAssadFamilyOnlyWithTheNoun() {
      Places p = Places.de("Drei Raketen trafen den al-Assad Luftstützpunkt. Ein weiterer Angriff "
          + "galt dem Luftwaffenstützpunkt Ain al-Asad. Baschar al-Assad äußerte sich nicht.");
      assertThat(p.at("al-Assad Luftstützpunkt").site()).isEqualTo("Ain al-Asad Air Base");
      assertThat(p.at("Luftwaffenstützpunkt Ain al-Asad").site()).isEqualTo("Ain al-Asad Air Base");
      assertThat(p.texts()).doesNotContain("al-Assad", "Assad");
      assertThat(p.all()).hasSize(2);
    }

    @Test
    void unionThreeAndTheGreenZone() {
      Places p = Places.de("In der grünen Zone von Bagdad befindet sich die Basis von Union 3. "
          + "Die Grüne Zone wurde abgeriegelt.");
      assertThat(p.at("Basis von Union 3").site()).isEqualTo("Union III base");
      assertThat(p.at("grünen Zone").site()).isEqualTo("Green Zone");
      assertThat(p.at("Grüne Zone").site()).isEqualTo("Green Zone");
      assertThat(p.at("Bagdad").name()).isEqualTo("Baghdad");
      assertThat(p.at("Bagdad").relation()).isNull();
    }

    @Test
    void airportOfATownByTheNounAndTheTownsName() {
      Places p = Places.de("Russische Truppen verstärkten den Flughafen Qamischli.");
      assertThat(p.at("Flughafen Qamischli").site()).isEqualTo("Qamishli airport");
      assertThat(p.at("Flughafen Qamischli").holder()).isEqualTo("russia_military");
    }

    @Test
    void damByCompound() {
      Places p = Places.de("Die Kämpfer zogen sich zum Tabqa-Staudamm zurück, die Stadt Tabqa "
          + "blieb umkämpft.");
      assertThat(p.at("Tabqa-Staudamm").site()).isEqualTo("Tabqa Dam");
      assertThat(p.at("Stadt Tabqa").name()).isEqualTo("Tabqa");
      assertThat(p.at("Stadt Tabqa").feature()).startsWith("PPL");
    }

    @Test
    void theBaseRefersBackToTheAirBaseJustNamed() {
      Places p = Places.de("Ain al-Asad ist häufig ein Ziel. Am Montag trafen drei Raketen den "
          + "Stützpunkt.");
      Place back = p.at("Stützpunkt");
      assertThat(back.site()).isEqualTo("Ain al-Asad Air Base");
      assertThat(back.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aBaseWithoutAnyInstallationBeforeItStaysUnresolved() {
      Places p = Places.de("In Bagdad wurde gestern der Stützpunkt angegriffen.");
      assertThat(p.texts()).containsExactly("Bagdad");
    }
  }

  @Nested
  class Inflection {
    @Test
    void genitiveOfCountries() {
      Places p = Places.de("Die Angriffe verbreiten sich auf alle Provinzen Iraks und die Städte "
          + "Syriens.");
      assertThat(p.at("Iraks").name()).isEqualTo("Iraq");
      assertThat(p.at("Iraks").literal()).isTrue();
      assertThat(p.at("Syriens").name()).isEqualTo("Syria");
    }

    @Test
    void inflectedMultiWordNames() {
      Places p = Places.de("Truppen der Vereinigten Staaten und der Russischen Föderation stehen "
          + "entlang der syrisch-irakischen Grenze.");
      assertThat(p.at("Vereinigten Staaten").countryCode()).isEqualTo("US");
      assertThat(p.at("Russischen Föderation").countryCode()).isEqualTo("RU");
      assertThat(p.at("syrisch-irakischen Grenze").name()).isEqualTo("Syria–Iraq border");
    }

    @Test
    void germanNamesAndTransliterations() {
      Places p = Places.de("Von Damaskus über Rakka und Hassakeh bis nach Mossul, Bagdad und "
          + "Dair az-Zaur.");
      assertThat(p.names()).containsExactly("Damascus", "Raqqa", "Al-Hasakah", "Mosul",
          "Baghdad", "Deir ez-Zor");
    }

    @Test
    void divisionByItsNoun() {
      Places p = Places.de("Der jüngste Anschlag ereignete sich im Regierungsbezirk Baghdad, "
          + "ein weiterer in der Provinz Anbar und einer in der Stadt Bagdad.");
      assertThat(p.at("Regierungsbezirk Baghdad").feature()).isEqualTo("ADM1");
      assertThat(p.at("Regierungsbezirk Baghdad").geoPrecision()).isEqualTo(3);
      assertThat(p.at("Provinz Anbar").name()).isEqualTo("Anbar");
      assertThat(p.at("Stadt Bagdad").feature()).isEqualTo("PPLC");
    }
  }

  @Nested
  class Relations {
    @Test
    void compassDirections() {
      Place place = Places.de("Kämpfe wurden östlich von Deir ez-Zor gemeldet.").at("Deir ez-Zor");
      assertThat(place.relation()).isEqualTo("east of");
      assertThat(place.geoPrecision()).isEqualTo(2);
      assertThat(place.name()).isEqualTo("Deir ez-Zor");
      assertThat(place.feature()).isEqualTo("PPLA");
    }

    @Test
    void nearAndCountryside() {
      Places p = Places.de("Ein Konvoi wurde nahe Rakka beschossen, ein zweiter im Umland von "
          + "Deir ez-Zor und ein dritter in der Nähe von Hasaka.");
      assertThat(p.at("Rakka").relation()).isEqualTo("near");
      assertThat(p.at("Deir ez-Zor").relation()).isEqualTo("countryside of");
      assertThat(p.at("Hasaka").relation()).isEqualTo("near");
      assertThat(p.at("Hasaka").geoPrecision()).isEqualTo(2);
    }

    @Test
    void alongTheBorder() {
      Place place = Places.de("Die Milizen betreiben Stützpunkte entlang der syrisch-irakischen "
          + "Grenze.").at("syrisch-irakischen Grenze");
      assertThat(place.relation()).isEqualTo("along");
      assertThat(place.geoPrecision()).isGreaterThanOrEqualTo(2);
      assertThat(place.countryCode()).isEqualTo("IQ");
    }

    @Test
    void regionOfATownIsThatTownLessPrecisely() {
      Place place = Places.de("Vier Kämpfer wurden in der Qaim-Region getötet.").at("Qaim-Region");
      assertThat(place.name()).isEqualTo("Al-Qaim");
      assertThat(place.geoPrecision()).isEqualTo(2);
      assertThat(place.relation()).isNull();
    }

    @Test
    void theBorderNeedsBothCountriesInTheDocument() {
      Places both = Places.de("Im Irak und in Syrien gehen die Kämpfe weiter. Nahe der syrischen "
          + "Grenze wurden vier Kämpfer getötet.");
      assertThat(both.at("syrischen Grenze").name()).isEqualTo("Syria–Iraq border");
      assertThat(both.at("syrischen Grenze").relation()).isEqualTo("near");
      Places one = Places.de("Die Türkei verstärkt ihre Truppen an der syrischen Grenze.");
      assertThat(one.texts()).containsExactly("Türkei");
    }
  }

  @Nested
  class Metonymy {
    @Test
    void capitalsAsSpeakers() {
      Places p = Places.de("Moskau dementierte die Berichte, laut Washington war es ein Angriff.");
      assertThat(p.at("Moskau").literal()).isFalse();
      assertThat(p.at("Washington").literal()).isFalse();
    }

    @Test
    void genitiveCapitalIsMetonymy() {
      Place place = Places.de("Soleimani war der Top-Operator Tehrans im Mittelosten.")
          .at("Tehrans");
      assertThat(place.name()).isEqualTo("Tehran");
      assertThat(place.literal()).isFalse();
    }

    @Test
    void countriesAsAgentsButNotAsPlaces() {
      Places p = Places.de("Die USA werfen den Milizen Angriffe vor. In den USA wird darüber "
          + "berichtet.");
      assertThat(p.all()).hasSize(2);
      assertThat(p.all().get(0).literal()).isFalse();
      assertThat(p.all().get(1).literal()).isTrue();
    }

    @Test
    void capitalsAsPlacesStayLiteral() {
      Places p = Places.de("In Moskau und in Damaskus demonstrierten Hunderte, auch in Bagdads "
          + "Innenstadt.");
      assertThat(p.at("Moskau").literal()).isTrue();
      assertThat(p.at("Damaskus").literal()).isTrue();
      assertThat(p.at("Bagdads").literal()).isTrue();
    }
  }

  @Nested
  class FalsePositives {
    @Test
    void ordinaryNounsThatAreAlsoToponyms() {
      Places p = Places.de("Das Lied wurde ein Hit in Deutschland. Kämpfe gab es auch in Hit.");
      assertThat(p.texts()).containsExactly("Deutschland", "Hit");
      assertThat(p.at("Hit").name()).isEqualTo("Hit");
      assertThat(p.at("Hit").countryCode()).isEqualTo("IQ");
    }

    @Test
    void compoundsAreNotPlaces() {
      Places p = Places.de("Der US-Angriff und der Irak-Krieg wurden von US-Konvois begleitet.");
      assertThat(p.all()).isEmpty();
    }

    @Test
    void hamasIsNotTheGenitiveOfHama() {
      Places p = Places.de("Die Hamas erklärte, Hamas habe nichts damit zu tun. Hamas "
          + "Bürgermeister kam aus Hama.");
      assertThat(p.texts()).containsExactly("Hama");
    }

    @Test
    void peopleNamedLikePlaces() {
      Places p = Places.de("Präsident Baschar al-Assad empfing Omar und Tamim in seinem Palast.");
      assertThat(p.all()).isEmpty();
    }
  }
}
