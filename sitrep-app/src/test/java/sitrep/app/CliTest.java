package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.model.SchemaRecords;

/** The command line as a user meets it: output files, warnings, exit codes. */
class CliTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path SHARED = Path.of(System.getProperty("sitrep.shared", "../../shared"));

  static final String GERMAN = "Am 3. November trafen mindestens fünf Raketen den "
      + "Luftwaffenstützpunkt Ain al-Asad im Irak. Es gab keine Verletzten.\n";

  static List<JsonNode> lines(String s) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : s.split("\n")) {
      if (!l.isBlank()) {
        out.add(JSON.readTree(l));
      }
    }
    return out;
  }

  @Test
  void analyzeWritesEveryFieldOfTheEventRecord(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isDirectory(SHARED.resolve("seeds")), "needs ../shared/seeds");
    Path out = dir.resolve("events.jsonl");
    Cli r = Cli.run("analyze", SHARED.resolve("seeds").toString(), "--published", "2021-07-08",
        "--out", out.toString());
    assertThat(r.exit()).isZero();
    List<JsonNode> events = lines(Files.readString(out));
    assertThat(events).hasSizeGreaterThanOrEqualTo(8);
    for (JsonNode e : events) {
      for (String field : SchemaRecords.EVENT_FIELDS) {
        assertThat(e.has(field)).as("field %s in %s", field, e).isTrue();
      }
      assertThat(e.get("evidence")).isNotEmpty();
      JsonNode ev = e.get("evidence").get(0);
      assertThat(ev.get("end").asInt()).isGreaterThan(ev.get("start").asInt());
      assertThat(ev.get("text").asText()).isNotBlank();
    }
    assertThat(events).extracting(e -> e.get("doc_id").asText())
        .contains("000_371c7a1a836e5ba9", "001_4e53c2cea099c939");
    assertThat(r.err()).contains("documents");
  }

  @Test
  void analyzeReadsJsonlFromStdin() throws Exception {
    String input = JSON.writeValueAsString(java.util.Map.of("id", "doc-1", "text", GERMAN,
        "published", "2023-11-08", "language", "de")) + "\n";
    Cli r = Cli.runWithStdin(input, "analyze");
    assertThat(r.exit()).isZero();
    List<JsonNode> events = lines(r.out());
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.get("doc_id").asText()).isEqualTo("doc-1");
      assertThat(e.get("sub_event_type").asText()).isEqualTo("Shelling/artillery/missile attack");
      assertThat(e.get("event_date").asText()).isEqualTo("2023-11-03");
      assertThat(e.get("site").asText()).isEqualTo("Ain al-Asad Air Base");
    });
  }

  @Test
  void badInputsWarnByNameAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, GERMAN);
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, ("Bei Mossul explodierte am Sonntag ein Sprengsatz. " + GERMAN)
        .getBytes(StandardCharsets.ISO_8859_1));
    Cli r = Cli.run("analyze", dir.resolve("missing.txt").toString(), empty.toString(),
        latin1.toString(), good.toString(), "--published", "2023-11-08");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("missing.txt").contains("empty.txt").contains("latin1.txt");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(lines(r.out())).extracting(e -> e.get("doc_id").asText())
        .contains("good", "latin1");
  }

  @Test
  void nothingReadableExitsWithTwo(@TempDir Path dir) {
    Cli r = Cli.run("analyze", dir.resolve("nope.txt").toString());
    assertThat(r.exit()).isEqualTo(2);
  }

  @Test
  void usageErrorsAreOneLineAndExitOne() {
    Cli unknown = Cli.run("analyze", "--no-such-option");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err().strip().lines()).hasSize(1);
    Cli badDate = Cli.run("analyze", "x.txt", "--published", "July 8");
    assertThat(badDate.exit()).isEqualTo(1);
    assertThat(badDate.err().strip()).startsWith("sitrep: --published").doesNotContain("\tat ");
    Cli badFormat = Cli.run("analyze", "x.txt", "--format", "xml");
    assertThat(badFormat.exit()).isEqualTo(1);
    assertThat(badFormat.err().strip().lines()).hasSize(1);
    Cli badSuite = Cli.run("eval", "nonsense");
    assertThat(badSuite.exit()).isEqualTo(1);
    assertThat(badSuite.err()).contains("unknown suite");
  }

  @Test
  void ingestStoresADocumentOnceAndExportReadsItBack(@TempDir Path dir) throws Exception {
    Path doc = dir.resolve("asad.txt");
    Files.writeString(doc, GERMAN);
    String db = dir.resolve("store.duckdb").toString();
    Cli first = Cli.run("ingest", doc.toString(), "--db", db, "--published", "2023-11-08");
    assertThat(first.exit()).isZero();
    assertThat(first.err()).contains("1 added");
    Cli second = Cli.run("ingest", doc.toString(), "--db", db, "--published", "2023-11-08");
    assertThat(second.err()).contains("1 unchanged");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from documents")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
    Path csv = dir.resolve("events.csv");
    Cli export = Cli.run("export", "--db", db, "--format", "csv", "--out", csv.toString());
    assertThat(export.exit()).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select sub_event_type, site, event_date from read_csv('"
            + csv + "', header = true)")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("Shelling/artillery/missile attack");
      assertThat(rs.getString(2)).isEqualTo("Ain al-Asad Air Base");
      assertThat(rs.getString(3)).isEqualTo("2023-11-03");
    }
  }

  @Test
  void geojsonIsAFeatureCollectionWithPoints(@TempDir Path dir) throws Exception {
    Path doc = dir.resolve("asad.txt");
    Files.writeString(doc, GERMAN);
    Cli r = Cli.run("analyze", doc.toString(), "--format", "geojson", "--published", "2023-11-08");
    JsonNode fc = JSON.readTree(r.out());
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode f = fc.get("features").get(0);
    assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
    assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isBetween(42.0, 43.0);
    assertThat(f.get("properties").get("site").asText()).isEqualTo("Ain al-Asad Air Base");
  }

  @Test
  void annotateGivesOffsetsIntoTheTextAsGiven(@TempDir Path dir) throws Exception {
    Path doc = dir.resolve("junk.txt");
    String text = "Share this:\nClick to share on Twitter (Opens in new window)\n" + GERMAN;
    Files.writeString(doc, text);
    Cli r = Cli.run("annotate", "--layer", "times", doc.toString(), "--published", "2023-11-08");
    List<JsonNode> times = lines(r.out());
    assertThat(times).isNotEmpty();
    JsonNode t = times.get(0);
    assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt()))
        .isEqualTo(t.get("text").asText());
    assertThat(t.get("value").asText()).isEqualTo("2023-11-03");
  }

  @Test
  void evalSeedsPrintsATableAndAJsonLine() throws Exception {
    assumeTrue(Files.isDirectory(SHARED.resolve("gold")), "needs ../shared/gold");
    Cli r = Cli.run("eval", "seeds", "--data", SHARED.toString());
    assertThat(r.exit()).isZero();
    List<String> out = r.out().strip().lines().toList();
    assertThat(out).anyMatch(l -> l.startsWith("000-E1"));
    JsonNode metrics = JSON.readTree(out.get(out.size() - 1));
    assertThat(metrics.get("suite").asText()).isEqualTo("seeds");
    assertThat(metrics.get("recall").asDouble()).isBetween(0.0, 1.0);
    assertThat(metrics.has("sub_event_type")).isTrue();
  }

  @Test
  void demoSummarizesEverySampleAndNamesTheStore(@TempDir Path dir) {
    String db = dir.resolve("demo.duckdb").toString();
    Cli r = Cli.run("demo", "--db", db);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("de-01-omar-raketen", "en-02-tanf-drone", "feed-de-0001")
        .contains("store: " + db);
    // the al-Omar rocket attack of 5 November is told in German and English: one incident
    assertThat(r.out()).containsPattern("incidents: \\d+ \\([1-9]\\d* told by more than one")
        .containsPattern("inc-\\w+  ·  Shelling/artillery/missile attack  ·  2023-11-05  ·  "
            + "al-Omar oil field  ·  \\d claims from \\d documents \\[de, en\\]");
  }

  static final String WIRE = "BAGHDAD, 6. November 2023 (dpa) – Am Freitag trafen mindestens drei "
      + "Raketen den Luftwaffenstützpunkt Ain al-Asad in der Provinz Anbar, wie ein Sprecher der "
      + "Koalition mitteilte. Verletzt wurde nach ersten Angaben niemand, an einem Hangar entstand "
      + "Sachschaden. Zu dem Angriff bekannte sich zunächst keine Gruppe; vom Iran unterstützte "
      + "Milizen haben seit Oktober mehrfach Stützpunkte mit US-Truppen im Irak beschossen.\n";

  @Test
  void aReprintedWireStoryIsAnalyzedOnceAndRecordedAsACopy(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-agency.txt"), WIRE);
    Files.writeString(dir.resolve("b-portal.txt"), "Nachrichten | Ausland | Irak\n\n" + WIRE
        + "\nTeilen auf Facebook\n");
    Cli analyze = Cli.run("analyze", dir.toString());
    assertThat(analyze.err()).contains("copy: b-portal repeats a-agency");
    assertThat(lines(analyze.out())).extracting(e -> e.get("doc_id").asText())
        .containsOnly("a-agency");
    Cli keep = Cli.run("analyze", dir.toString(), "--keep-copies");
    assertThat(lines(keep.out())).extracting(e -> e.get("doc_id").asText())
        .contains("a-agency", "b-portal");

    String db = dir.resolve("store.duckdb").toString();
    Cli ingest = Cli.run("ingest", dir.toString(), "--db", db);
    assertThat(ingest.err()).contains("1 copies recorded");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select doc_id, copy_of from copies")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("b-portal");
      assertThat(rs.getString(2)).isEqualTo("a-agency");
    }
  }

  @Test
  void evalGeowebnewsReportsRecognitionAndResolution() throws Exception {
    assumeTrue(Files.isDirectory(SHARED.resolve("eval/geowebnews")), "needs ../shared/eval");
    Cli r = Cli.run("eval", "geowebnews", "--data", SHARED.toString(), "--limit", "10");
    assertThat(r.exit()).isZero();
    List<String> out = r.out().strip().lines().toList();
    JsonNode m = JSON.readTree(out.get(out.size() - 1));
    assertThat(m.get("suite").asText()).isEqualTo("geowebnews");
    assertThat(m.get("recognition_f1").asDouble()).isBetween(0.0, 1.0);
    assertThat(m.has("context_acc161")).isTrue();
    assertThat(m.has("population_acc161")).isTrue();
  }

  @Test
  void gazetteerImportBuildsAnIndexFromAGeonamesTable(@TempDir Path dir) throws Exception {
    Path dump = dir.resolve("cities.txt");
    Files.writeString(dump, String.join("\t", "2950159", "Berlin", "Berlin", "Berlino,Berlín",
        "52.52437", "13.41053", "P", "PPLC", "DE", "", "16", "00", "11000", "11000000",
        "3426354", "", "74", "Europe/Berlin", "2022-09-13") + "\n");
    Cli r = Cli.run("gazetteer", "import", dump.toString(), "--to", dir.resolve("idx").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 places");
    assertThat(dir.resolve("idx/places.bin")).exists();
    assertThat(Cli.run("gazetteer", "import", dir.resolve("none.zip").toString()).exit())
        .isEqualTo(1);
  }

  @Test
  void evalCase2021ScoresSubEventClassesWithWeightedF1(@TempDir Path shared) throws Exception {
    Path file = Files.createDirectories(shared.resolve("eval/case2021")).resolve("task2-dev.tsv");
    Files.writeString(file, "id\tEventSnippet\tSubType\r\n"
        + "1\tTwo suicide bombers killed at least ten people outside a mosque in Maiduguri.\tSUIC_BOMB\r\n"
        + "3\tPolice seized nine pistols and 1,100 rounds of ammunition in Kingston on Monday.\tDISR_WEAP\r\n"
        + "5\tThe two leaders held talks on trade.\tDIPLO\r\n"
        + "7\tbroken line without a label\r\n");
    Cli r = Cli.run("eval", "case2021", "--data", shared.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("task2-dev.tsv:5");
    List<String> out = r.out().strip().lines().toList();
    JsonNode m = JSON.readTree(out.get(out.size() - 1));
    assertThat(m.get("snippets").asInt()).isEqualTo(3);
    assertThat(m.get("weighted_f1_acled").asDouble()).isEqualTo(1.0);
    assertThat(r.out()).contains("SUIC_BOMB").contains("DIPLO → NO_EVENT");
  }

  @Test
  void evalPloverScoresTheEventTypeOfEachRecord(@TempDir Path shared) throws Exception {
    Path file = Files.createDirectories(shared.resolve("eval/plover"))
        .resolve("PLOVER_GSR_CAMEO.txt");
    Files.writeString(file, """
        [
        {"id": "X-DOC", "event": "DOCUMENT", "eventText": "documentation"},
        {"id": "X-1", "event": "AGREE", "language": "en",
         "text": "Jordan and Britain have agreed to undertake joint military exercises."},
        {"id": "X-2", "event": "THREATEN", "language": "en",
         "text": "The minister warned that the army would respond to any incursion."},
        {"id": "X-3", "event": "REJECT", "language": "en", "text": ""}
        ]
        """);
    Cli r = Cli.run("eval", "plover", "--data", shared.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("skipped");
    List<String> out = r.out().strip().lines().toList();
    JsonNode m = JSON.readTree(out.get(out.size() - 1));
    assertThat(m.get("records").asInt()).isEqualTo(2);
    assertThat(m.get("event_type_accuracy").asDouble()).isEqualTo(1.0);
  }

  @Test
  void evalLinkingReportsPairwiseAndBcubedScores() throws Exception {
    Cli r = Cli.run("eval", "linking", "--data", SHARED.toString(), "--limit", "12");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> out = r.out().strip().lines().toList();
    JsonNode m = JSON.readTree(out.get(out.size() - 1));
    assertThat(m.get("reports").asInt()).isEqualTo(12);
    assertThat(m.get("pairwise_precision").asDouble()).isBetween(0.0, 1.0);
    assertThat(m.get("bcubed_f1").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void analyzeGivesEveryEventAnIncidentAndItsCameoAndPloverCodes(@TempDir Path dir)
      throws Exception {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(a, "On Sunday, at least six rockets struck the US base at the al-Omar oil "
        + "field in Deir ez-Zor, according to SOHR. Seven people were killed.");
    Files.writeString(b, "Am Sonntag wurde der US-Stützpunkt am al-Omar Ölfeld in Deir ez-Zor von "
        + "mindestens acht Raketen getroffen. Fünf Soldaten wurden getötet.");
    Cli r = Cli.run("analyze", a.toString(), b.toString(), "--published", "2023-11-06");
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> events = new ArrayList<>();
    for (String line : r.out().strip().lines().toList()) {
      events.add(JSON.readTree(line));
    }
    assertThat(events).hasSize(2);
    assertThat(events.get(0).get("incident_id").asText()).startsWith("inc-")
        .isEqualTo(events.get(1).get("incident_id").asText());
    assertThat(events.get(0).get("plover").asText()).isEqualTo("FIGHT");
    assertThat(events.get(0).get("cameo").asText()).isEqualTo("194");
  }

  @Test
  void aLaterIngestLinksNewReportsIntoTheStoredIncident(@TempDir Path dir) throws Exception {
    String db = dir.resolve("s.duckdb").toString();
    Path samples = Home.samples();
    Cli first = Cli.run("ingest", samples.resolve("de-01-omar-raketen.txt").toString(),
        "--db", db);
    assertThat(first.exit()).as(first.err()).isZero();
    Cli second = Cli.run("ingest", samples.resolve("en-04-omar-rockets.txt").toString(),
        "--db", db);
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.err()).containsPattern("\\d+ incidents in ");
    Cli export = Cli.run("export", "--incidents", "--db", db);
    assertThat(export.exit()).as(export.err()).isZero();
    List<JsonNode> incidents = new ArrayList<>();
    for (String line : export.out().strip().lines().toList()) {
      incidents.add(JSON.readTree(line));
    }
    JsonNode omar = incidents.stream()
        .filter(i -> i.get("documents").asInt() == 2).findFirst().orElseThrow();
    assertThat(omar.get("location").asText()).isEqualTo("al-Omar oil field");
    assertThat(omar.get("languages").toString()).isEqualTo("[\"de\",\"en\"]");
    assertThat(omar.get("incident_id").asText()).as("the founding German claim names it")
        .isEqualTo(JSON.readTree(Cli.run("analyze",
            samples.resolve("de-01-omar-raketen.txt").toString()).out().lines().findFirst()
            .orElseThrow()).get("incident_id").asText());
  }

  @Test
  void trainLearnsTheSubEventClassifierFromAnAcledStyleExport(@TempDir Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("data_id,sub_event_type,notes\n");
    String[] towns = {"Kidal", "Gao", "Mopti", "Timbuktu", "Segou", "Kayes", "Sikasso", "Menaka"};
    int id = 0;
    for (String t : towns) {
      csv.append(++id).append(",Attack,\"On 1 May 2020, gunmen attacked the village of ").append(t)
          .append(" and killed two civilians. [size=no report]\"\n");
      csv.append(++id).append(",Armed clash,\"On 2 May 2020, soldiers clashed with militants near ")
          .append(t).append(". 3 fatalities coded.\"\n");
    }
    csv.append("99,Attack\n"); // a short row: reported, skipped
    Path file = dir.resolve("export.csv");
    Files.writeString(file, csv);
    Path model = dir.resolve("m.bin");
    Cli r = Cli.run("train", "--acled", file.toString(), "--out", model.toString(), "--cv", "2",
        "--iterations", "20", "--holdout", "2/4");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("cross-validated sub-event accuracy").contains("trained on 12 notes");
    assertThat(r.err()).contains("export.csv:18");
    assertThat(model).exists();
    assertThat(sitrep.events.learn.SubTypeModel.load(model)
        .predict("gunmen attacked the village and killed civilians").label()).isEqualTo("Attack");
    Cli bad = Cli.run("train", "--acled", file.toString(), "--holdout", "5/4");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void aDenialInAnotherReportJoinsTheIncidentAndMakesItContested(@TempDir Path dir)
      throws Exception {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(a, "On Sunday, at least six rockets struck the US base at the al-Omar oil "
        + "field in Deir ez-Zor, according to SOHR.");
    Files.writeString(b, "The Pentagon on Monday denied reports that rockets had hit the al-Omar "
        + "oil field base in Deir ez-Zor on Sunday.");
    String db = dir.resolve("s.duckdb").toString();
    Cli in = Cli.run("ingest", a.toString(), b.toString(), "--published", "2023-11-06", "--db", db);
    assertThat(in.exit()).as(in.err()).isZero();
    List<JsonNode> incidents = new ArrayList<>();
    for (String line : Cli.run("export", "--incidents", "--db", db).out().strip().lines().toList()) {
      incidents.add(JSON.readTree(line));
    }
    assertThat(incidents).hasSize(1);
    JsonNode i = incidents.get(0);
    assertThat(i.get("status").asText()).isEqualTo("contested");
    assertThat(i.get("event_date").asText()).as("the date of the attack, not of the denial")
        .isEqualTo("2023-11-05");
    assertThat(i.get("notes").toString()).contains("denied by Pentagon");
  }
}
