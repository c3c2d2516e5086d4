package sitrep.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import sitrep.app.Home;
import sitrep.app.Ingestion;
import sitrep.store.Store;
import sitrep.store.Stores;

/**
 * One server for all HTTP tests of a run: a fresh DuckDB store under target/ filled with the
 * bundled samples plus one article whose text holds markup, served on a free port of 127.0.0.1.
 * Analysis takes a while, so it is done once and shared.
 */
final class TestServer {
  static final String TOKEN = "test-token-0123456789";
  static final String MARKUP_DOC = "markup-1";
  static final String MARKUP = "<img src=x onerror=\"document.body.dataset.pwned=1\"><script>document.body.dataset.pwned=2</script>";
  static final ObjectMapper JSON = new ObjectMapper();

  private static TestServer instance;

  final Store store;
  final ApiServer server;
  final String base;
  private final HttpClient http = HttpClient.newHttpClient();

  private TestServer(Store store, ApiServer server) {
    this.store = store;
    this.server = server;
    this.base = "http://127.0.0.1:" + server.port();
  }

  static synchronized TestServer get() {
    if (instance == null) {
      try {
        Path dir = Files.createTempDirectory(Path.of("target"), "http-test-");
        Store store = Stores.open(dir.resolve("sitrep.duckdb").toString());
        Path samples = Home.samples();
        Path markup = dir.resolve("markup.jsonl");
        Files.writeString(markup, JSON.writeValueAsString(Map.of("id", MARKUP_DOC,
            "title", "Markup <b>test</b>", "published", "2023-11-09", "language", "de",
            "text", "Am 3. November trafen mindestens fünf Raketen den Luftwaffenstützpunkt Ain"
                + " al-Asad im Irak. " + MARKUP + "\nEs gab keine Verletzten.\n")) + "\n");
        StringWriter err = new StringWriter();
        Ingestion.ingest(store, List.of(samples + "/*.txt", samples + "/*.html",
            samples + "/*.jsonl", markup.toString()), new PrintWriter(err, true));
        ApiServer server = new ApiServer(store, TOKEN).start("127.0.0.1", 0);
        instance = new TestServer(store, server);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          server.close();
          store.close();
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode json(String pathAndQuery) {
    HttpResponse<String> r = get(pathAndQuery);
    if (r.statusCode() != 200) {
      throw new AssertionError(pathAndQuery + " → " + r.statusCode() + " " + r.body());
    }
    return parse(r.body());
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
