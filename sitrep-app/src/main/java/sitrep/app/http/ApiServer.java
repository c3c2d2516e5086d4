package sitrep.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import sitrep.app.Ingestion;
import sitrep.store.EventPage;
import sitrep.store.EventQuery;
import sitrep.store.Store;
import sitrep.store.StoreCounts;
import sitrep.store.StoreException;

/**
 * The HTTP server of {@code sitrep serve}: the routes of SCHEMA.md over one store, and the web UI
 * from the classpath. Every answer of the API is JSON; article text goes out as JSON strings and
 * the UI inserts it as text, so markup in an article is never interpreted.
 */
public final class ApiServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
  }

  /** The query parameters each GET route takes; the OpenAPI document lists the same. */
  static final Map<String, List<String>> PARAMETERS = Map.of(
      "/", List.of(),
      "/health", List.of(),
      "/openapi.json", List.of(),
      "/api/events", QueryParameters.EVENT_FILTERS,
      "/api/events.geojson", QueryParameters.EVENT_FILTERS,
      "/api/incidents", QueryParameters.EVENT_FILTERS,
      "/api/incidents/{id}", List.of(),
      "/api/sites", List.of(),
      "/api/sites/{id}", List.of(),
      "/api/documents/{id}", List.of());

  /** A browser may run only this page's own scripts: defence in depth against injected text. */
  private static final String CSP = "default-src 'self'; script-src 'self'; connect-src 'self';"
      + " img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none';"
      + " base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Store store;
  private final @Nullable String token;
  private final Javalin app;
  private final List<String> routes = new ArrayList<>();
  /** Ingests rebuild incidents from the whole store: one at a time. */
  private final Object ingestLock = new Object();

  /**
   * @param token the bearer token {@code POST /api/documents} requires; null disables posting
   */
  public ApiServer(Store store, @Nullable String token) {
    this.store = store;
    this.token = token == null || token.isBlank() ? null : token;
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/static";
        sf.directory = "/sitrep/web";
        sf.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      config.events(events -> events.handlerAdded(h -> {
        if (h.getHttpMethod().isHttpMethod()) {
          routes.add(h.getHttpMethod() + " " + h.getPath());
        }
      }));
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("Referrer-Policy", "no-referrer");
    });
    app.get("/", this::index);
    app.get("/health", this::health);
    app.get("/openapi.json", this::openApi);
    app.get("/api/events", this::events);
    app.get("/api/events.geojson", this::geojson);
    app.get("/api/incidents", this::incidents);
    app.get("/api/incidents/{id}", this::incident);
    app.get("/api/sites", this::sites);
    app.get("/api/sites/{id}", this::site);
    app.get("/api/documents/{id}", this::document);
    app.post("/api/documents", this::postDocument);
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(StoreException.class, (e, ctx) -> error(ctx, 500, "store: " + e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500,
        "internal error: " + e.getClass().getSimpleName()));
    app.error(404, ctx -> {
      // Javalin's own 404 is plain text; answers of the API's handlers are JSON already
      String type = ctx.res().getContentType();
      if (type == null || !type.startsWith("application/json")) {
        error(ctx, 404, "no route " + ctx.method() + " " + ctx.path());
      }
    });
  }

  /** Starts listening; port 0 picks a free one, see {@link #port()}. */
  public ApiServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  /** Method and path of every route registered, e.g. {@code GET /api/events}. */
  public List<String> routes() {
    return List.copyOf(routes);
  }

  @Override
  public void close() {
    app.stop();
  }

  private void index(Context ctx) throws IOException {
    check(ctx);
    ctx.contentType("text/html; charset=utf-8").result(resource("sitrep/web/index.html"));
  }

  private void health(Context ctx) {
    check(ctx);
    StoreCounts c = store.counts();
    long[] incidents = {0};
    store.forEachIncident(i -> incidents[0]++);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("documents", c.documents());
    counts.put("events", c.events());
    counts.put("posture", c.posture());
    counts.put("incidents", incidents[0]);
    counts.put("warnings", c.warnings());
    counts.put("rejected", c.rejected());
    counts.put("copies", c.copies());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "ok");
    m.put("store", store.location());
    m.put("counts", counts);
    m.put("posting", token != null);
    json(ctx, 200, m);
  }

  private void openApi(Context ctx) throws IOException {
    check(ctx);
    ctx.contentType("application/json").result(resource("sitrep/http/openapi.json"));
  }

  private void events(Context ctx) {
    EventPage page = store.queryEvents(EventQuery.fromParameters(check(ctx)));
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("items", page.items());
    m.put("next", page.next());
    json(ctx, 200, m);
  }

  private void geojson(Context ctx) {
    EventPage page = store.queryEvents(EventQuery.fromParameters(check(ctx)));
    Map<String, @Nullable Object> fc = GeoJson.featureCollection(page.items(), page.next());
    ctx.header("X-Sitrep-Without-Coordinates", String.valueOf(GeoJson.withoutCoordinates(fc)));
    json(ctx, 200, fc);
    ctx.contentType("application/geo+json");
  }

  private void incidents(Context ctx) {
    json(ctx, 200, IncidentPages.page(store, check(ctx)));
  }

  private void incident(Context ctx) {
    check(ctx);
    json(ctx, 200, IncidentPages.detail(store, ctx.pathParam("id")));
  }

  private void sites(Context ctx) {
    check(ctx);
    json(ctx, 200, Map.of("items", SiteIndex.of(store).summaries()));
  }

  private void site(Context ctx) {
    check(ctx);
    String id = ctx.pathParam("id");
    json(ctx, 200, SiteIndex.of(store).detail(id).orElseThrow(
        () -> ApiException.notFound("no site " + EventQueryText.quoted(id))));
  }

  private void document(Context ctx) {
    check(ctx);
    String id = ctx.pathParam("id");
    var d = store.document(id).orElseThrow(
        () -> ApiException.notFound("no document " + EventQueryText.quoted(id)));
    Map<String, @Nullable Object> view = DocumentView.of(d, store.events(id));
    view.put("mentions", DocumentMentions.of(d));
    json(ctx, 200, view);
  }

  /**
   * Analyzes and stores one input record through the same path as {@code sitrep ingest} (a
   * one-line JSONL file), so copies, incidents and warnings behave exactly as on the CLI.
   */
  private void postDocument(Context ctx) throws IOException {
    if (token == null) {
      throw new ApiException(403, "posting documents is disabled: start the server with --token"
          + " TOKEN or the environment variable SITREP_TOKEN");
    }
    if (!authorized(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "Authorization: expected the header"
          + " \"Authorization: Bearer TOKEN\" with the server's token");
    }
    JsonNode record;
    try {
      record = JSON.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("body: not JSON; expected one input record as a JSON object");
    }
    if (record == null || !record.isObject()) {
      throw ApiException.badRequest("body: expected one input record as a JSON object");
    }
    if (!record.path("id").isTextual() || record.get("id").asText().isBlank()) {
      throw ApiException.badRequest("id: required, a non-empty string");
    }
    if (!record.path("text").isTextual() && !record.path("html").isTextual()) {
      throw ApiException.badRequest("text: required (or html), a string");
    }
    String id = record.get("id").asText();
    Path file = Files.createTempFile("sitrep-post-", ".jsonl");
    StringWriter warnings = new StringWriter();
    Ingestion.Outcome outcome;
    try {
      Files.writeString(file, JSON.writeValueAsString(record) + "\n", StandardCharsets.UTF_8);
      synchronized (ingestLock) {
        outcome = Ingestion.ingest(store, List.of(file.toString()), new PrintWriter(warnings, true));
      }
    } finally {
      Files.deleteIfExists(file);
    }
    if (outcome.rejected() > 0) {
      throw ApiException.badRequest("body: the record could not be read: "
          + warnings.toString().strip().replace(file.toString(), "body"));
    }
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("doc_id", id);
    m.put("copy", outcome.copies() > 0);
    m.put("warnings", warnings.toString().lines()
        .map(l -> l.replace(file.toString(), "body")).toList());
    m.put("events", store.events(id));
    json(ctx, outcome.copies() > 0 ? 200 : 201, m);
  }

  private boolean authorized(@Nullable String header) {
    String expected = "Bearer " + Objects.requireNonNull(token);
    // constant time, so the token cannot be guessed byte by byte from response times
    return header != null && MessageDigest.isEqual(
        header.strip().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  /** The query parameters, checked against what the matched route takes. */
  private static Map<String, String> check(Context ctx) {
    List<String> allowed = PARAMETERS.getOrDefault(ctx.endpointHandlerPath(), List.of());
    return QueryParameters.single(ctx.queryParamMap(), allowed);
  }

  private static void error(Context ctx, int status, @Nullable String message) {
    json(ctx, status, Map.of("error", message == null ? "error" : message));
  }

  private static void json(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ApiServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return in.readAllBytes();
    }
  }
}
