package sitrep.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** How a sitrep event record becomes a row of ACLED's CSV exports. */
class AcledRowsTest {
  static Map<String, @Nullable Object> event() {
    Map<String, @Nullable Object> e = new LinkedHashMap<>();
    e.put("event_id", "0123456789abcdef");
    e.put("doc_id", "doc-1");
    e.put("incident_id", null);
    e.put("event_date", "2023-11-05");
    e.put("date_earliest", "2023-11-05");
    e.put("date_latest", "2023-11-05");
    e.put("time_precision", 1);
    e.put("event_type", "Violence against civilians");
    e.put("sub_event_type", "Attack");
    e.put("actor1", "Islamic State (Iraq)");
    e.put("actor2", "Civilians (Iraq)");
    e.put("inter1", 2);
    e.put("inter2", 7);
    e.put("location", "Mosul");
    e.put("admin1", "Nineveh");
    e.put("country", "Iraq");
    e.put("country_code", "IQ");
    e.put("latitude", 36.34);
    e.put("longitude", 43.13);
    e.put("geo_precision", 1);
    e.put("fatalities", null);
    e.put("injuries", 4);
    e.put("factuality", "reported");
    e.put("historical", false);
    e.put("claim_source", "Iraqi police");
    e.put("language", "en");
    e.put("evidence", List.of(Map.of("sentence", 0, "start", 0, "end", 10,
        "text", "Gunmen  attacked\nvillagers near Mosul on Sunday")));
    e.put("confidence", 0.8);
    return e;
  }

  static Map<String, @Nullable Object> row(Map<String, @Nullable Object> e, boolean tagsInNotes) {
    AcledRows.Result r = new AcledRows(1_700_000_000L, tagsInNotes).row(e, "example.org");
    assertThat(r).isInstanceOf(AcledRows.Row.class);
    return ((AcledRows.Row) r).columns();
  }

  @Test
  void anAttackOnCiviliansIsPoliticalViolenceTargetingCivilians() {
    Map<String, @Nullable Object> r = row(event(), false);
    assertThat(r).containsEntry("event_date", "5-Nov-23").containsEntry("year", 2023)
        .containsEntry("iso", 368).containsEntry("iso3", "IRQ")
        .containsEntry("region", "Middle East")
        .containsEntry("event_id_cnty", "IRQ0123456789abcdef").containsEntry("interaction", 27)
        .containsEntry("disorder_type", "Political violence")
        .containsEntry("civilian_targeting", "Civilian targeting")
        .containsEntry("source", "Iraqi police; example.org")
        .containsEntry("timestamp", 1_700_000_000L);
    // ACLED codes an unreported toll as 0; the tags keep that it was not reported
    assertThat(r.get("fatalities")).isEqualTo(0);
    assertThat((String) r.get("tags")).contains("fatalities=not reported", "injuries=4",
        "factuality=reported", "doc_id=doc-1").doesNotContain("incident_id");
    assertThat(r.get("notes")).isEqualTo("On 5 November 2023, attack by Islamic State (Iraq) "
        + "against Civilians (Iraq) at Mosul (Nineveh, Iraq), according to Iraqi police: "
        + "\"Gunmen attacked villagers near Mosul on Sunday.\"");
  }

  @Test
  void withoutATagsColumnTheTagsCloseTheNotesInBrackets() {
    assertThat((String) row(event(), true).get("notes"))
        .endsWith("on Sunday.\" [sitrep_event_id=0123456789abcdef; doc_id=doc-1; "
            + "factuality=reported; fatalities=not reported; injuries=4; language=en; "
            + "confidence=0.8]");
  }

  @Test
  void interactionPutsTheSmallerCodeFirstAndALoneActorTimesTen() {
    assertThat(AcledRows.interaction(8, 3)).isEqualTo(38);
    assertThat(AcledRows.interaction(1, 1)).isEqualTo(11);
    assertThat(AcledRows.interaction(6, 0)).isEqualTo(60);
    assertThat(AcledRows.interaction(0, 0)).isNull();
  }

  @Test
  void disorderTypesFollowAcledsRules() {
    assertThat(AcledTables.disorderType("Battles", "Armed clash")).isEqualTo("Political violence");
    assertThat(AcledTables.disorderType("Protests", "Peaceful protest"))
        .isEqualTo("Demonstrations");
    assertThat(AcledTables.disorderType("Protests", "Excessive force against protesters"))
        .isEqualTo("Political violence; Demonstrations");
    assertThat(AcledTables.disorderType("Riots", "Violent demonstration"))
        .isEqualTo("Demonstrations");
    assertThat(AcledTables.disorderType("Riots", "Mob violence")).isEqualTo("Political violence");
    assertThat(AcledTables.disorderType("Strategic developments", "Arrests"))
        .isEqualTo("Strategic developments");
  }

  @Test
  void aRangeIsCodedOnItsFirstDayAndSaidSoInTheNotes() {
    Map<String, @Nullable Object> e = event();
    e.put("event_date", "2023-11-03/2023-11-05");
    e.put("date_earliest", "2023-11-03");
    e.put("date_latest", "2023-11-05");
    e.put("time_precision", 2);
    Map<String, @Nullable Object> r = row(e, false);
    assertThat(r).containsEntry("event_date", "3-Nov-23").containsEntry("time_precision", 2);
    assertThat((String) r.get("notes")).startsWith("Between 3 November 2023 and 5 November 2023, ");
    assertThat((String) r.get("tags")).contains("date=2023-11-03/2023-11-05");

    e.put("event_date", "2023-11");
    e.put("date_earliest", "2023-11-01");
    e.put("date_latest", "2023-11-30");
    e.put("time_precision", 3);
    assertThat((String) row(e, false).get("notes")).startsWith("In November 2023, ");
  }

  @Test
  void eventsWithoutAFullDateOrAPlaceAreNoRows() {
    AcledRows rows = new AcledRows(0, false);
    Map<String, @Nullable Object> noYear = event();
    noYear.put("event_date", "--11-05");
    noYear.put("date_earliest", "--11-05");
    noYear.put("date_latest", "--11-05");
    assertThat(rows.row(noYear, null)).isEqualTo(new AcledRows.Skipped("no full date"));
    Map<String, @Nullable Object> noPlace = event();
    noPlace.put("latitude", null);
    assertThat(rows.row(noPlace, null)).isEqualTo(new AcledRows.Skipped("no place"));
    Map<String, @Nullable Object> noDate = event();
    noDate.put("event_date", null);
    noDate.put("date_earliest", null);
    assertThat(rows.row(noDate, null)).isEqualTo(new AcledRows.Skipped("no full date"));
  }

  @Test
  void everyCountryOfTheGazetteerHasItsNumericCode() {
    assertThat(AcledTables.country("SY")).isEqualTo(
        new AcledTables.Country("SY", 760, "SYR", "Middle East"));
    assertThat(AcledTables.country("af").numeric()).isEqualTo(4);
    assertThat(AcledTables.country("XK").numeric()).isZero();
    assertThat(AcledTables.country("ZZ")).isNull();
    for (sitrep.model.resource.Tsv.Row c : sitrep.model.resource.Tsv.read(
        "sitrep/geo/world/countries.tsv")) {
      assertThat(AcledTables.country(c.get(0))).as(c.get(0)).isNotNull();
    }
  }
}
