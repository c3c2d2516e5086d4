package sitrep.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import sitrep.app.http.ApiServer;
import sitrep.model.SchemaRecords;
import sitrep.store.DuckDbStore;
import sitrep.store.EventQuery;
import sitrep.store.Store;

/**
 * REST API latency over a large store: writes N synthetic event records (default 100,000; 1,000
 * documents of 100 events, a year of reporting over 20 countries) into a fresh DuckDB file, starts
 * the server on 127.0.0.1 and times a few hundred requests of a filtered {@code /api/events}
 * query (country + a month + type, limit 100) and of {@code /api/events.geojson} with a bounding
 * box (limit 100), printing p50 and p95; then, where the Debian chromium is installed, how long the
 * web UI takes to show its markers.
 *
 * <p>The records go in through DuckDB's appender into the store's own tables (the schema made by
 * opening the store), since analyzing 100,000 events' worth of text would take an hour and is
 * measured by the other benchmarks; the server reads them as it reads any ingested record.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package && java -cp
 * "sitrep-bench/target/sitrep-bench.jar:sitrep-bench/target/lib/*" sitrep.bench.ServeLatency
 * [N] [REQUESTS]}.
 */
public final class ServeLatency {
  private ServeLatency() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[][] COUNTRIES = {
      {"Syria", "SY", "35.0", "38.5"}, {"Iraq", "IQ", "33.2", "43.7"}, {"Yemen", "YE", "15.5", "47.5"},
      {"Libya", "LY", "27.0", "17.0"}, {"Sudan", "SD", "15.0", "30.0"}, {"Mali", "ML", "17.0", "-4.0"},
      {"Nigeria", "NG", "9.1", "8.7"}, {"Somalia", "SO", "5.2", "46.2"}, {"Ukraine", "UA", "48.4", "31.2"},
      {"Afghanistan", "AF", "33.9", "67.7"}, {"Pakistan", "PK", "30.4", "69.3"}, {"Myanmar", "MM", "21.9", "95.9"},
      {"Ethiopia", "ET", "9.1", "40.5"}, {"Lebanon", "LB", "33.9", "35.9"}, {"Israel", "IL", "31.0", "34.9"},
      {"Burkina Faso", "BF", "12.2", "-1.6"}, {"Niger", "NE", "17.6", "8.1"}, {"Mozambique", "MZ", "-18.7", "35.5"},
      {"Colombia", "CO", "4.6", "-74.3"}, {"Mexico", "MX", "23.6", "-102.5"}};
  private static final String[][] TYPES = {
      {"Battles", "Armed clash"}, {"Explosions/Remote violence", "Air/drone strike"},
      {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
      {"Violence against civilians", "Attack"}, {"Protests", "Peaceful protest"},
      {"Strategic developments", "Other"}};
  private static final String[] FACTUALITY = {"asserted", "reported", "reported", "alleged",
      "denied", "uncertain"};

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    Path dir = Files.createTempDirectory("sitrep-serve-bench-");
    Path db = dir.resolve("bench.duckdb");
    long t0 = System.nanoTime();
    DuckDbStore.open(db).close(); // the store's schema
    fill(db, n, new SplittableRandom(7));
    System.out.printf("stored %,d synthetic events in %s in %.1f s%n", n, db,
        (System.nanoTime() - t0) / 1e9);

    try (Store store = DuckDbStore.open(db);
        ApiServer server = new ApiServer(store, null).start("127.0.0.1", 0)) {
      System.out.printf("store holds %,d events; server on port %d%n",
          store.countEvents(EventQuery.all()), server.port());
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      SplittableRandom r = new SplittableRandom(11);
      // warm-up: JIT, DuckDB caches
      for (int i = 0; i < 50; i++) {
        get(http, base + filtered(r));
        get(http, base + boxed(r));
      }
      report("GET /api/events?country=…&from=…&to=…&type=…&limit=100", http, base, requests,
          () -> filtered(r));
      report("GET /api/events.geojson?bbox=…&limit=100", http, base, requests, () -> boxed(r));
      pageLoad(base);
    } finally {
      Files.deleteIfExists(db);
      Files.deleteIfExists(dir.resolve("bench.duckdb.wal"));
      Files.deleteIfExists(dir);
    }
  }

