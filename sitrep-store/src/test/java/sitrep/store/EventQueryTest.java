package sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The query parameters of GET /api/events, and the one-line 400 messages for bad ones. */
class EventQueryTest {

  private static void rejects(Map<String, String> parameters, String message) {
    assertThatThrownBy(() -> EventQuery.fromParameters(parameters))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void everyParameterIsRead() {
    Map<String, String> p = new HashMap<>();
    p.put("from", "2021-06-01");
    p.put("to", " 2021-06-30 ");
    p.put("bbox", "35, 30,45,40");
    p.put("country", "SY");
    p.put("type", "Battles");
    p.put("sub_type", "Armed clash");
    p.put("actor", "SDF");
    p.put("factuality", "Reported");
    p.put("q", "  al-Omar ");
    p.put("limit", "25");
    p.put("format", "ignored");

    assertThat(EventQuery.fromParameters(p)).isEqualTo(new EventQuery(LocalDate.of(2021, 6, 1),
        LocalDate.of(2021, 6, 30), new BoundingBox(35, 30, 45, 40), "SY", "Battles",
        "Armed clash", "SDF", "reported", "al-Omar", 25, null));
  }

  @Test
  void absentAndEmptyParametersAreNoFilter() {
    Map<String, String> empty = new HashMap<>();
    for (String name : new String[] {"from", "to", "bbox", "country", "type", "sub_type", "actor",
        "factuality", "q", "limit", "cursor"}) {
      empty.put(name, " ");
    }
    assertThat(EventQuery.fromParameters(empty)).isEqualTo(EventQuery.all());
    assertThat(EventQuery.fromParameters(Map.of())).isEqualTo(EventQuery.all());
    assertThat(EventQuery.all().limit()).isEqualTo(100);
  }

  @Test
  void badValuesAreNamedByTheirParameter() {
    rejects(Map.of("from", "2021-13-01"), "from: \"2021-13-01\" is not a date; expected YYYY-MM-DD");
    rejects(Map.of("to", "yesterday"), "to: \"yesterday\" is not a date; expected YYYY-MM-DD");
    rejects(Map.of("from", "2021-07-01", "to", "2021-06-01"),
        "from: 2021-07-01 is after to 2021-06-01");
    rejects(Map.of("limit", "0"), "limit: must be from 1 to 1000, got 0");
    rejects(Map.of("limit", "1001"), "limit: must be from 1 to 1000, got 1001");
    rejects(Map.of("limit", "ten"), "limit: \"ten\" is not a whole number from 1 to 1000");
    rejects(Map.of("factuality", "rumoured"), "factuality: \"rumoured\" is none of asserted,"
        + " reported, alleged, denied, uncertain, hypothetical");
    rejects(Map.of("q", "x".repeat(201)), "q: at most 200 characters, got 201");
    rejects(Map.of("actor", "y".repeat(300)), "actor: at most 200 characters, got 300");
    rejects(Map.of("cursor", "not-a-cursor"), "cursor: \"not-a-cursor\" is not a cursor this store"
        + " handed out; pass the \"next\" of the previous page");
  }

  @Test
  void aBoxNeedsFourNumbersInRangeSouthBelowNorth() {
    rejects(Map.of("bbox", "1,2,3"), "bbox: expected four numbers west,south,east,north, got"
        + " \"1,2,3\"");
    rejects(Map.of("bbox", "a,2,3,4"), "bbox: \"a\" is not a number; expected"
        + " west,south,east,north in degrees");
    rejects(Map.of("bbox", "-181,0,10,10"), "bbox: west must be a longitude from -180 to 180,"
        + " got -181.0");
    rejects(Map.of("bbox", "0,-91,10,10"), "bbox: south must be a latitude from -90 to 90,"
        + " got -91.0");
    rejects(Map.of("bbox", "0,10,10,5"), "bbox: south 10.0 lies north of north 5.0; the order is"
        + " w,s,e,n");
    rejects(Map.of("bbox", "NaN,0,10,10"), "bbox: west must be a longitude from -180 to 180,"
        + " got NaN");
    assertThat(BoundingBox.parse("170,-20,-170,-10").crossesAntimeridian()).isTrue();
    assertThat(BoundingBox.parse("-170,-20,170,-10").crossesAntimeridian()).isFalse();
  }

  @Test
  void aCursorIsOpaqueAndRoundTrips() {
    String next = new EventCursor("2021-06-28", "doc \"a\"/ü", 7).encode();

    assertThat(next).matches("[A-Za-z0-9_-]+");
    assertThat(EventCursor.decode(next)).isEqualTo(new EventCursor("2021-06-28", "doc \"a\"/ü", 7));
    assertThat(EventQuery.all().withCursor(next).cursor()).isEqualTo(next);
    assertThat(EventQuery.all().withCursor(null).cursor()).isNull();
    // valid base64 and JSON, but not a cursor
    String foreign = java.util.Base64.getUrlEncoder().encodeToString("[1,2,3]".getBytes());
    assertThatThrownBy(() -> EventQuery.all().withCursor(foreign))
        .hasMessageStartingWith("cursor: ");
  }

  @Test
  void aLongValueIsCutShortInTheMessage() {
    assertThatThrownBy(() -> EventQuery.fromParameters(Map.of("from", "9".repeat(500))))
        .hasMessageStartingWith("from: \"" + "9".repeat(60) + "…\"");
  }
}
