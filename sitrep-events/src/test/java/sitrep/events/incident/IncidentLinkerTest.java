package sitrep.events.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import sitrep.model.Incident;

/** Incident linking as an analyst reads it: one attack told by several outlets is one incident. */
class IncidentLinkerTest {

  static LinkClaim claim(String id, String doc, String sub, @Nullable String date, double lat,
      double lon, @Nullable Integer fatalities, String factuality, String language) {
    return LinkClaim.of(record(id, doc, sub, date, lat, lon, fatalities, factuality, language));
  }

  private static Map<String, Object> record(String id, String doc, String sub,
      @Nullable String date, double lat, double lon, @Nullable Integer fatalities,
      String factuality, String language) {
    Map<String, Object> r = new HashMap<>();
    r.put("event_id", id);
    r.put("doc_id", doc);
    r.put("sub_event_type", sub);
    r.put("event_type", sub.equals("Armed clash") ? "Battles"
        : sub.equals("Peaceful protest") ? "Protests" : "Explosions/Remote violence");
    if (date != null) {
      r.put("event_date", date);
      r.put("date_earliest", date);
      r.put("date_latest", date);
      r.put("time_precision", 1);
    }
    r.put("location", "place " + lat);
    r.put("admin1", lat > 36 ? "North" : "South");
    r.put("country_code", "SY");
    r.put("latitude", lat);
    r.put("longitude", lon);
    r.put("geo_precision", 1);
    r.put("fatalities", fatalities);
    r.put("factuality", factuality);
    r.put("language", language);
    r.put("claim_source", factuality.equals("denied") ? "Pentagon" : "SOHR");
    return r;
  }

  static final String SHELLING = "Shelling/artillery/missile attack";

  @Test
  void oneAttackToldInTwoLanguagesWithDifferentFiguresIsOneIncident() {
    IncidentLinker linker = new IncidentLinker();
    Map<String, String> ids = linker.addAll(List.of(
        claim("a", "de-1", SHELLING, "2023-11-05", 35.00, 40.55, 7, "reported", "de"),
        claim("b", "en-1", SHELLING, "2023-11-05", 35.02, 40.52, 5, "reported", "en")));
    assertThat(ids.get("a")).isEqualTo(ids.get("b")).isEqualTo("inc-a");
    Incident i = linker.incident("inc-a");
    assertThat(i.fatalities()).as("ACLED's conservative choice").isEqualTo(5);
    assertThat(i.fatalitiesMax()).isEqualTo(7);
    assertThat(i.languages()).containsExactly("de", "en");
    assertThat(i.status()).isEqualTo("reported");
    assertThat(i.notes()).anyMatch(n -> n.contains("5, 7"));
  }

  @Test
  void aDenialJoinsTheClaimItDeniesAndMakesTheIncidentContested() {
    IncidentLinker linker = new IncidentLinker();
    linker.addAll(List.of(
        claim("a", "d1", SHELLING, "2023-11-05", 35.00, 40.55, 2, "reported", "en"),
        claim("b", "d2", SHELLING, "2023-11-05", 35.00, 40.55, null, "denied", "de")));
    assertThat(linker.size()).isEqualTo(1);
    Incident i = linker.incidents().get(0);
    assertThat(i.status()).isEqualTo("contested");
    assertThat(i.fatalities()).as("the denial gives no figures").isEqualTo(2);
    assertThat(i.notes()).contains("denied by Pentagon");
  }

  @Test
  void hardNegativesStayApart() {
    IncidentLinker linker = new IncidentLinker();
    Map<String, String> ids = linker.addAll(List.of(
        claim("a", "d1", SHELLING, "2023-11-05", 35.00, 40.55, null, "reported", "en"),
        // the same base attacked again a week later
        claim("b", "d2", SHELLING, "2023-11-12", 35.00, 40.55, null, "reported", "en"),
        // the same day, 200 km away in another province
        claim("c", "d3", SHELLING, "2023-11-05", 36.80, 40.55, null, "reported", "en"),
        // the same day and place, a protest is not a shelling
        claim("d", "d4", "Peaceful protest", "2023-11-05", 35.00, 40.55, null, "asserted", "en"),
        // a second claim of the first document is another occurrence by construction
        claim("e", "d1", SHELLING, "2023-11-05", 35.00, 40.55, null, "reported", "en")));
    assertThat(ids.values()).doesNotHaveDuplicates();
  }

  @Test
  void theSameClaimsInAnyOrderGiveTheSameIncidents() {
    List<LinkClaim> claims = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      String day = "2023-11-" + (10 + k % 5);
      claims.add(claim("e" + k, "doc" + k, k % 2 == 0 ? SHELLING : "Armed clash", day,
          35 + (k % 3) * 0.5, 40.5, k % 4, "reported", k % 2 == 0 ? "en" : "de"));
    }
    Map<String, String> first = new IncidentLinker().addAll(claims);
    List<LinkClaim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(new IncidentLinker().addAll(shuffled)).isEqualTo(first);
  }

  @Test
  void newReportsJoinIncidentsRestoredFromTheStore() {
    IncidentLinker linker = new IncidentLinker();
    linker.restore("inc-stored", List.of(
        claim("a", "d1", SHELLING, "2023-11-05", 35.00, 40.55, 3, "reported", "de")));
    String id = linker.add(claim("b", "d2", SHELLING, "2023-11-05", 35.01, 40.56, 4, "asserted",
        "en"));
    assertThat(id).isEqualTo("inc-stored");
    assertThat(linker.add(claim("b", "d2", SHELLING, "2023-11-05", 35.01, 40.56, 4, "asserted",
        "en"))).as("adding again changes nothing").isEqualTo("inc-stored");
    assertThat(linker.incident("inc-stored").eventIds()).containsExactly("a", "b");
  }

  @Test
  void explainSaysWhatKeepsTwoClaimsApart() {
    LinkClaim a = claim("a", "d1", SHELLING, "2023-11-05", 35.00, 40.55, null, "reported", "en");
    assertThat(IncidentLinker.explain(a, claim("b", "d2", SHELLING, "2023-11-12", 35.0, 40.55,
        null, "reported", "en"))).isEqualTo("date");
    assertThat(IncidentLinker.explain(a, claim("c", "d3", "Peaceful protest", "2023-11-05", 35.0,
        40.55, null, "reported", "en"))).isEqualTo("type family");
    assertThat(IncidentLinker.explain(a, claim("d", "d4", SHELLING, "2023-11-05", 35.0, 40.55,
        null, "reported", "en"))).isNull();
  }

  @Test
  void aClaimPlacedOnlyAtItsProvinceStillSaysWhichProvince() {
    LinkClaim city = claim("a", "d1", SHELLING, "2023-11-05", 35.00, 40.55, null, "reported",
        "en");
    // the same day, placed only at a province (geo_precision 3): another province rules it out
    LinkClaim north = province("b", "d2", 36.5, "North");
    LinkClaim south = province("c", "d3", 35.2, "South");
    assertThat(IncidentLinker.explain(city, north)).isEqualTo("division");
    assertThat(IncidentLinker.explain(city, south)).isNull();
  }

  /** A claim placed only at its province (geo_precision 3). */
  private static LinkClaim province(String id, String doc, double lat, String admin1) {
    Map<String, Object> r = record(id, doc, SHELLING, "2023-11-05", lat, 40.0, null, "reported",
        "en");
    r.put("location", admin1 + " Province");
    r.put("admin1", admin1);
    r.put("geo_precision", 3);
    return LinkClaim.of(r);
  }
}