  /**
   * Time until the web UI shows its markers (it loads the newest 5,000 events in pages of 1,000),
   * in the Debian chromium, headless; skipped when chromium or chromedriver is missing.
   */
  private static void pageLoad(String base) throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    Path driverBin = Path.of("/usr/bin/chromedriver");
    if (!Files.isExecutable(chromium) || !Files.isExecutable(driverBin)) {
      System.out.println("page load: skipped (no /usr/bin/chromium or /usr/bin/chromedriver)");
      return;
    }
    Path profile = Files.createTempDirectory("sitrep-bench-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1366,768",
        "--user-data-dir=" + profile);
    WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(driverBin.toFile()).usingAnyFreePort().build(), options);
    try {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
      long[] ms = new long[3];
      for (int i = 0; i < ms.length; i++) {
        long t = System.nanoTime();
        driver.get(base + "/");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready"))
            && !d.findElements(By.cssSelector(".ev-marker, .ev-cluster")).isEmpty());
        ms[i] = System.nanoTime() - t;
      }
      Arrays.sort(ms);
      System.out.printf("page load until markers show (5,000 newest events): median %.2f s of %d"
          + " loads%n", ms[ms.length / 2] / 1e9, ms.length);
    } finally {
      driver.quit();
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  /** Country, one month of 2023 and an event type. */
  private static String filtered(SplittableRandom r) {
    String[] c = COUNTRIES[r.nextInt(COUNTRIES.length)];
    int month = 1 + r.nextInt(12);
    LocalDate from = LocalDate.of(2023, month, 1);
    return "/api/events?country=" + c[1] + "&from=" + from + "&to="
        + from.plusMonths(1).minusDays(1) + "&type=" + TYPES[r.nextInt(TYPES.length)][0]
            .replace(" ", "%20").replace("/", "%2F") + "&limit=100";
  }

  /** A 4°×4° box around a country's centre. */
  private static String boxed(SplittableRandom r) {
    String[] c = COUNTRIES[r.nextInt(COUNTRIES.length)];
    double lat = Double.parseDouble(c[2]);
    double lon = Double.parseDouble(c[3]);
    return String.format(java.util.Locale.ROOT, "/api/events.geojson?bbox=%.2f,%.2f,%.2f,%.2f&limit=100",
        lon - 2, lat - 2, lon + 2, lat + 2);
  }

  private static void report(String label, HttpClient http, String base, int requests,
      java.util.function.Supplier<String> urls) throws Exception {
    long[] ms = new long[requests];
    long items = 0;
    for (int i = 0; i < requests; i++) {
      String url = urls.get();
      long t = System.nanoTime();
      HttpResponse<String> resp = get(http, base + url);
      ms[i] = System.nanoTime() - t;
      if (resp.statusCode() != 200) {
        throw new IllegalStateException(url + " → " + resp.statusCode() + " " + resp.body());
      }
      var node = JSON.readTree(resp.body());
      items += node.has("items") ? node.get("items").size() : node.get("features").size();
    }
    Arrays.sort(ms);
    System.out.printf("%s: %d requests, p50 %.1f ms, p95 %.1f ms, max %.1f ms, %.1f items per"
        + " answer%n", label, requests, ms[requests / 2] / 1e6, ms[(int) (requests * 0.95)] / 1e6,
        ms[requests - 1] / 1e6, items / (double) requests);
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Documents and events straight into the store's tables, by column name. */
  private static void fill(Path db, int n, SplittableRandom r) throws Exception {
    int perDoc = 100;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      List<String> columns = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'"
              + " ORDER BY ordinal_position")) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (doc_id, content_hash,"
          + " source_path, format, title, published, language, clean_text, raw_length, ingested_at,"
          + " extra_json, warnings_json) VALUES (?, ?, ?, 'jsonl', ?, ?, 'en', ?, 100, ?, '{}', '[]')")) {
        for (int d = 0; d < (n + perDoc - 1) / perDoc; d++) {
          ps.setString(1, docId(d));
          ps.setString(2, Integer.toHexString(d));
          ps.setString(3, "bench.jsonl");
          ps.setString(4, "Synthetic report " + d);
          ps.setObject(5, LocalDate.of(2023, 1, 1).plusDays(d % 365));
          ps.setString(6, "Synthetic text.");
          ps.setObject(7, LocalDateTime.of(2024, 1, 1, 0, 0));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(
          DuckDBConnection.DEFAULT_SCHEMA, "events")) {
        for (int i = 0; i < n; i++) {
          Map<String, @Nullable Object> e = event(i, i / perDoc, r);
          a.beginRow();
          for (String col : columns) {
            switch (col) {
              case "ordinal" -> a.append(i % perDoc);
              case "record_json" -> a.append(JSON.writeValueAsString(e));
              default -> append(a, e.get(col));
            }
          }
          a.endRow();
        }
      }
    }
  }

  private static void append(DuckDBAppender a, @Nullable Object v) throws Exception {
    if (v == null) {
      a.appendNull();
    } else if (v instanceof Integer i) {
      a.append(i);
    } else if (v instanceof Double d) {
      a.append(d);
    } else if (v instanceof Boolean b) {
      a.append(b);
    } else if (v instanceof String s) {
      a.append(s);
    } else {
      a.append(JSON.writeValueAsString(v)); // lists: the JSON columns
    }
  }

  private static String docId(int d) {
    return String.format("bench-%05d", d);
  }

  private static Map<String, @Nullable Object> event(int i, int doc, SplittableRandom r) {
    String[] c = COUNTRIES[r.nextInt(COUNTRIES.length)];
    String[] t = TYPES[r.nextInt(TYPES.length)];
    String date = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(365)).toString();
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    for (String f : SchemaRecords.EVENT_FIELDS) {
      m.put(f, null);
    }
    m.put("kind", "event");
    m.put("event_id", String.format("%016x", 0x5eed0000L + i));
    m.put("doc_id", docId(doc));
    m.put("event_date", date);
    m.put("date_earliest", date);
    m.put("date_latest", date);
    m.put("time_precision", 1);
    m.put("event_type", t[0]);
    m.put("sub_event_type", t[1]);
    m.put("actor1", "Military Forces of " + c[0]);
    m.put("actor2", "Unidentified Armed Group (" + c[0] + ")");
    m.put("inter1", 1);
    m.put("inter2", 3);
    m.put("location", c[0] + " place " + r.nextInt(300));
    m.put("admin1", c[0] + " region " + r.nextInt(10));
    m.put("country", c[0]);
    m.put("country_code", c[1]);
    m.put("latitude", Double.parseDouble(c[2]) + r.nextDouble(-3, 3));
    m.put("longitude", Double.parseDouble(c[3]) + r.nextDouble(-3, 3));
    m.put("geo_precision", 1 + r.nextInt(3));
    m.put("fatalities", r.nextInt(4) == 0 ? null : r.nextInt(12));
    m.put("factuality", FACTUALITY[r.nextInt(FACTUALITY.length)]);
    m.put("historical", false);
    m.put("claim_source", r.nextBoolean() ? null : "SOHR");
    m.put("language", r.nextBoolean() ? "en" : "de");
    m.put("evidence", List.of(Map.of("sentence", 1, "start", 0, "end", 15,
        "text", "Synthetic text.")));
    m.put("confidence", 0.8);
    m.put("notes", List.of());
    return m;
  }
}
