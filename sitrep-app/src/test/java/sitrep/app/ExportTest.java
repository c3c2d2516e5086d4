package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.app.output.AcledTables;
import sitrep.app.output.ParquetExporter;
import sitrep.model.SchemaRecords;

/**
 * The export formats, each read back with a real reader (DuckDB for CSV and Parquet, Jackson for
 * GeoJSON), from a store holding the bundled samples.
 */
class ExportTest {
  static final Path ACLED_FILE = CliTest.SHARED.resolve("eval/acled/acled-2020-05-dev.csv");

  @TempDir
  static Path dir;
  static String db;
  static List<JsonNode> events;

  @BeforeAll
  static void ingestTheSamples() throws Exception {
    db = dir.resolve("samples.duckdb").toString();
    Path samples = Home.samples();
    Cli r = Cli.run("ingest", samples + "/*.txt", samples + "/*.html", samples + "/*.jsonl",
        "--db", db);
    assertThat(r.exit()).as(r.err()).isZero();
    events = CliTest.lines(Cli.run("export", "--db", db).out());
    assertThat(events).hasSizeGreaterThan(10);
  }

  /** The first event of the German al-Omar sample: rockets on 5 November 2023, per SOHR. */
  static JsonNode omar() {
    return events.stream().filter(e -> e.get("doc_id").asText().equals("de-01-omar-raketen"))
        .findFirst().orElseThrow();
  }

