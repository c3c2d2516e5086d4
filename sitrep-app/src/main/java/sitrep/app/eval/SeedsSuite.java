package sitrep.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import sitrep.app.Batch;
import sitrep.geo.gazetteer.GeoPoint;
import sitrep.model.Document;
import sitrep.model.SchemaRecords;
import sitrep.nlp.lexicon.Lexicon;
import sitrep.nlp.text.NameNormalizer;
import sitrep.nlp.text.Piece;
import sitrep.nlp.text.PhraseMatcher;

/**
 * The three seed articles against the hand-coded gold events ({@code gold/seeds-events.jsonl}).
 * A produced record matches a gold one when it belongs to the same document and its evidence
 * contains the gold's {@code evidence_contains} phrase (preferring one with the same sub-event
 * type). Every field is then compared; dates are scored twice, without publication dates and
 * with those given in {@code gold/README.md} (2021-07-08 for 000, 2017-09-21 for 001).
 */
public final class SeedsSuite implements EvalSuite {
  /** Publication dates from gold/README.md, used for the second, dated run. */
  private static final Map<String, LocalDate> PUBLISHED = Map.of(
      "000_371c7a1a836e5ba9", LocalDate.of(2021, 7, 8),
      "001_4e53c2cea099c939", LocalDate.of(2017, 9, 21));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final NameNormalizer NORMALIZER = NameNormalizer.standard();

  @Override
  public String name() {
    return "seeds";
  }

  @Override
  public String description() {
    return "the three seed articles against gold/seeds-events.jsonl";
  }

  @Override
  public Map<String, Object> run(Path shared, Options options, PrintWriter out,
      PrintWriter err) {
    Path seeds = shared.resolve("seeds");
    Path goldFile = shared.resolve("gold/seeds-events.jsonl");
    if (!Files.isDirectory(seeds) || !Files.isRegularFile(goldFile)) {
      throw new IllegalArgumentException("seeds suite needs " + seeds + " and " + goldFile);
    }
    List<JsonNode> gold = readGold(goldFile);
    List<Path> files = list(seeds);
    Map<String, List<Map<String, @Nullable Object>>> plain = analyze(files, false, err);
    Map<String, List<Map<String, @Nullable Object>>> dated = analyze(files, true, err);

    Table table = new Table("gold", "found", "sub_type", "date", "date+pub", "prec", "place",
        "fact", "fatal", "actor1", "actor2", "source", "hist", "site");
    Score score = new Score();
    Set<Map<String, @Nullable Object>> matched = new HashSet<>();
    for (JsonNode g : gold) {
      boolean posture = "posture".equals(text(g, "kind"));
      var produced = match(g, dated.getOrDefault(text(g, "doc_id"), List.of()), posture);
      var producedPlain = match(g, plain.getOrDefault(text(g, "doc_id"), List.of()), posture);
      if (produced != null) {
        matched.add(produced);
      }
      String found = score.add("found", true, produced != null);
      String sub = score.add("sub_event_type", true, produced != null
          && Objects.equals(text(g, "sub_event_type"), produced.get("sub_event_type"))
          && (!posture || Objects.equals(text(g, "change"), produced.get("change"))));
      String date = score.add("date_unpublished", true, producedPlain != null
          && Objects.equals(text(g, "event_date"), producedPlain.get("event_date")));
      String goldDated = g.has("date_if_published") ? text(g, "date_if_published")
          : text(g, "event_date");
      String datePub = score.add("date_published", true, produced != null
          && Objects.equals(goldDated, produced.get("event_date")));
      String prec = score.add("time_precision", g.has("time_precision"), produced != null
          && g.path("time_precision").asInt() == ((Number) produced.get("time_precision")).intValue());
      String place = score.add("place", true, produced != null && placeOk(g, produced));
      String fact = score.add("factuality", g.has("factuality"), produced != null
          && Objects.equals(text(g, "factuality"), produced.get("factuality")));
      String fatal = score.add("fatalities", g.has("fatalities"), produced != null
          && Objects.equals(g.path("fatalities").isNull() ? null : g.path("fatalities").asInt(),
              produced.get("fatalities")));
      String a1 = score.add("actor1", g.has("actor1"), produced != null
          && sameName(text(g, "actor1"), (String) produced.get(posture ? "holder" : "actor1")));
      String a2 = score.add("actor2", g.has("actor2") && !posture, produced != null
          && sameName(text(g, "actor2"), (String) produced.get("actor2")));
      String src = score.add("claim_source", g.has("claim_source"), produced != null
          && sameSource(text(g, "claim_source"), (String) produced.get("claim_source")));
      String hist = score.add("historical", g.has("historical") && !posture, produced != null
          && g.path("historical").asBoolean() == Boolean.TRUE.equals(produced.get("historical")));
      String site = score.add("site", g.has("site"), produced != null
          && sameSite(text(g, "site"), (String) produced.get("site")));
      String goldActor = text(g, "actor1");
      score.add("actor1_recognized", goldActor != null, goldActor != null && recognized
          .getOrDefault(text(g, "doc_id"), Set.of()).stream()
          .anyMatch(n -> AcledSuite.sameActor(goldActor, n)));
      table.row(text(g, "gold_id"), found, sub, date, datePub, prec, place, fact, fatal, a1, a2, src,
          hist, site);
    }
    table.print(out);

    int producedEvents = 0;
    int producedMatched = 0;
    for (var records : dated.values()) {
      for (var r : records) {
        if ("event".equals(r.get("kind")) && !"hypothetical".equals(r.get("factuality"))) {
          producedEvents++;
          producedMatched += matched.contains(r) ? 1 : 0;
        }
      }
    }
    out.println();
    out.println("✓ right, ✗ wrong, · not coded in gold. Dates: without and with publication dates.");
    out.println("produced " + producedEvents + " events (hypothetical ones aside), " + producedMatched
        + " of them match a gold event");

    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("suite", name());
    metrics.put("gold", gold.size());
    metrics.putAll(score.metrics());
    metrics.put("produced_events", producedEvents);
    metrics.put("event_precision", producedEvents == 0 ? 0.0 : Table.round((double) producedMatched
        / producedEvents));
    return metrics;
  }

