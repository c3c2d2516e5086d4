package sitrep.events.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.model.Document;
import sitrep.model.EventClaim;
import sitrep.model.Incident;
import sitrep.model.SchemaRecords;

/**
 * Links event claims from many documents into incidents, incrementally: each claim joins the
 * incident it shares most with (at least {@link LinkRules#THRESHOLD}) among those it is compatible
 * with as a whole, or founds a new one. Candidates come from an index by country and day, so a
 * claim is compared with the incidents of its own days only, never with everything.
 *
 * <p>Deterministic: {@link #addAll} orders claims by date, document and id first; an incident's
 * id is its founding claim's id, so it stays stable when later claims join. Not thread-safe.
 */
public final class IncidentLinker {
  /** Longest date interval indexed day by day; vaguer claims go to a per-month block. */
  private static final int MAX_DAYS = 14;
  /** Most recent groups a vague or undated claim is compared with in its block. */
  private static final int VAGUE_SCAN = 500;

  private static final class Group {
    final String id;
    final List<LinkClaim> claims = new ArrayList<>();
    final Set<String> docs = new LinkedHashSet<>();
    final Set<String> keys = new java.util.HashSet<>();

    Group(String id) {
      this.id = id;
    }
  }

  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Map<String, Group> byEvent = new HashMap<>();
  private final Map<String, List<Group>> blocks = new HashMap<>();