  static List<Map<String, Object>> query(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.put(md.getColumnName(i), rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  static List<String> columnsOf(String relation) throws SQLException {
    return query("DESCRIBE SELECT * FROM " + relation).stream()
        .map(r -> (String) r.get("column_name")).toList();
  }

  @Test
  void acledCsvHasAcledsColumnsAndAnAcledRowPerDatedPlacedEvent() throws Exception {
    Path csv = dir.resolve("acled.csv");
    Cli r = Cli.run("export", "--db", db, "--format", "acled-csv", "--out", csv.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String relation = "read_csv_auto('" + csv + "', header = true)";
    List<String> columns = columnsOf(relation);
    assertThat(columns).isEqualTo(AcledTables.layout("2020"));
    if (Files.isRegularFile(ACLED_FILE)) {
      String header = Files.newBufferedReader(ACLED_FILE).readLine();
      assertThat(columns).isEqualTo(List.of(header.split(",")));
    }
    long dated = events.stream().filter(e -> e.get("latitude").isNumber()
        && e.get("event_date").asText().matches("\\d{4}-\\d{2}(-\\d{2})?.*")).count();
    List<Map<String, Object>> rows = query("SELECT * FROM " + relation);
    assertThat(rows).hasSize((int) dated);
    if (rows.size() < events.size()) {
      assertThat(r.err()).containsPattern("skipped \\d+ events with no");
    }

    JsonNode e = omar();
    Map<String, Object> row = rows.stream()
        .filter(x -> e.get("event_id").asText().equals(x.get("event_id_no_cnty")))
        .findFirst().orElseThrow();
    assertThat(row.get("event_date")).isEqualTo("5-Nov-23");
    assertThat(((Number) row.get("year")).intValue()).isEqualTo(2023);
    assertThat(((Number) row.get("iso")).intValue()).isEqualTo(760);
    assertThat(row.get("iso3")).isEqualTo("SYR");
    assertThat(row.get("event_id_cnty")).isEqualTo("SYR" + e.get("event_id").asText());
    assertThat(row.get("region")).isEqualTo("Middle East");
    assertThat(row.get("country")).isEqualTo("Syria");
    assertThat(row.get("location")).isEqualTo("al-Omar oil field");
    assertThat(row.get("sub_event_type")).isEqualTo("Shelling/artillery/missile attack");
    assertThat(row.get("actor2")).isEqualTo("Military Forces of the United States");
    assertThat(((Number) row.get("inter2")).intValue()).isEqualTo(8);
    int inter1 = e.get("inter1").asInt();
    assertThat(((Number) row.get("interaction")).intValue())
        .isEqualTo(Math.min(inter1, 8) * 10 + Math.max(inter1, 8));
    assertThat(((Number) row.get("latitude")).doubleValue())
        .isEqualTo(e.get("latitude").asDouble());
    assertThat((String) row.get("source")).startsWith("SOHR");
    assertThat((String) row.get("notes"))
        .startsWith("On 5 November 2023, shelling/artillery/missile attack by ")
        .contains(" at al-Omar oil field (Deir ez-Zor, Syria), according to SOHR: \"")
        .contains("[sitrep_event_id=" + e.get("event_id").asText())
        .contains("factuality=reported");
    assertThat(((Number) row.get("fatalities")).intValue())
        .isEqualTo(e.get("fatalities").isNull() ? 0 : e.get("fatalities").asInt());
    assertThat(((Number) row.get("timestamp")).longValue())
        .isBetween(System.currentTimeMillis() / 1000 - 600, System.currentTimeMillis() / 1000);
  }

  @Test
  void isoCodesAndRegionsAgreeWithAcledsOwnExport() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(ACLED_FILE),
        "needs ../shared/eval/acled");
    Map<String, AcledTables.Country> byAlpha3 = new HashMap<>();
    AcledTables.countries().forEach(c -> byAlpha3.put(c.alpha3(), c));
    List<String> disagree = new ArrayList<>();
    int countries = 0;
    for (Map<String, Object> r : query("SELECT DISTINCT CAST(iso AS INTEGER) AS iso, iso3, region"
        + " FROM read_csv('" + ACLED_FILE + "', header = true, all_varchar = true,"
        + " ignore_errors = true) WHERE iso3 IS NOT NULL AND iso3 <> 'ROM'")) {
      countries++;
      AcledTables.Country c = byAlpha3.get((String) r.get("iso3"));
      if (c == null || c.numeric() != (Integer) r.get("iso")
          || !c.region().equals(r.get("region"))) {
        disagree.add(r + " vs " + c);
      }
    }
    // ACLED writes ROM for Romania (ISO: ROU); nothing else may differ
    assertThat(countries).isGreaterThan(50);
    assertThat(disagree).isEmpty();
  }

  @Test
  void theCurrentAcledLayoutHasDisorderTypeCivilianTargetingAndTags() throws Exception {
    Path csv = dir.resolve("acled-current.csv");
    Cli r = Cli.run("export", "--db", db, "--format", "acled-csv", "--acled-columns", "current",
        "--out", csv.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String relation = "read_csv_auto('" + csv + "', header = true)";
    assertThat(columnsOf(relation)).isEqualTo(AcledTables.layout("current"))
        .startsWith("event_id_cnty", "event_date", "year", "time_precision", "disorder_type")
        .endsWith("tags", "timestamp");
    JsonNode e = omar();
    Map<String, Object> row = query("SELECT * FROM " + relation + " WHERE event_id_cnty = 'SYR"
        + e.get("event_id").asText() + "'").get(0);
    assertThat(row.get("disorder_type")).isEqualTo("Political violence");
    assertThat((String) row.get("tags")).contains("factuality=reported")
        .contains("doc_id=de-01-omar-raketen");
    assertThat((String) row.get("notes")).doesNotContain("[sitrep_event_id");
    for (Map<String, Object> x : query("SELECT inter2, civilian_targeting FROM " + relation)) {
      assertThat(x.get("civilian_targeting")).isEqualTo(
          x.get("inter2") != null && ((Number) x.get("inter2")).intValue() == 7
              ? "Civilian targeting" : null);
    }
  }

  @Test
  void parquetHasTypedColumnsAndEveryEvent() throws Exception {
    Path parquet = dir.resolve("events.parquet");
    Cli r = Cli.run("export", "--db", db, "--format", "parquet", "--out", parquet.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String relation = "read_parquet('" + parquet + "')";
    Map<String, String> types = new HashMap<>();
    for (Map<String, Object> c : query("DESCRIBE SELECT * FROM " + relation)) {
      types.put((String) c.get("column_name"), (String) c.get("column_type"));
    }
    assertThat(columnsOf(relation)).isEqualTo(SchemaRecords.EVENT_FIELDS);
    assertThat(types).containsEntry("event_date", "VARCHAR")
        .containsEntry("date_earliest", "DATE").containsEntry("time_precision", "INTEGER")
        .containsEntry("latitude", "DOUBLE").containsEntry("fatalities", "INTEGER")
        .containsEntry("historical", "BOOLEAN").containsEntry("geonames_id", "BIGINT")
        .containsEntry("evidence", "VARCHAR").containsEntry("confidence", "DOUBLE");
    for (String f : SchemaRecords.EVENT_FIELDS) {
      assertThat(types.get(f)).as(f).isEqualTo(ParquetExporter.type(f));
    }
    assertThat(query("SELECT count(*) AS n FROM " + relation).get(0).get("n"))
        .isEqualTo((long) events.size());

    JsonNode e = omar();
    Map<String, Object> row = query("SELECT *, json_extract_string(evidence, '$[0].text') AS ev0"
        + " FROM " + relation + " WHERE event_id = '" + e.get("event_id").asText() + "'").get(0);
    assertThat(row.get("date_earliest")).hasToString("2023-11-05");
    assertThat(row.get("event_date")).isEqualTo("2023-11-05");
    assertThat(row.get("latitude")).isEqualTo(e.get("latitude").asDouble());
    assertThat(row.get("claim_source")).isEqualTo("SOHR");
    assertThat(row.get("historical")).isEqualTo(false);
    assertThat(row.get("ev0")).isEqualTo(e.get("evidence").get(0).get("text").asText());
  }

  @Test
  void parquetExportsPostureRecordsAndIncidentsToo() throws Exception {
    Path posture = dir.resolve("posture.parquet");
    assertThat(Cli.run("export", "--db", db, "--posture", "--format", "parquet", "--out",
        posture.toString()).exit()).isZero();
    assertThat(columnsOf("'" + posture + "'")).isEqualTo(SchemaRecords.POSTURE_FIELDS);
    assertThat(query("SELECT equipment FROM '" + posture + "' WHERE len(equipment) > 0"))
        .isNotEmpty();
    int stored = CliTest.lines(Cli.run("export", "--db", db, "--posture").out()).size();
    assertThat(query("SELECT count(*) AS n FROM '" + posture + "'").get(0).get("n"))
        .isEqualTo((long) stored);

    Path incidents = dir.resolve("incidents.parquet");
    assertThat(Cli.run("export", "--db", db, "--incidents", "--format", "parquet", "--out",
        incidents.toString()).exit()).isZero();
    Map<String, String> types = new HashMap<>();
    for (Map<String, Object> c : query("DESCRIBE SELECT * FROM '" + incidents + "'")) {
      types.put((String) c.get("column_name"), (String) c.get("column_type"));
    }
    assertThat(types).containsEntry("documents", "INTEGER").containsEntry("languages", "VARCHAR[]");
    assertThat(query("SELECT 1 FROM '" + incidents + "' WHERE documents > 1")).isNotEmpty();
  }

  @Test
  void geojsonIsRfc7946WithLongitudeFirstAndPlacelessEventsLeftOut() throws Exception {
    Path geojson = dir.resolve("events.geojson");
    Cli r = Cli.run("export", "--db", db, "--format", "geojson", "--out", geojson.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode fc = CliTest.JSON.readTree(geojson.toFile());
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.has("crs")).isFalse();
    long placed = events.stream().filter(e -> e.get("latitude").isNumber()).count();
    assertThat(fc.get("features")).hasSize((int) placed);
    if (placed < events.size()) {
      assertThat(r.err()).contains((events.size() - placed) + " without coordinates left out");
    }
    for (JsonNode f : fc.get("features")) {
      assertThat(f.get("type").asText()).isEqualTo("Feature");
      assertThat(f.has("crs")).isFalse();
      JsonNode g = f.get("geometry");
      assertThat(g.get("type").asText()).isEqualTo("Point");
      assertThat(g.get("coordinates")).hasSize(2);
      assertThat(g.get("coordinates").get(0).asDouble())
          .isEqualTo(f.get("properties").get("longitude").asDouble()).isBetween(-180.0, 180.0);
      assertThat(g.get("coordinates").get(1).asDouble())
          .isEqualTo(f.get("properties").get("latitude").asDouble()).isBetween(-90.0, 90.0);
      for (String field : SchemaRecords.EVENT_FIELDS) {
        assertThat(f.get("properties").has(field)).as(field).isTrue();
      }
    }
    // DuckDB's JSON reader sees the same structure
    assertThat(query("SELECT len(features) AS n FROM read_json('" + geojson + "')").get(0)
        .get("n")).isEqualTo(placed);
  }

  @Test
  void exportUsageErrorsAreOneLineAndExitOne() {
    for (String[] args : List.of(
        new String[] {"export", "--db", db, "--format", "xlsx"},
        new String[] {"export", "--db", db, "--format", "csv", "--out",
            dir.resolve("no/such/dir/x.csv").toString()},
        new String[] {"export", "--db", db, "--format", "parquet"},
        new String[] {"export", "--db", db, "--format", "acled-csv", "--posture"},
        new String[] {"export", "--db", db, "--format", "acled-csv", "--acled-columns", "1999"})) {
      Cli r = Cli.run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
      assertThat(r.err()).startsWith("sitrep: ").doesNotContain("\tat ");
    }
    assertThat(Cli.run("export", "--db", db, "--format", "xlsx").err())
        .contains("unknown format 'xlsx'");
  }
}
