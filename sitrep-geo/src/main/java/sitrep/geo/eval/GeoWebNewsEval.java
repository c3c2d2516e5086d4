package sitrep.geo.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import sitrep.geo.gazetteer.GeoPoint;
import sitrep.geo.resolve.ToponymFinder;
import sitrep.model.Place;

/**
 * Scores the toponym finder on GeoWebNews (Gritta et al. 2019): English news articles with every
 * toponym's span, type and coordinates.
 *
 * <p>Which gold annotations count as toponyms: the types that name a place and carry coordinates,
 * literal and associative alike ({@link #TOPONYM_TYPES}: Literal, Mixed, Coercion,
 * Embedded_Literal, Literal_Modifier, Metonymic, Non_Literal_Modifier, Embedded_Non_Lit). Demonyms,
 * language names and homonyms ({@link #IGNORED_TYPES}) are neither required nor held against a
 * prediction that overlaps them; Non_Toponym ("Louisiana Purchase"), Literal_Expression and
 * Non_Lit_Expression (common nouns: "the church", "residents") are no toponyms.
 *
 * <p>Recognition: precision, recall and F1 with spans matched one to one by overlap, and the
 * strict variant with equal spans. Resolution over gold toponyms with coordinates: accuracy within
 * 161 km (100 miles), median and mean error of those recognized, and accuracy within 161 km over
 * all of them with misses counted wrong; for the context model and the population-only baseline.
 */
public final class GeoWebNewsEval {
  public static final Set<String> TOPONYM_TYPES = Set.of("Literal", "Mixed", "Coercion",
      "Embedded_Literal", "Literal_Modifier", "Metonymic", "Non_Literal_Modifier",
      "Embedded_Non_Lit");
  public static final Set<String> IGNORED_TYPES = Set.of("Demonym", "Language", "Homonym");
  public static final double ACC_KM = 161;

  private final ToponymFinder finder;

  public GeoWebNewsEval(ToponymFinder finder) {
    this.finder = finder;
  }

  /** A gold annotation. */
  public record Gold(int start, int end, String text, String type, @Nullable Double latitude,
      @Nullable Double longitude) {
    boolean hasPoint() {
      return latitude != null && longitude != null;
    }
  }

  /** An article with its gold annotations. */
  public record Article(String id, String text, List<Gold> gold) {}

  /** One gold toponym with coordinates, and what each ranking made of it. */
  public record Resolution(String article, Gold gold, @Nullable Place context,
      @Nullable Place population) {}

