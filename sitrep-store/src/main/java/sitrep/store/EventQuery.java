package sitrep.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.model.Factuality;

/**
 * Which events {@link Store#queryEvents} returns, one page at a time: the filters of
 * {@code GET /api/events} (SCHEMA.md). Null or blank filters match everything; filters given
 * together must all match.
 *
 * <p>The constructor validates: an {@link IllegalArgumentException} message starts with the name
 * of the HTTP parameter at fault ({@code "bbox: …"}), so the REST layer can answer 400 with it.
 *
 * @param from events that may have happened on this day or later: the interval the event date
 *     allows ({@code date_earliest}…{@code date_latest}) overlaps [from, to], so {@code 2021-06}
 *     matches {@code from=2021-06-15}; events without a full date (year unknown) never match a
 *     date filter
 * @param to events that may have happened on this day or earlier
 * @param bbox events whose coordinates lie in the box; events without coordinates never match
 * @param country a country name or ISO 3166-1 alpha-2 code, either case
 * @param eventType an ACLED event type ({@code type}), either case
 * @param subEventType an ACLED sub-event type ({@code sub_type}), either case
 * @param actor part of the name of actor1, actor2 or an associated actor, either case
 * @param factuality one of the factuality labels of SCHEMA.md ({@code reported}, …)
 * @param q words to find, as typed, in the location, region, country, site, actors, claim source,
 *     notes or evidence text, either case
 * @param limit events per page, 1 to {@value #MAX_LIMIT}; {@value #DEFAULT_LIMIT} unless given
 * @param cursor the {@link EventPage#next()} of the page before, null for the first page
 */
public record EventQuery(
    @Nullable LocalDate from, @Nullable LocalDate to, @Nullable BoundingBox bbox,
    @Nullable String country, @Nullable String eventType, @Nullable String subEventType,
    @Nullable String actor, @Nullable String factuality, @Nullable String q, int limit,
    @Nullable String cursor) {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;
  /** Longer filter texts are mistakes or abuse; none of the fields is that long. */
  static final int MAX_TEXT = 200;

  private static final List<String> FACTUALITIES =
      Arrays.stream(Factuality.values()).map(Factuality::label).toList();

  public EventQuery {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from: " + from + " is after to " + to);
    }
    country = text("country", country);
    eventType = text("type", eventType);
    subEventType = text("sub_type", subEventType);
    actor = text("actor", actor);
    q = text("q", q);
    factuality = text("factuality", factuality);
    if (factuality != null) {
      factuality = factuality.toLowerCase(Locale.ROOT);
      if (!FACTUALITIES.contains(factuality)) {
        throw new IllegalArgumentException("factuality: " + quoted(factuality)
            + " is none of " + String.join(", ", FACTUALITIES));
      }
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit: must be from 1 to " + MAX_LIMIT + ", got " + limit);
    }
    cursor = cursor == null || cursor.isBlank() ? null : cursor.strip();
    EventCursor.decode(cursor);
  }

  /** Every event, the first {@value #DEFAULT_LIMIT}. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, null, null, null, DEFAULT_LIMIT,
        null);
  }

  /**
   * Reads the query parameters of {@code GET /api/events}: {@code from}, {@code to}
   * ({@code YYYY-MM-DD}), {@code bbox} ({@code w,s,e,n}), {@code country}, {@code type},
   * {@code sub_type}, {@code actor}, {@code factuality}, {@code q}, {@code limit}, {@code cursor}.
   * Absent or empty parameters are no filter; other keys are not looked at.
   *
   * @throws IllegalArgumentException naming the parameter at fault
   */
  public static EventQuery fromParameters(Map<String, String> parameters) {
    String limit = given(parameters, "limit");
    String bbox = given(parameters, "bbox");
    return new EventQuery(date(parameters, "from"), date(parameters, "to"),
        bbox == null ? null : BoundingBox.parse(bbox), given(parameters, "country"),
        given(parameters, "type"), given(parameters, "sub_type"), given(parameters, "actor"),
        given(parameters, "factuality"), given(parameters, "q"),
        limit == null ? DEFAULT_LIMIT : limit(limit), given(parameters, "cursor"));
  }

  /** The same filters from the page after the one {@code cursor} ended. */
  public EventQuery withCursor(@Nullable String cursor) {
    return new EventQuery(from, to, bbox, country, eventType, subEventType, actor, factuality, q,
        limit, cursor);
  }

  /** The same filters with pages of {@code limit} events. */
  public EventQuery withLimit(int limit) {
    return new EventQuery(from, to, bbox, country, eventType, subEventType, actor, factuality, q,
        limit, cursor);
  }

  private static @Nullable String given(Map<String, String> parameters, String name) {
    String v = parameters.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static @Nullable LocalDate date(Map<String, String> parameters, String name) {
    String v = given(parameters, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + ": " + quoted(v) + " is not a date; expected YYYY-MM-DD");
    }
  }

  private static int limit(String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "limit: " + quoted(v) + " is not a whole number from 1 to " + MAX_LIMIT);
    }
  }

  private static @Nullable String text(String name, @Nullable String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    String s = v.strip();
    if (s.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          name + ": at most " + MAX_TEXT + " characters, got " + s.length());
    }
    return s;
  }

  /** A user's value in a message: quoted, and cut short so a huge value cannot flood logs. */
  static String quoted(String v) {
    return "\"" + (v.length() > 60 ? v.substring(0, 60) + "…" : v) + "\"";
  }
}
