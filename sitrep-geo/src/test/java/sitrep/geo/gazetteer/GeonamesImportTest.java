package sitrep.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.geo.resolve.ToponymFinder;
import sitrep.model.Place;

/** Importing a GeoNames dump (a small made-up one in the same format) and loading it. */
class GeonamesImportTest {
  private static final String SAMPLE = "sitrep/geo/test/geonames/cities-sample.txt";

  private static Path sample(Path dir, boolean zipped) throws IOException {
    byte[] bytes;
    try (InputStream in = GeonamesImportTest.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      bytes = in.readAllBytes();
    }
    if (!zipped) {
      Path txt = dir.resolve("cities-sample.txt");
      Files.write(txt, bytes);
      return txt;
    }
    Path zip = dir.resolve("allCountries.zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("readme.txt"));
      z.write("not the table".getBytes());
      z.putNextEntry(new ZipEntry("allCountries.txt"));
      z.write(bytes);
    }
    return zip;
  }

  @Test
  void aZippedDumpBecomesAnIndexThatLoadsBesideTheCuratedTables(@TempDir Path tmp)
      throws IOException {
    GeonamesImport.Result r = GeonamesImport.importDump(sample(tmp, true), tmp.resolve("gaz"));
    // populated places only, without historical ones
    assertThat(r.places()).isEqualTo(3);
    assertThat(r.index()).exists().hasFileName(GeonamesImport.FILE);

    Gazetteer g = Gazetteer.of(new BundledGazetteerSource(),
        WorldGazetteerSource.directory(tmp.resolve("gaz")));
    assertThat(g.places().size()).isEqualTo(3);
    GazetteerEntry burg = g.byId("gn:9000001").orElseThrow();
    assertThat(burg.name()).isEqualTo("Testburg");
    assertThat(burg.countryCode()).isEqualTo("SY");
    assertThat(g.admin1Name(burg)).contains("Deir ez-Zor");
    assertThat(g.lookup("Testbourg")).extracting(GazetteerEntry::id).contains("gn:9000001");
    // how many alternate names GeoNames lists survives the file, for the ranking
    assertThat(g.nameCount(burg)).isEqualTo(3);
    assertThat(g.nameCount(g.byId("gn:9000005").orElseThrow())).isEqualTo(2);
    assertThat(g.lookup("Old Testtown")).isEmpty();
    // the curated tables still win
    assertThat(g.lookup("Deir ez-Zor").get(0).id()).isEqualTo("gn:170794");

    ToponymFinder finder = new ToponymFinder(g);
    // a small town needs support: a place nearby, or its country right after it
    var places = finder.find("Fighters left Testburg for al-Testiyah. Others went to "
        + "Neutestdorf, Germany.", "en");
    assertThat(places).extracting(Place::name).containsExactly("Testburg", "Al Testiyah",
        "Newtestville", "Germany");
  }

  @Test
  void aPlainTableWorksTooAndBadRowsAreReportedWithTheirLine(@TempDir Path tmp)
      throws IOException {
    GeonamesImport.Result r = GeonamesImport.importDump(sample(tmp, false), tmp);
    assertThat(r.places()).isEqualTo(3);
    Path bad = tmp.resolve("bad.txt");
    Files.writeString(bad, "1\tA\tA\t\t1.0\t2.0\tP\tPPL\tSY\n");
    assertThatThrownBy(() -> GeonamesImport.importDump(bad, tmp.resolve("x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.txt:1");
  }

  @Test
  void aFolderNamedByTheSystemPropertyReplacesTheBundledPlaces(@TempDir Path tmp)
      throws IOException {
    GeonamesImport.importDump(sample(tmp, false), tmp.resolve("gaz"));
    String before = System.getProperty(WorldGazetteerSource.PROPERTY);
    try {
      System.setProperty(WorldGazetteerSource.PROPERTY, tmp.resolve("gaz").toString());
      assertThat(WorldGazetteerSource.configured().describe()).contains(tmp.resolve("gaz")
          .toString());
      assertThat(WorldGazetteerSource.configured().read().places().size()).isEqualTo(3);
      System.setProperty(WorldGazetteerSource.PROPERTY, tmp.resolve("empty").toString());
      assertThatThrownBy(WorldGazetteerSource::configured)
          .isInstanceOf(sitrep.model.resource.ResourceException.class)
          .hasMessageContaining("no places.bin");
    } finally {
      if (before == null) {
        System.clearProperty(WorldGazetteerSource.PROPERTY);
      } else {
        System.setProperty(WorldGazetteerSource.PROPERTY, before);
      }
    }
  }

  @Test
  void alternateNamesAreLatinOrArabicWordsNotCodes() {
    assertThat(GeonamesImport.usefulAlternate("Bagdad")).isTrue();
    assertThat(GeonamesImport.usefulAlternate("بغداد")).isTrue();
    assertThat(GeonamesImport.usefulAlternate("Багдад")).isFalse();
    assertThat(GeonamesImport.usefulAlternate("NYC")).isFalse();
    assertThat(GeonamesImport.usefulAlternate("Ab")).isFalse();
    assertThat(GeonamesImport.usefulAlternate("Paris 01")).isFalse();
  }
}