  /** Adds claims in a deterministic order; returns event id → incident id for them. */
  public Map<String, String> addAll(Collection<LinkClaim> claims) {
    List<LinkClaim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparingLong((LinkClaim c) -> c.dated() ? c.earliest() : Long.MAX_VALUE)
        .thenComparing(LinkClaim::docId).thenComparing(LinkClaim::eventId));
    Map<String, String> out = new LinkedHashMap<>();
    for (LinkClaim c : sorted) {
      out.put(c.eventId(), add(c));
    }
    return out;
  }

  /** Adds one claim; returns the id of the incident it joined or founded. Re-adding is a no-op. */
  public String add(LinkClaim c) {
    Group known = byEvent.get(c.eventId());
    if (known != null) {
      return known.id;
    }
    Group best = null;
    double bestScore = LinkRules.THRESHOLD;
    for (Group g : candidates(c)) {
      if (g.docs.contains(c.docId())) {
        continue;
      }
      double score = fit(g, c);
      if (score >= bestScore && (best == null || score > bestScore || g.id.compareTo(best.id) < 0)) {
        best = g;
        bestScore = score;
      }
    }
    if (best == null) {
      best = new Group(incidentId(c.eventId()));
      groups.put(best.id, best);
    }
    join(best, c);
    return best.id;
  }

  /**
   * Links the events of one analyzed document (its publication date stands in for missing event
   * dates) and returns the document with each event's incident id set.
   */
  public Document link(Document d) {
    if (d.events().isEmpty()) {
      return d;
    }
    List<EventClaim> linked = new ArrayList<>();
    for (EventClaim e : d.events()) {
      String id = add(LinkClaim.of(SchemaRecords.event(e), d.meta().published()));
      linked.add(e.withIncidentId(id));
    }
    return d.withIncidentIds(linked);
  }

  /**
   * Restores an incident as stored, with the id it has there, so that new claims can join it
   * ({@code ./sitrep ingest} run after run). Claims already linked elsewhere are left there.
   */
  public void restore(String incidentId, List<LinkClaim> claims) {
    Group g = groups.computeIfAbsent(incidentId, Group::new);
    for (LinkClaim c : claims) {
      if (!byEvent.containsKey(c.eventId())) {
        join(g, c);
      }
    }
  }

  /** The incident of an event claim, if it was added. */
  public @Nullable String incidentOf(String eventId) {
    Group g = byEvent.get(eventId);
    return g == null ? null : g.id;
  }

  public int size() {
    return groups.size();
  }

  /** Every incident with its summary, in founding order. */
  public List<Incident> incidents() {
    List<Incident> out = new ArrayList<>();
    for (Group g : groups.values()) {
      out.add(IncidentSummary.of(g.id, g.claims));
    }
    return out;
  }

  /** One incident's summary. */
  public @Nullable Incident incident(String id) {
    Group g = groups.get(id);
    return g == null ? null : IncidentSummary.of(g.id, g.claims);
  }

  /**
   * Why two claims are not linked directly: what rules the pair out, or their score below the
   * threshold; null when they would link. For evaluation reports and debugging.
   */
  public static @Nullable String explain(LinkClaim a, LinkClaim b) {
    String conflict = LinkRules.conflict(a, b);
    if (conflict != null) {
      return conflict;
    }
    double score = LinkRules.score(a, b);
    return score >= LinkRules.THRESHOLD ? null : String.format(java.util.Locale.ROOT,
        "score %.2f < %.1f", score, LinkRules.THRESHOLD);
  }

  /** The incident id of a founding claim. */
  public static String incidentId(String eventId) {
    return "inc-" + eventId;
  }

  /** Best score with any member, or −∞ when some member rules the claim out. */
  private static double fit(Group g, LinkClaim c) {
    double best = Double.NEGATIVE_INFINITY;
    for (LinkClaim m : g.claims) {
      if (!LinkRules.compatible(m, c)) {
        return Double.NEGATIVE_INFINITY;
      }
      best = Math.max(best, LinkRules.score(m, c));
    }
    return best;
  }

  private void join(Group g, LinkClaim c) {
    g.claims.add(c);
    g.docs.add(c.docId());
    byEvent.put(c.eventId(), g);
    for (String key : keys(c, true)) {
      if (g.keys.add(key)) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
      }
    }
  }

  private Collection<Group> candidates(LinkClaim c) {
    Set<Group> out = new LinkedHashSet<>();
    for (String key : keys(c, false)) {
      List<Group> list = blocks.get(key);
      if (list == null) {
        continue;
      }
      boolean wide = key.contains("|m") || key.contains("|undated");
      int from = wide ? Math.max(0, list.size() - VAGUE_SCAN) : 0;
      out.addAll(list.subList(from, list.size()));
    }
    return out;
  }

  /**
   * Index keys. A claim dated to {@link #MAX_DAYS} days or less is listed under each day of its
   * (slack-widened) interval, by country and under "?" for claims without a country, and under
   * its months ("m") for vaguer claims to find; it looks at its days and at the vague claims of
   * its months ("v"). A vaguer claim is listed under "v" and looks at "m" and "v". An undated
   * claim only meets other undated claims of its country.
   */
  private static List<String> keys(LinkClaim c, boolean register) {
    String country = c.countryCode() == null ? "?" : c.countryCode();
    List<String> keys = new ArrayList<>();
    if (!c.dated()) {
      keys.add(country + "|undated");
      return keys;
    }
    long from = c.earliest() - LinkRules.DATE_SLACK;
    long to = c.latest() + LinkRules.DATE_SLACK;
    boolean precise = to - from <= MAX_DAYS;
    if (precise) {
      for (long d = from; d <= to; d++) {
        keys.add(country + "|d" + d);
        if (register && c.countryCode() != null) {
          keys.add("?|d" + d);
        }
      }
    }
    LocalDate first = LocalDate.ofEpochDay(c.earliest()).withDayOfMonth(1);
    LocalDate last = LocalDate.ofEpochDay(c.latest());
    int months = 0;
    for (LocalDate m = first; !m.isAfter(last) && months < 24; m = m.plusMonths(1), months++) {
      String month = m.getYear() + "-" + m.getMonthValue();
      if (precise == register) {
        keys.add(country + "|m" + month); // precise claims list themselves, vague ones look
      }
      if (!(precise && register)) {
        keys.add(country + "|v" + month);
      }
    }
    return keys;
  }
}
