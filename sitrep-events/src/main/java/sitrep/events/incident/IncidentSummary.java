package sitrep.events.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import sitrep.model.Incident;

/**
 * The summary values of an incident, by a fixed rule over its claims. Claims that deny the event
 * give no values; only when all deny do they give the values.
 *
 * <ul>
 *   <li>type: the sub-event type most claims give; ties go to the earlier claim;
 *   <li>date: the most precise date (narrowest interval), ties to the most frequent value; the
 *       interval is the intersection of all claims' intervals when they overlap;
 *   <li>place: the most precise place (lowest geo_precision), ties to the most frequent name;
 *   <li>fatalities: ACLED's conservative choice, the lowest figure reported; the range is kept;
 *   <li>status: "contested" when claims deny and others report; "denied" when all deny; else the
 *       firmest factuality among the claims (asserted, reported, alleged, uncertain, hypothetical).
 * </ul>
 */
final class IncidentSummary {
  private static final List<String> FIRMNESS =
      List.of("asserted", "reported", "alleged", "uncertain", "hypothetical");

  private IncidentSummary() {}

  static Incident of(String id, List<LinkClaim> all) {
    List<LinkClaim> standing = all.stream().filter(c -> !c.denied()).toList();
    List<LinkClaim> basis = standing.isEmpty() ? all : standing;
    LinkClaim type = mostCommon(basis, LinkClaim::subEventType);
    LinkClaim date = basis.stream().filter(LinkClaim::dated)
        .min(Comparator.comparingLong((LinkClaim c) -> c.latest() - c.earliest())
            .thenComparing(c -> -count(basis, c.eventDate(), LinkClaim::eventDate)))
        .orElse(null);
    LinkClaim place = basis.stream().filter(c -> c.location() != null)
        .min(Comparator.comparingInt(LinkClaim::geoPrecision)
            .thenComparing(c -> -count(basis, c.location(), LinkClaim::location)))
        .orElse(null);
    String earliest = null;
    String latest = null;
    if (date != null) {
      long lo = Long.MIN_VALUE;
      long hi = Long.MAX_VALUE;
      for (LinkClaim c : basis) {
        if (c.dated()) {
          lo = Math.max(lo, c.earliest());
          hi = Math.min(hi, c.latest());
        }
      }
      if (lo > hi) {
        lo = date.earliest();
        hi = date.latest();
      }
      earliest = LocalDate.ofEpochDay(lo).toString();
      latest = LocalDate.ofEpochDay(hi).toString();
    }
    Set<Integer> figures = new TreeSet<>();
    for (LinkClaim c : basis) {
      if (c.fatalities() != null) {
        figures.add(c.fatalities());
      }
    }
    List<String> notes = new ArrayList<>();
    if (figures.size() > 1) {
      notes.add("fatalities reported: " + String.join(", ", figures.stream().map(String::valueOf)
          .toList()) + "; the lowest is coded");
    }
    int denying = all.size() - standing.size();
    String status;
    if (denying > 0 && !standing.isEmpty()) {
      status = "contested";
      Set<String> deniers = new LinkedHashSet<>();
      for (LinkClaim c : all) {
        if (c.denied()) {
          deniers.add(c.claimSource() == null ? c.docId() : c.claimSource());
        }
      }
      notes.add("denied by " + String.join(", ", deniers));
    } else if (denying > 0) {
      status = "denied";
    } else {
      status = basis.stream().map(LinkClaim::factuality)
          .min(Comparator.comparingInt(f -> FIRMNESS.indexOf(f) < 0 ? 99 : FIRMNESS.indexOf(f)))
          .orElse("asserted");
    }
    Set<String> docs = new LinkedHashSet<>();
    Set<String> languages = new TreeSet<>();
    List<String> events = new ArrayList<>();
    for (LinkClaim c : all) {
      docs.add(c.docId());
      events.add(c.eventId());
      if (c.language() != null) {
        languages.add(c.language());
      }
    }
    return new Incident(id, events, List.copyOf(docs), List.copyOf(languages), type.eventType(),
        type.subEventType(), date == null ? null : date.eventDate(), earliest, latest,
        place == null ? null : place.location(), place == null ? null : place.admin1(),
        place == null ? firstCountry(basis) : place.countryCode(),
        place == null || !place.located() ? null : place.latitude(),
        place == null || !place.located() ? null : place.longitude(),
        place == null ? null : place.geoPrecision(),
        figures.isEmpty() ? null : figures.iterator().next(),
        figures.isEmpty() ? null : figures.iterator().next(),
        figures.isEmpty() ? null : ((TreeSet<Integer>) figures).last(), status, notes);
  }

  private static @Nullable String firstCountry(List<LinkClaim> claims) {
    for (LinkClaim c : claims) {
      if (c.countryCode() != null) {
        return c.countryCode();
      }
    }
    return null;
  }

  private static LinkClaim mostCommon(List<LinkClaim> claims,
      java.util.function.Function<LinkClaim, String> key) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, LinkClaim> first = new LinkedHashMap<>();
    for (LinkClaim c : claims) {
      counts.merge(key.apply(c), 1, Integer::sum);
      first.putIfAbsent(key.apply(c), c);
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return first.get(best);
  }

  private static long count(List<LinkClaim> claims, @Nullable String value,
      java.util.function.Function<LinkClaim, @Nullable String> key) {
    return value == null ? 0 : claims.stream().filter(c -> value.equals(key.apply(c))).count();
  }
}
