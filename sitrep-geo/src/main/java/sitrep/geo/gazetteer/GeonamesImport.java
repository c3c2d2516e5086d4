package sitrep.geo.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import sitrep.nlp.text.NameNormalizer;

/**
 * Turns a GeoNames dump ({@code allCountries.zip}, {@code cities500.zip}, {@code cities1000.txt}…:
 * the tab-separated "geoname" table, zipped or not) into the compact {@link PlaceIndex} that
 * {@link WorldGazetteerSource} loads. Keeps the populated places (feature class P, without
 * historical, abandoned and destroyed ones) with their name, ASCII name and, for towns of at
 * least {@value #ALTERNATES_FROM} inhabitants and all capitals, their Latin- and Arabic-script
 * alternate names (exonyms such as Bagdad, Damaskus, Mossul).
 *
 * <pre>
 * Path dir = Path.of(System.getProperty("user.home"), ".sitrep", "gazetteer");
 * GeonamesImport.importDump(Path.of("allCountries.zip"), dir);   // writes dir/places.bin
 * Gazetteer g = Gazetteer.of(new BundledGazetteerSource(), WorldGazetteerSource.directory(dir));
 * // or: -Dsitrep.gazetteer=DIR (or SITREP_GAZETTEER=DIR) makes Gazetteer.standard() use it
 * </pre>
 *
 * The whole allCountries dump (about 4.8 million populated places) needs a heap of about 3 GB to
 * import and about 1 GB to load; cities500 and cities1000 need a few hundred MB.
 */
public final class GeonamesImport {
  /** The file the index is written to inside the target folder. */
  public static final String FILE = "places.bin";
  /** Alternate names are kept for places at least this large (and for all capitals). */
  public static final int ALTERNATES_FROM = 15_000;

  private static final Set<String> SKIP = Set.of("PPLH", "PPLQ", "PPLW", "PPLCH");

  private GeonamesImport() {}

  /** What an import did. */
  public record Result(Path index, int places, int rows, long millis) {}

  /**
   * Imports a dump into {@code targetDir/places.bin} (replacing it atomically).
   *
   * @param dump a GeoNames geoname table: {@code .zip} (the first {@code .txt} inside that is not a
   *     readme) or plain {@code .txt}
   * @throws IOException when the dump cannot be read or the index not written
   * @throws IllegalArgumentException when a line is not a GeoNames geoname row (with its number)
   */
  public static Result importDump(Path dump, Path targetDir) throws IOException {
    long t0 = System.nanoTime();
    String label = dump.getFileName().toString();
    PlaceIndexBuilder b = new PlaceIndexBuilder("GeoNames " + label + " (CC BY 4.0)",
        NameNormalizer.standard());
    int rows;
    try (InputStream in = open(dump)) {
      rows = read(in, label, b);
    }
    PlaceIndex index = b.build();
    Files.createDirectories(targetDir);
    Path target = targetDir.resolve(FILE);
    Path tmp = targetDir.resolve(FILE + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      index.write(out);
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new Result(target, index.size(), rows, (System.nanoTime() - t0) / 1_000_000);
  }

  private static InputStream open(Path dump) throws IOException {
    String name = dump.getFileName().toString().toLowerCase(Locale.ROOT);
    InputStream in = Files.newInputStream(dump);
    if (!name.endsWith(".zip")) {
      return in;
    }
    ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
    ZipEntry e;
    while ((e = zip.getNextEntry()) != null) {
      String n = e.getName().toLowerCase(Locale.ROOT);
      if (n.endsWith(".txt") && !n.contains("readme")) {
        return zip;
      }
    }
    zip.close();
    throw new IOException(dump + ": no .txt table inside the zip");
  }

  /** Reads geoname rows into the builder; returns the number of rows read. */
  static int read(InputStream in, String label, PlaceIndexBuilder b) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
        1 << 16);
    int line = 0;
    String s;
    String[] f = new String[19];
    while ((s = r.readLine()) != null) {
      line++;
      if (s.isEmpty() || s.charAt(0) == '#') {
        continue;
      }
      int n = split(s, f);
      if (n < 15) {
        throw new IllegalArgumentException(label + ":" + line + ": expected the 19 columns of a "
            + "GeoNames geoname row, found " + n);
      }
      if (!"P".equals(f[6]) || SKIP.contains(f[7])) {
        continue;
      }
      try {
        long id = Long.parseLong(f[0]);
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        String feature = f[7].isEmpty() ? "PPL" : f[7];
        if (f[8].length() != 2 || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
          continue;
        }
        List<String> names = new ArrayList<>(2);
        names.add(f[1]);
        if (!f[2].isEmpty()) {
          names.add(f[2]);
        }
        List<String> alternates = new ArrayList<>();
        int nameCount = 0;
        for (String alt : f[3].split(",")) {
          nameCount += alt.isBlank() ? 0 : 1;
        }
        if (pop >= ALTERNATES_FROM || feature.equals("PPLC") || feature.equals("PPLA")) {
          for (String alt : f[3].split(",")) {
            if (usefulAlternate(alt)) {
              alternates.add(alt);
            }
          }
        }
        b.add(id, f[1], names, alternates, lat, lon, pop, f[8], feature,
            f[10].isEmpty() ? null : f[10], nameCount);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(label + ":" + line + ": not a GeoNames geoname row: "
            + e.getMessage());
      }
    }
    return line;
  }

  private static int split(String s, String[] f) {
    int n = 0;
    int from = 0;
    while (n < f.length) {
      int tab = s.indexOf('\t', from);
      f[n++] = tab < 0 ? s.substring(from) : s.substring(from, tab);
      if (tab < 0) {
        break;
      }
      from = tab + 1;
    }
    return n;
  }

  /**
   * A Latin- or Arabic-script name of three letters or more, without digits, that is no code
   * ("LAX", "NYC") and no description in brackets.
   */
  static boolean usefulAlternate(String alt) {
    String a = alt.trim();
    if (a.isEmpty() || a.indexOf('(') >= 0 || a.indexOf('/') >= 0) {
      return false;
    }
    int letters = 0;
    boolean lower = false;
    Character.UnicodeScript script = null;
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      lower |= Character.isLowerCase(c);
      Character.UnicodeScript sc = Character.UnicodeScript.of(c);
      if (sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.ARABIC) {
        return false;
      }
      if (script == null) {
        script = sc;
      } else if (script != sc) {
        return false;
      }
    }
    if (letters < 3) {
      return false;
    }
    return !(script == Character.UnicodeScript.LATIN && !lower && letters <= 4);
  }

  /**
   * Command line: {@code GeonamesImport DUMP TARGET_DIR}; prints what it did. The build script
   * {@code sitrep-geo/scripts/build-world-index.sh} runs it on cities500 for the bundled index.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GeonamesImport DUMP(.zip|.txt) TARGET_DIR");
      System.exit(1);
    }
    try {
      Result r = importDump(Path.of(args[0]), Path.of(args[1]));
      System.out.printf(Locale.ROOT, "%s: %,d places from %,d rows in %.1f s%n", r.index(),
          r.places(), r.rows(), r.millis() / 1000.0);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