  /**
   * The result of a run.
   *
   * @param metrics name to value, in a stable order (the last line of {@link #table()} as JSON)
   * @param missed gold toponyms no prediction overlaps
   * @param spurious predictions that overlap no gold annotation that counts or is ignored
   * @param resolutions every gold toponym with coordinates that was recognized
   */
  public record Report(Map<String, Double> metrics, List<Gold> missed, List<Place> spurious,
      List<Resolution> resolutions) {
    /** A printable table, then one line of JSON with the metrics. */
    public String table() {
      Map<String, Double> m = metrics;
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "GeoWebNews: %d articles, %d gold toponyms "
          + "(%d with coordinates), %d predicted%n", m.get("articles").intValue(),
          m.get("gold_toponyms").intValue(), m.get("gold_with_coordinates").intValue(),
          m.get("predicted").intValue()));
      sb.append(String.format(Locale.ROOT, "%-28s %9s %9s %9s%n", "recognition", "precision",
          "recall", "F1"));
      sb.append(String.format(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f%n", "overlap",
          m.get("recognition_precision"), m.get("recognition_recall"), m.get("recognition_f1")));
      sb.append(String.format(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f%n", "strict (exact span)",
          m.get("strict_precision"), m.get("strict_recall"), m.get("strict_f1")));
      sb.append(String.format(Locale.ROOT, "%-28s %12s %12s%n", "resolution", "context",
          "population"));
      row(sb, "Acc@161 (recognized)", "acc161");
      row(sb, "median error km", "median_km");
      row(sb, "mean error km", "mean_km");
      row(sb, "Acc@161 (all, misses wrong)", "acc161_all");
      sb.append(String.format(Locale.ROOT, "%-28s %12d%n", "resolved toponyms",
          m.get("resolved").intValue()));
      sb.append(json());
      return sb.toString();
    }

    private void row(StringBuilder sb, String label, String key) {
      sb.append(String.format(Locale.ROOT, "%-28s %12.3f %12.3f%n", label,
          metrics.get("context_" + key), metrics.get("population_" + key)));
    }

    /** The metrics as one JSON object. */
    public String json() {
      StringBuilder sb = new StringBuilder("{");
      for (Map.Entry<String, Double> e : metrics.entrySet()) {
        if (sb.length() > 1) {
          sb.append(", ");
        }
        double v = e.getValue();
        sb.append('"').append(e.getKey()).append("\": ").append(v == Math.rint(v)
            && Math.abs(v) < 1e15 ? String.valueOf((long) v)
            : String.format(Locale.ROOT, "%.4f", v));
      }
      return sb.append("}\n").toString();
    }
  }

  /** Reads GWN-dev.xml (or any file of the same form). */
  public static List<Article> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setExpandEntityReferences(false);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      org.w3c.dom.Document doc = f.newDocumentBuilder().parse(in);
      List<Article> out = new ArrayList<>();
      NodeList articles = doc.getElementsByTagName("article");
      for (int i = 0; i < articles.getLength(); i++) {
        Element a = (Element) articles.item(i);
        String text = child(a, "text");
        List<Gold> gold = new ArrayList<>();
        NodeList tops = a.getElementsByTagName("toponym");
        for (int j = 0; j < tops.getLength(); j++) {
          Element t = (Element) tops.item(j);
          int start = Integer.parseInt(child(t, "start").trim());
          int end = Integer.parseInt(child(t, "end").trim());
          String lat = child(t, "latitude").trim();
          String lon = child(t, "longitude").trim();
          gold.add(new Gold(start, end, child(t, "extractedName"), child(t, "type").trim(),
              lat.isEmpty() ? null : Double.valueOf(lat), lon.isEmpty() ? null : Double.valueOf(lon)));
        }
        out.add(new Article(a.getAttribute("file"), text, gold));
      }
      return out;
    } catch (ParserConfigurationException | SAXException | NumberFormatException e) {
      throw new IOException(file + ": not a GeoWebNews file: " + e.getMessage(), e);
    }
  }

  private static String child(Element e, String tag) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(tag)) {
        return c.getTextContent();
      }
    }
    return "";
  }

  /** Scores the finder on the file. */
  public Report run(Path file) throws IOException {
    return run(read(file));
  }

  public Report run(List<Article> articles) {
    int goldCount = 0;
    int goldWithPoint = 0;
    int predicted = 0;
    int matchedGold = 0;
    int matchedPred = 0;
    int strictMatched = 0;
    int strictPred = 0;
    List<Gold> missed = new ArrayList<>();
    List<Place> spurious = new ArrayList<>();
    List<Resolution> resolutions = new ArrayList<>();
    for (Article a : articles) {
      List<Place> ctx = finder.find(a.text(), "en", ToponymFinder.Ranking.CONTEXT);
      List<Place> pop = finder.find(a.text(), "en", ToponymFinder.Ranking.POPULATION);
      List<Gold> gold = new ArrayList<>();
      List<Gold> ignored = new ArrayList<>();
      for (Gold g : a.gold()) {
        if (TOPONYM_TYPES.contains(g.type())) {
          gold.add(g);
        } else if (IGNORED_TYPES.contains(g.type())) {
          ignored.add(g);
        }
      }
      goldCount += gold.size();
      // overlap, one to one, in text order
      boolean[] used = new boolean[ctx.size()];
      boolean[] usedStrict = new boolean[ctx.size()];
      for (Gold g : gold) {
        if (g.hasPoint()) {
          goldWithPoint++;
        }
        int hit = -1;
        for (int i = 0; i < ctx.size(); i++) {
          if (!used[i] && overlaps(ctx.get(i), g.start(), g.end())) {
            hit = i;
            break;
          }
        }
        if (hit < 0) {
          missed.add(g);
        } else {
          used[hit] = true;
          matchedGold++;
          if (g.hasPoint()) {
            resolutions.add(new Resolution(a.id(), g, ctx.get(hit), samePlace(pop, ctx.get(hit))));
          }
        }
        for (int i = 0; i < ctx.size(); i++) {
          Place p = ctx.get(i);
          if (!usedStrict[i] && p.span().start() == g.start() && p.span().end() == g.end()) {
            usedStrict[i] = true;
            strictMatched++;
            break;
          }
        }
      }
      for (int i = 0; i < ctx.size(); i++) {
        Place p = ctx.get(i);
        boolean counted = overlapsAny(p, gold);
        boolean dontCare = !counted && overlapsAny(p, ignored);
        if (used[i]) {
          matchedPred++;
          predicted++;
        } else if (!counted && !dontCare) {
          // a second prediction inside a matched toponym is neither right nor spurious
          spurious.add(p);
          predicted++;
        }
        if (!dontCare) {
          strictPred++;
        }
      }
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("articles", (double) articles.size());
    m.put("gold_toponyms", (double) goldCount);
    m.put("gold_with_coordinates", (double) goldWithPoint);
    m.put("predicted", (double) predicted);
    double p = predicted == 0 ? 0 : (double) matchedPred / predicted;
    double r = goldCount == 0 ? 0 : (double) matchedGold / goldCount;
    m.put("recognition_precision", p);
    m.put("recognition_recall", r);
    m.put("recognition_f1", f1(p, r));
    double sp = strictPred == 0 ? 0 : (double) strictMatched / strictPred;
    double sr = goldCount == 0 ? 0 : (double) strictMatched / goldCount;
    m.put("strict_precision", sp);
    m.put("strict_recall", sr);
    m.put("strict_f1", f1(sp, sr));
    m.put("resolved", (double) resolutions.size());
    for (String ranking : List.of("context", "population")) {
      double[] err = new double[resolutions.size()];
      int within = 0;
      for (int i = 0; i < err.length; i++) {
        Resolution res = resolutions.get(i);
        Place place = ranking.equals("context") ? res.context() : res.population();
        err[i] = errorKm(res.gold(), place);
        if (err[i] <= ACC_KM) {
          within++;
        }
      }
      Arrays.sort(err);
      m.put(ranking + "_acc161", err.length == 0 ? 0 : (double) within / err.length);
      m.put(ranking + "_median_km", median(err));
      m.put(ranking + "_mean_km", Arrays.stream(err).average().orElse(0));
      m.put(ranking + "_acc161_all", goldWithPoint == 0 ? 0 : (double) within / goldWithPoint);
    }
    return new Report(m, missed, spurious, resolutions);
  }

  private static boolean overlapsAny(Place p, List<Gold> gold) {
    for (Gold g : gold) {
      if (overlaps(p, g.start(), g.end())) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(Place p, int start, int end) {
    return p.span().start() < end && start < p.span().end();
  }

  private static @Nullable Place samePlace(List<Place> places, Place like) {
    for (Place p : places) {
      if (p.span().equals(like.span())) {
        return p;
      }
    }
    return null;
  }

  /** The great-circle error; a prediction without coordinates is as wrong as can be. */
  static double errorKm(Gold g, @Nullable Place p) {
    if (p == null || p.latitude() == null || p.longitude() == null || !g.hasPoint()) {
      return Math.PI * GeoPoint.EARTH_RADIUS_KM;
    }
    return GeoPoint.distanceKm(g.latitude(), g.longitude(), p.latitude(), p.longitude());
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double median(double[] sorted) {
    if (sorted.length == 0) {
      return 0;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** Command line: {@code GeoWebNewsEval GWN-dev.xml}; prints the table and the JSON line. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: GeoWebNewsEval GWN-dev.xml");
      System.exit(1);
    }
    System.out.print(new GeoWebNewsEval(ToponymFinder.standard()).run(Path.of(args[0])).table());
  }
}
