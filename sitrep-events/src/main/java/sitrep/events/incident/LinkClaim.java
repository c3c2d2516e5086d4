package sitrep.events.incident;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What incident linking needs to know of one event claim, read from its output record (the
 * SCHEMA.md event record), so claims from this run and claims from the store link alike.
 * Dates are epoch days; a date without year or without bounds is unknown.
 */
public record LinkClaim(
    String eventId,
    String docId,
    String eventType,
    String subEventType,
    long earliest,
    long latest,
    int timePrecision,
    @Nullable String eventDate,
    @Nullable String location,
    @Nullable String admin1,
    @Nullable String countryCode,
    double latitude,
    double longitude,
    int geoPrecision,
    @Nullable String actor1,
    @Nullable String actor2,
    @Nullable Integer fatalities,
    String factuality,
    @Nullable String language,
    @Nullable String claimSource,
    boolean historical) {

  /** Marks an unknown date in {@link #earliest} and {@link #latest}. */
  public static final long NO_DATE = Long.MIN_VALUE;

  /** Days before publication an undated claim is taken to lie in. */
  static final int RECENT_DAYS = 7;

  public boolean dated() {
    return earliest != NO_DATE;
  }

  public boolean located() {
    return !Double.isNaN(latitude);
  }

  public boolean denied() {
    return factuality.equals("denied");
  }

  /** Reads an event record; fields that are missing or malformed count as unknown. */
  public static LinkClaim of(Map<String, ?> r) {
    return of(r, null);
  }

  /**
   * Reads an event record of a document published on {@code published}: a claim the text gave
   * no date is taken to lie in the week before publication (news tells recent events), with
   * time precision 3, so it can still meet the same event told with a date.
   */
  public static LinkClaim of(Map<String, ?> r, @Nullable LocalDate published) {
    long e = day(r.get("date_earliest"));
    long l = day(r.get("date_latest"));
    Integer tp = integer(r.get("time_precision"));
    if (e == NO_DATE || l == NO_DATE || l < e) {
      e = NO_DATE;
      l = NO_DATE;
      if (published != null && !Boolean.TRUE.equals(r.get("historical"))) {
        e = published.toEpochDay() - RECENT_DAYS;
        l = published.toEpochDay();
        tp = 3;
      }
    }
    Integer geo = integer(r.get("geo_precision"));
    Double lat = number(r.get("latitude"));
    Double lon = number(r.get("longitude"));
    boolean located = lat != null && lon != null;
    return new LinkClaim(text(r, "event_id", ""), text(r, "doc_id", ""),
        text(r, "event_type", ""), text(r, "sub_event_type", ""), e, l, tp == null ? 3 : tp,
        text(r, "event_date", null), text(r, "location", null), text(r, "admin1", null),
        upper(text(r, "country_code", null)), located ? lat : Double.NaN,
        located ? lon : Double.NaN, geo == null ? 3 : geo, text(r, "actor1", null),
        text(r, "actor2", null), integer(r.get("fatalities")),
        text(r, "factuality", "asserted"), text(r, "language", null),
        text(r, "claim_source", null), Boolean.TRUE.equals(r.get("historical")));
  }

  private static @Nullable String upper(@Nullable String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  private static String text(Map<String, ?> r, String key, @Nullable String fallback) {
    Object v = r.get(key);
    return v == null || v.toString().isBlank() ? fallback : v.toString();
  }

  private static long day(@Nullable Object v) {
    if (v == null) {
      return NO_DATE;
    }
    try {
      return LocalDate.parse(v.toString()).toEpochDay();
    } catch (DateTimeParseException e) {
      return NO_DATE; // "--06-28": a day without its year cannot be compared across documents
    }
  }

  private static @Nullable Integer integer(@Nullable Object v) {
    if (v instanceof Number n) {
      return n.intValue();
    }
    try {
      return v == null ? null : Integer.valueOf(v.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable Double number(@Nullable Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return v == null ? null : Double.valueOf(v.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
