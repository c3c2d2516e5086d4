package sitrep.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static sitrep.app.http.TestServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sitrep.model.SchemaRecords;
import sitrep.store.EventQuery;

/** The REST API as a client meets it, over the bundled samples. */
class ApiTest {
  static TestServer s;

  @BeforeAll
  static void start() {
    s = TestServer.get();
  }

  @Test
  void healthSaysOkWithTheStoreAndItsCounts() {
    JsonNode h = s.json("/health");
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("store").asText()).endsWith("sitrep.duckdb");
    assertThat(h.at("/counts/documents").asInt()).isGreaterThanOrEqualTo(9);
    assertThat(h.at("/counts/events").asInt()).isGreaterThanOrEqualTo(20);
    assertThat(h.at("/counts/incidents").asInt()).isPositive();
  }

  @Test
  void eventsAreFilteredByCountryTypeAndFactuality() {
    JsonNode all = s.json("/api/events?limit=1000").get("items");
    JsonNode iraq = s.json("/api/events?country=iq&limit=1000").get("items");
    assertThat(iraq.size()).isPositive().isLessThan(all.size());
    iraq.forEach(e -> assertThat(e.get("country_code").asText()).isEqualTo("IQ"));
    JsonNode battles = s.json("/api/events?type=" + enc("Battles")).get("items");
    assertThat(battles.size()).isPositive();
    battles.forEach(e -> assertThat(e.get("event_type").asText()).isEqualTo("Battles"));
    JsonNode reported = s.json("/api/events?factuality=reported").get("items");
    reported.forEach(e -> assertThat(e.get("factuality").asText()).isEqualTo("reported"));
    JsonNode q = s.json("/api/events?q=" + enc("al-Omar")).get("items");
    assertThat(q.size()).isPositive();
    for (JsonNode e : all) {
      for (String field : SchemaRecords.EVENT_FIELDS) {
        assertThat(e.has(field)).as(field).isTrue();
      }
    }
  }

  @Test
  void pagesFollowTheCursorWithoutRepeatsOrGaps() {
    long total = s.store.countEvents(EventQuery.all());
    Set<String> seen = new HashSet<>();
    String next = null;
    int pages = 0;
    do {
      JsonNode page = s.json("/api/events?limit=4" + (next == null ? "" : "&cursor=" + enc(next)));
      assertThat(page.get("items").size()).isLessThanOrEqualTo(4);
      page.get("items").forEach(e -> assertThat(seen.add(e.get("event_id").asText())).isTrue());
      next = page.get("next").isNull() ? null : page.get("next").asText();
      pages++;
    } while (next != null);
    assertThat((long) seen.size()).isEqualTo(total);
    assertThat(pages).isGreaterThan(1);
  }

  @Test
  void geojsonIsAFeatureCollectionOfPointsWithTheEventRecords() {
    HttpResponse<String> r = s.get("/api/events.geojson?limit=1000");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
    JsonNode fc = TestServer.parse(r.body());
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.get("features").size()).isPositive();
    int without = fc.get("without_coordinates").asInt();
    assertThat(r.headers().firstValue("X-Sitrep-Without-Coordinates")).hasValue(String.valueOf(without));
    assertThat(fc.get("features").size() + without)
        .isEqualTo(s.json("/api/events?limit=1000").get("items").size());
    for (JsonNode f : fc.get("features")) {
      assertThat(f.get("type").asText()).isEqualTo("Feature");
      assertThat(f.at("/geometry/type").asText()).isEqualTo("Point");
      JsonNode c = f.at("/geometry/coordinates");
      assertThat(c.get(0).asDouble()).isEqualTo(f.at("/properties/longitude").asDouble());
      assertThat(c.get(1).asDouble()).isEqualTo(f.at("/properties/latitude").asDouble());
      assertThat(f.at("/properties/event_id").asText()).isEqualTo(f.get("id").asText());
    }
    // a box around Iraq's Anbar province: Ain al-Asad, not Syria's east
    JsonNode boxed = s.json("/api/events.geojson?bbox=40.5,32,44,35&limit=1000");
    assertThat(boxed.get("features").size()).isPositive()
        .isLessThan(fc.get("features").size());
    for (JsonNode f : boxed.get("features")) {
      assertThat(f.at("/geometry/coordinates/0").asDouble()).isBetween(40.5, 44.0);
      assertThat(f.at("/geometry/coordinates/1").asDouble()).isBetween(32.0, 35.0);
    }
  }

  @Test
  void badParametersAre400NamingTheParameter() {
    Map<String, String> cases = Map.of(
        "/api/events?bbox=1,2", "bbox",
        "/api/events?contry=SY", "contry",
        "/api/events?limit=0", "limit",
        "/api/events?limit=many", "limit",
        "/api/events?cursor=xyz", "cursor",
        "/api/events?from=2023-11-09&to=2023-11-01", "from",
        "/api/events?factuality=rumoured", "factuality",
        "/api/events.geojson?from=yesterday", "from",
        "/api/incidents?cursor=nope", "cursor",
        "/api/sites?limit=3", "limit");
    cases.forEach((url, parameter) -> {
      HttpResponse<String> r = s.get(url);
      assertThat(r.statusCode()).as(url).isEqualTo(400);
      assertThat(TestServer.parse(r.body()).get("error").asText()).as(url).startsWith(parameter + ":");
    });
    HttpResponse<String> twice = s.get("/api/events?country=SY&country=IQ");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("country");
  }

  @Test
  void unknownIdsAndRoutesAre404Json() {
    for (String url : List.of("/api/incidents/inc-nope", "/api/sites/nowhere",
        "/api/documents/nothing", "/api/nothing")) {
      HttpResponse<String> r = s.get(url);
      assertThat(r.statusCode()).as(url).isEqualTo(404);
      assertThat(TestServer.parse(r.body()).get("error").asText()).as(url).isNotBlank();
    }
  }

  @Test
  void incidentsPageAndAreListedWhenAnyClaimMatches() {
    List<String> ids = new ArrayList<>();
    String next = null;
    do {
      JsonNode page = s.json("/api/incidents?limit=5" + (next == null ? "" : "&cursor=" + enc(next)));
      page.get("items").forEach(i -> ids.add(i.get("incident_id").asText()));
      next = page.get("next").isNull() ? null : page.get("next").asText();
    } while (next != null);
    long[] stored = {0};
    s.store.forEachIncident(i -> stored[0]++);
    assertThat(ids).hasSize((int) stored[0]).doesNotHaveDuplicates().isSorted();
    // a multi-document incident: any of its claims' languages finds it
    JsonNode shared = null;
    for (String id : ids) {
      JsonNode i = s.json("/api/incidents/" + enc(id));
      if (i.get("documents").asInt() > 1) {
        shared = i;
        break;
      }
    }
    assertThat(shared).as("an incident told by more than one document").isNotNull();
    JsonNode claim = shared.get("claim_records").get(0);
    String country = claim.get("country_code").asText();
    JsonNode filtered = s.json("/api/incidents?limit=1000&country=" + country);
    List<String> found = new ArrayList<>();
    filtered.get("items").forEach(i -> found.add(i.get("incident_id").asText()));
    assertThat(found).contains(shared.get("incident_id").asText());
    assertThat(filtered.get("items").size()).isLessThanOrEqualTo(ids.size());
  }

  @Test
  void anIncidentShowsEachClaimWithItsDocumentAndEvidenceInContext() {
    String id = s.json("/api/events?limit=1").at("/items/0/incident_id").asText();
    JsonNode i = s.json("/api/incidents/" + enc(id));
    assertThat(i.get("incident_id").asText()).isEqualTo(id);
    assertThat(i.get("claim_records").size()).isEqualTo(i.get("claims").asInt());
    for (JsonNode c : i.get("claim_records")) {
      assertThat(c.get("incident_id").asText()).isEqualTo(id);
      assertThat(c.at("/document/language").asText()).isNotBlank();
      JsonNode ctx = c.get("evidence_context").get(0);
      String text = s.json("/api/documents/" + enc(c.get("doc_id").asText())).get("text").asText();
      int start = ctx.get("start").asInt();
      int end = ctx.get("end").asInt();
      assertThat(ctx.get("text").asText()).isEqualTo(text.substring(start, end));
      assertThat(text.substring(0, start)).endsWith(ctx.get("before").asText());
      assertThat(text.substring(end)).startsWith(ctx.get("after").asText());
    }
  }

  @Test
  void aDocumentComesWithItsMentionsAsOffsetsIntoItsText() {
    JsonNode d = s.json("/api/documents/de-01-omar-raketen");
    String text = d.get("text").asText();
    boolean omar = false;
    boolean sunday = false;
    for (JsonNode m : d.get("mentions")) {
      String span = text.substring(m.get("start").asInt(), m.get("end").asInt());
      assertThat(span).isEqualTo(m.get("text").asText());
      omar |= m.get("layer").asText().equals("places") && span.startsWith("al-Omar");
      sunday |= m.get("layer").asText().equals("times") && span.contains("Sonntag");
    }
    assertThat(omar).as("the al-Omar oil field as a place").isTrue();
    assertThat(sunday).as("\"am Sonntag\" as a time").isTrue();
  }

  @Test
  void sitesHaveHoldersPostureTimelineAndEventsInDateOrder() {
    JsonNode sites = s.json("/api/sites").get("items");
    JsonNode omar = null;
    for (JsonNode site : sites) {
      if (site.get("site_id").asText().equals("al-omar-oil-field")) {
        omar = site;
      }
    }
    assertThat(omar).as("al-Omar oil field among %s", sites).isNotNull();
    assertThat(omar.get("holders").toString()).contains("Military Forces of the United States");
    JsonNode d = s.json("/api/sites/al-omar-oil-field");
    assertThat(d.get("posture").size()).isPositive();
    JsonNode p = d.get("posture").get(0);
    assertThat(p.get("change").asText()).isNotBlank();
    assertThat(p.get("evidence").size()).isPositive();
    List<String> dates = new ArrayList<>();
    d.get("events").forEach(e -> {
      assertThat(e.get("site").asText()).isEqualTo("al-Omar oil field");
      dates.add(e.get("date_earliest").asText());
    });
    assertThat(dates).isNotEmpty().isSorted();
  }

  @Test
  void articleTextComesBackAsEscapedJsonNeverAsMarkup() {
    HttpResponse<String> r = s.get("/api/documents/" + TestServer.MARKUP_DOC);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.body().toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img", "<b>");
    JsonNode d = TestServer.parse(r.body());
    assertThat(d.get("text").asText()).contains(TestServer.MARKUP);
    assertThat(d.get("title").asText()).isEqualTo("Markup <b>test</b>");
    assertThat(d.get("events").size()).isPositive();
  }

  @Test
  void postingNeedsTheTokenAndStoresThroughTheIngestPath() {
    String body = "{\"id\": \"posted-1\", \"published\": \"2023-11-10\", \"language\": \"de\","
        + " \"text\": \"Am Donnerstag trafen drei Raketen den Luftwaffenstützpunkt Ain al-Asad im Irak."
        + " Es gab keine Verletzten, teilte das Pentagon mit.\"}";
    assertThat(post(body, null).statusCode()).isEqualTo(401);
    assertThat(post(body, "Bearer wrong").statusCode()).isEqualTo(401);
    assertThat(post("{\"text\": \"x\"}", "Bearer " + TestServer.TOKEN).body()).contains("id:");
    assertThat(post("not json", "Bearer " + TestServer.TOKEN).statusCode()).isEqualTo(400);
    HttpResponse<String> ok = post(body, "Bearer " + TestServer.TOKEN);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    JsonNode stored = TestServer.parse(ok.body());
    assertThat(stored.get("events").size()).isPositive();
    stored.get("events").forEach(e -> {
      assertThat(e.get("doc_id").asText()).isEqualTo("posted-1");
      assertThat(e.get("incident_id").isNull()).isFalse();
    });
    assertThat(s.json("/api/documents/posted-1").get("language").asText()).isEqualTo("de");
    String incident = stored.at("/events/0/incident_id").asText();
    assertThat(s.get("/api/incidents/" + enc(incident)).statusCode()).isEqualTo(200);
  }

  @Test
  void withoutATokenPostingIsDisabledWithAClearMessage() {
    try (ApiServer open = new ApiServer(s.store, null).start("127.0.0.1", 0)) {
      HttpResponse<String> r = s.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + open.port() + "/api/documents"))
          .header("Authorization", "Bearer anything")
          .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"x\",\"text\":\"y\"}")).build());
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(TestServer.parse(r.body()).get("error").asText()).contains("--token", "SITREP_TOKEN");
    }
  }

  @Test
  void theOpenApiDocumentDescribesEveryRouteAndParameter() {
    JsonNode api = s.json("/openapi.json");
    assertThat(api.get("openapi").asText()).startsWith("3.");
    JsonNode paths = api.get("paths");
    Set<String> documented = new HashSet<>();
    paths.fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    assertThat(s.server.routes()).isNotEmpty();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(s.server.routes());
    ApiServer.PARAMETERS.forEach((path, allowed) -> {
      List<String> names = new ArrayList<>();
      for (JsonNode p : paths.get(path).get("get").path("parameters")) {
        JsonNode param = p.has("$ref")
            ? api.at(p.get("$ref").asText().substring(1)) : p;
        if (param.get("in").asText().equals("query")) {
          names.add(param.get("name").asText());
        }
      }
      assertThat(names).as(path).containsExactlyInAnyOrderElementsOf(allowed);
    });
  }

  private static HttpResponse<String> post(String body, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base + "/api/documents"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return s.send(b.build());
  }
}
