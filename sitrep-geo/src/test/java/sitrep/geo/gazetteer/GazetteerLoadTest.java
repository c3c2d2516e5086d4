package sitrep.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sitrep.geo.resolve.ToponymFinder;
import sitrep.model.Place;
import sitrep.model.resource.ResourceException;

/** Loading: other sources plug in, and bad data fails at start with file and line. */
class GazetteerLoadTest {
  private static final String DIR = "sitrep/geo/test/";

  @Test
  void anotherSourceWorksTheSameWay() {
    Gazetteer g = Gazetteer.of(new BundledGazetteerSource(DIR + "minimal"));
    assertThat(g.countries()).extracting(Country::code).containsExactly("SY", "IQ");
    assertThat(g.installation("Test oil field")).get().extracting(GazetteerEntry::holder)
        .isEqualTo("sdf");
    ToponymFinder finder = new ToponymFinder(g);
    var places = finder.find("Rockets hit the Testtown oil field near Testdorf in Syria.", "en");
    assertThat(places).extracting(Place::text)
        .containsExactly("Testtown oil field", "Testdorf", "Syria");
    assertThat(places.get(0).site()).isEqualTo("Test oil field");
    assertThat(places.get(1).relation()).isEqualTo("near");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bad-coordinate  | places.tsv:3:        | outside the bounding box",
      "duplicate-id    | places.tsv:3:        | already used at",
      "bad-type        | installations.tsv:2: | SUBMARINE",
      "bad-holder      | installations.tsv:2: | holder must be an actor id",
      "bad-number      | places.tsv:2:        | not a number",
      "unknown-country | places.tsv:2:        | unknown country JO",
      "bad-pattern     | places.tsv:2:        | bad name pattern 'ab*'",
      "unknown-anchor  | installations.tsv:2: | unknown anchor 'nowhere'"})
  void badDataIsReportedWithFileAndLine(String dir, String where, String what) {
    assertThatThrownBy(() -> Gazetteer.of(new BundledGazetteerSource(DIR + dir)))
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining(DIR + dir + "/" + where)
        .hasMessageContaining(what);
  }

  @Test
  void missingCountriesFileIsAnError() {
    assertThatThrownBy(() -> Gazetteer.of(new BundledGazetteerSource(DIR + "no-such-folder")))
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining("countries.tsv");
  }

  @Test
  void theStandardGazetteerIsLoadedOnce() {
    assertThat(Gazetteer.standard()).isSameAs(Gazetteer.standard());
  }
}