  /** Field scores: right over applicable gold records; a gold record not found is wrong. */
  private static final class Score {
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    String add(String field, boolean applicable, boolean right) {
      if (!applicable) {
        return "·";
      }
      int[] c = counts.computeIfAbsent(field, k -> new int[2]);
      c[1]++;
      if (right) {
        c[0]++;
      }
      return right ? "✓" : "✗";
    }

    Map<String, Object> metrics() {
      Map<String, Object> m = new LinkedHashMap<>();
      counts.forEach((k, c) -> m.put(k.equals("found") ? "recall" : k,
          Table.round((double) c[0] / c[1])));
      return m;
    }
  }

  private static @Nullable Map<String, @Nullable Object> match(JsonNode g,
      List<Map<String, @Nullable Object>> records, boolean posture) {
    String phrase = squeeze(text(g, "evidence_contains"));
    Map<String, @Nullable Object> first = null;
    for (var r : records) {
      if (posture != "posture".equals(r.get("kind")) || !evidence(r).contains(phrase)) {
        continue;
      }
      if (Objects.equals(r.get("sub_event_type"), text(g, "sub_event_type"))
          && (!posture || Objects.equals(r.get("change"), text(g, "change")))) {
        return r;
      }
      if (first == null) {
        first = r;
      }
    }
    return first;
  }

  @SuppressWarnings("unchecked")
  private static String evidence(Map<String, @Nullable Object> r) {
    StringBuilder sb = new StringBuilder();
    for (Map<String, Object> e : (List<Map<String, Object>>) r.get("evidence")) {
      sb.append(e.get("text")).append(' ');
    }
    return squeeze(sb.toString());
  }

  private static String squeeze(@Nullable String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }

  private static boolean placeOk(JsonNode g, Map<String, @Nullable Object> r) {
    if (g.path("lat").isNumber()) {
      Object lat = r.get("latitude");
      Object lon = r.get("longitude");
      return lat instanceof Number la && lon instanceof Number lo && GeoPoint.distanceKm(
          g.path("lat").asDouble(), g.path("lon").asDouble(), la.doubleValue(), lo.doubleValue())
          <= g.path("km").asDouble();
    }
    if (g.path("country_code").isTextual()) {
      return g.path("country_code").asText().equals(r.get("country_code"));
    }
    return r.get("location") == null;
  }

  static boolean sameName(@Nullable String gold, @Nullable String produced) {
    if (gold == null || produced == null) {
      return gold == null && produced == null;
    }
    return NORMALIZER.phraseKey(gold).equals(NORMALIZER.phraseKey(produced));
  }

  /** "al-Jazarat" names the "Al-Jazarat base": one name containing the other is the same site. */
  static boolean sameSite(@Nullable String gold, @Nullable String produced) {
    if (gold == null || produced == null) {
      return gold == null && produced == null;
    }
    String g = NORMALIZER.phraseKey(gold);
    String p = NORMALIZER.phraseKey(produced);
    return g.contains(p) || p.contains(g);
  }

  /**
   * Claim sources are named loosely ("Hashed al-Shaabi", "Popular Mobilization Forces"; "field
   * source in Al-Hasakah"): the same when one contains the other or both name the same actor.
   */
  static boolean sameSource(@Nullable String gold, @Nullable String produced) {
    if (gold == null || produced == null) {
      return gold == null && produced == null;
    }
    String g = NORMALIZER.phraseKey(gold);
    String p = NORMALIZER.phraseKey(produced);
    if (g.contains(p) || p.contains(g)) {
      return true;
    }
    Set<String> ga = actorIds(gold);
    ga.retainAll(actorIds(produced));
    return !ga.isEmpty();
  }

  private static Set<String> actorIds(String name) {
    Set<String> ids = new HashSet<>();
    List<Piece> pieces = Piece.split(name);
    List<String> keys = PhraseMatcher.keys(NORMALIZER, pieces);
    for (String lang : List.of("en", "de")) {
      for (var m : Lexicon.forLanguage(lang).actorMatcher().find(pieces, keys)) {
        ids.add(m.value().id());
      }
    }
    return ids;
  }

  /** Names of the actors the lexicons recognized per document, generic ones named for its places. */
  private final Map<String, Set<String>> recognized = new HashMap<>();

  private Map<String, List<Map<String, @Nullable Object>>> analyze(List<Path> files,
      boolean published, PrintWriter err) {
    Map<String, List<Map<String, @Nullable Object>>> out = new HashMap<>();
    Batch batch = new Batch(err, null);
    for (Path f : files) {
      String id = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      LocalDate date = published ? PUBLISHED.get(id) : null;
      batch.run(List.of(f.toString()), date, (Document d) -> {
        List<Map<String, @Nullable Object>> records = new ArrayList<>();
        d.events().forEach(e -> records.add(SchemaRecords.event(e)));
        d.posture().forEach(p -> records.add(SchemaRecords.posture(p)));
        out.put(d.id(), records);
        recognized.put(d.id(), RecognizedActors.names(d));
      });
    }
    return out;
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> readGold(Path file) {
    List<JsonNode> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static @Nullable String text(JsonNode g, String field) {
    JsonNode n = g.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }
}
