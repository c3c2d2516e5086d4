package sitrep.app.output;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns sitrep event records into rows of ACLED's CSV exports: ACLED's columns, date format,
 * codes and conventions, with sitrep's own fields (factuality, incident, injuries, …) as ACLED-style
 * tags. An event without a full date or a place cannot be an ACLED row; {@link #row} says why.
 * The mapping decisions are explained in docs/DESIGN.md ("ACLED CSV export").
 */
public final class AcledRows {
  /** ACLED's date format, as its CSV exports show it: {@code 9-May-20}. */
  static final DateTimeFormatter ACLED_DATE =
      DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH);
  private static final DateTimeFormatter NOTE_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter NOTE_MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final int QUOTE_CHARS = 300;
  private static final int CIVILIANS = 7;

  /** A row, or the reason there is none. */
  public sealed interface Result {}

  /** The row: every column of every layout, by ACLED column name. */
  public record Row(Map<String, @Nullable Object> columns) implements Result {}

  /** Why the event is no ACLED row. */
  public record Skipped(String reason) implements Result {}

  private final long timestamp;
  private final boolean tagsInNotes;

  /**
   * @param timestamp the export time in epoch seconds (ACLED's {@code timestamp}: when the row was
   *     last changed)
   * @param tagsInNotes append the tags to the notes as {@code [key=value; …]}, for layouts without
   *     a tags column (as ACLED itself did before it had one)
   */
  public AcledRows(long timestamp, boolean tagsInNotes) {
    this.timestamp = timestamp;
    this.tagsInNotes = tagsInNotes;
  }

  /**
   * The ACLED row of an event record.
   *
   * @param publication the document's publication (site) name, or null for none known
   */
  public Result row(Map<String, @Nullable Object> e, @Nullable String publication) {
    LocalDate day = day(e);
    if (day == null) {
      return new Skipped("no full date");
    }
    Double lat = number(e.get("latitude"));
    Double lon = number(e.get("longitude"));
    AcledTables.Country country = AcledTables.country(string(e.get("country_code")));
    if (lat == null || lon == null || country == null) {
      return new Skipped("no place");
    }
    String eventId = Objects.requireNonNull(string(e.get("event_id")));
    int inter1 = code(e.get("inter1"));
    int inter2 = code(e.get("inter2"));
    Integer fatalities = integer(e.get("fatalities"));
    String tags = tags(e);
    String notes = notes(e, day);
    Map<String, @Nullable Object> r = new LinkedHashMap<>();
    r.put("data_id", null);
    r.put("iso", country.numeric());
    r.put("event_id_cnty", country.alpha3() + eventId);
    r.put("event_id_no_cnty", eventId);
    r.put("event_date", ACLED_DATE.format(day));
    r.put("year", day.getYear());
    r.put("time_precision", e.get("time_precision"));
    r.put("disorder_type", AcledTables.disorderType(string(e.get("event_type")),
        string(e.get("sub_event_type"))));
    r.put("event_type", e.get("event_type"));
    r.put("sub_event_type", e.get("sub_event_type"));
    r.put("actor1", e.get("actor1"));
    r.put("assoc_actor_1", e.get("assoc_actor_1"));
    r.put("inter1", inter1);
    r.put("actor2", e.get("actor2"));
    r.put("assoc_actor_2", e.get("assoc_actor_2"));
    r.put("inter2", inter2);
    r.put("interaction", interaction(inter1, inter2));
    r.put("civilian_targeting", inter2 == CIVILIANS ? "Civilian targeting" : null);
    r.put("region", country.region());
    r.put("country", e.get("country"));
    r.put("admin1", e.get("admin1"));
    r.put("admin2", null);
    r.put("admin3", null);
    r.put("location", e.get("location"));
    r.put("latitude", lat);
    r.put("longitude", lon);
    r.put("geo_precision", e.get("geo_precision"));
    r.put("source", source(string(e.get("claim_source")), publication,
        string(e.get("doc_id"))));
    r.put("source_scale", null);
    r.put("notes", tagsInNotes && !tags.isEmpty() ? notes + " [" + tags + "]" : notes);
    // ACLED codes "no report" as 0; the tags keep sitrep's distinction
    r.put("fatalities", fatalities == null ? 0 : fatalities);
    r.put("tags", tags.isEmpty() ? null : tags);
    r.put("timestamp", timestamp);
    r.put("iso3", country.alpha3());
    return new Row(r);
  }

  /**
   * ACLED's interaction code: the two actors' inter codes, the smaller first ({@code 13}); an
   * event with one actor has that actor's code and 0 ({@code 60}: protesters alone).
   */
  static @Nullable Integer interaction(int inter1, int inter2) {
    if (inter1 == 0 && inter2 == 0) {
      return null;
    }
    if (inter1 == 0 || inter2 == 0) {
      return Math.max(inter1, inter2) * 10;
    }
    return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
  }

  /** The day of the row: the date when it is one day, else the first day it can be. */
  static @Nullable LocalDate day(Map<String, @Nullable Object> e) {
    LocalDate d = fullDate(string(e.get("event_date")));
    return d != null ? d : fullDate(string(e.get("date_earliest")));
  }

  private static @Nullable LocalDate fullDate(@Nullable String s) {
    if (s == null || s.length() != 10 || s.startsWith("--")) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException ex) {
      return null;
    }
  }

  /** Who says so, then where it was read: ACLED lists its sources separated by "; ". */
  private static String source(@Nullable String claimSource, @Nullable String publication,
      @Nullable String docId) {
    List<String> parts = new ArrayList<>();
    if (claimSource != null && !claimSource.isBlank()) {
      parts.add(claimSource);
    }
    String doc = publication != null && !publication.isBlank() ? publication : docId;
    if (doc != null && !parts.contains(doc)) {
      parts.add(doc);
    }
    return String.join("; ", parts);
  }

  /**
   * One sentence in ACLED's manner ("On 5 November 2023, …") saying who did what to whom where,
   * and who says so, followed by the sentence it was read from, quoted in the document's language.
   */
  static String notes(Map<String, @Nullable Object> e, LocalDate day) {
    StringBuilder sb = new StringBuilder(when(e, day)).append(", ");
    String sub = string(e.get("sub_event_type"));
    String what = sub == null ? "event" : Character.toLowerCase(sub.charAt(0)) + sub.substring(1);
    String actor1 = string(e.get("actor1"));
    String actor2 = string(e.get("actor2"));
    sb.append(what).append(" by ").append(actor1 == null ? "an unidentified actor" : actor1);
    if (actor2 != null) {
      sb.append(" against ").append(actor2);
    }
    String location = string(e.get("location"));
    if (location != null) {
      sb.append(" at ").append(location);
      List<String> around = new ArrayList<>();
      for (String f : List.of("admin1", "country")) {
        String v = string(e.get(f));
        if (v != null && !v.equals(location) && !around.contains(v)) {
          around.add(v);
        }
      }
      if (!around.isEmpty()) {
        sb.append(" (").append(String.join(", ", around)).append(')');
      }
    }
    String claimSource = string(e.get("claim_source"));
    if (claimSource != null) {
      sb.append(", according to ").append(claimSource);
    }
    String quote = firstEvidence(e.get("evidence"));
    if (quote == null) {
      return sb.append('.').toString();
    }
    sb.append(": \"").append(quote);
    // the quoted sentence ends the note; a full stop after its closing quote would be a second one
    if (!quote.matches(".*[.!?…]$")) {
      sb.append('.');
    }
    return sb.append('"').toString();
  }

  private static String when(Map<String, @Nullable Object> e, LocalDate day) {
    String value = string(e.get("event_date"));
    LocalDate earliest = fullDate(string(e.get("date_earliest")));
    LocalDate latest = fullDate(string(e.get("date_latest")));
    Object precision = e.get("time_precision");
    if (value != null && value.matches("\\d{4}-\\d{2}")) {
      return "In " + NOTE_MONTH.format(day);
    }
    if (earliest != null && latest != null && !earliest.equals(latest)) {
      return "Between " + NOTE_DATE.format(earliest) + " and " + NOTE_DATE.format(latest);
    }
    return (precision instanceof Number n && n.intValue() > 1 ? "Around " : "On ")
        + NOTE_DATE.format(day);
  }

  private static @Nullable String firstEvidence(@Nullable Object evidence) {
    if (!(evidence instanceof List<?> list) || list.isEmpty()
        || !(list.get(0) instanceof Map<?, ?> first) || !(first.get("text") instanceof String t)) {
      return null;
    }
    String s = t.replaceAll("\\s+", " ").strip().replace('"', '\'');
    return s.length() <= QUOTE_CHARS ? s : s.substring(0, QUOTE_CHARS - 1) + "…";
  }

  /**
   * sitrep's fields that ACLED has no column for, as ACLED-style tags ({@code key=value; …}):
   * only what adds something, so a plain asserted event from one report has few.
   */
  static String tags(Map<String, @Nullable Object> e) {
    List<String> tags = new ArrayList<>();
    tags.add("sitrep_event_id=" + e.get("event_id"));
    add(tags, "incident_id", e.get("incident_id"));
    add(tags, "doc_id", e.get("doc_id"));
    add(tags, "factuality", e.get("factuality"));
    if (e.get("fatalities") == null) {
      tags.add("fatalities=not reported");
    }
    add(tags, "injuries", e.get("injuries"));
    String value = string(e.get("event_date"));
    if (value != null && fullDate(value) == null) {
      tags.add("date=" + value);
    }
    add(tags, "site", e.get("site"));
    if (Boolean.TRUE.equals(e.get("historical"))) {
      tags.add("historical");
    }
    add(tags, "language", e.get("language"));
    add(tags, "confidence", e.get("confidence"));
    return String.join("; ", tags);
  }

  private static void add(List<String> tags, String key, @Nullable Object v) {
    if (v != null && !(v instanceof String s && s.isBlank())) {
      tags.add(key + "=" + v.toString().replace(';', ','));
    }
  }

  private static int code(@Nullable Object v) {
    return v instanceof Number n ? n.intValue() : 0;
  }

  private static @Nullable Integer integer(@Nullable Object v) {
    return v instanceof Number n ? n.intValue() : null;
  }

  private static @Nullable Double number(@Nullable Object v) {
    return v instanceof Number n ? n.doubleValue() : null;
  }

  private static @Nullable String string(@Nullable Object v) {
    return v == null ? null : v.toString();
  }
}
