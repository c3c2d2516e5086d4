package sitrep.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.events.learn.SubTypeModel;
import sitrep.model.ActorKind;
import sitrep.model.ActorRef;
import sitrep.model.CueType;
import sitrep.model.DateValue;
import sitrep.model.EventClaim;
import sitrep.model.Evidence;
import sitrep.model.Factuality;
import sitrep.model.Place;
import sitrep.model.Sentence;
import sitrep.model.TriggerClass;
import sitrep.geo.gazetteer.GeoPoint;
import sitrep.nlp.lexicon.Actor;
import sitrep.nlp.lexicon.Lexicon;

/**
 * Merges candidates into event claims, one per occurrence, and codes them.
 *
 * <p>The merge rules are those of a careful reader. A candidate that announces a new occurrence
 * ("weiterer Angriff", "another attack") starts a claim. A candidate without a date of its own
 * joins an earlier compatible claim when it points back to it (a definite noun: "die Überfälle",
 * "the attack") or directly follows it; among several compatible claims the one sharing place and
 * actor wins. A candidate with a date joins the claim of the sentence before when that claim has
 * no date yet ("Der US-Angriff fand am 27. Juni statt" after "nach ihren Angriffen"). A denial
 * with nothing new attaches to the claim it denies. Compatible means: no conflicting weapon
 * modality, overlapping dates, places within 50 km (or one of them a country containing the
 * other), and no two different named agents.
 *
 * <p>Sentences without triggers pass context on: a date, and the author of the action it dates, to
 * the next sentence ("Die Antwort des Widerstandes erfolgte am Tag darauf. [rockets …]"); a source
 * or a rumour, and casualty figures, to the claim of the sentence before.
 */
final class ClaimBuilder {
  private static final int MERGE_WINDOW = 25;
  private static final double SAME_PLACE_KM = 50;
  private static final int HISTORICAL_DAYS = 30;

  private final DocumentView view;
  private final List<ClaimDraft> drafts = new ArrayList<>();

  ClaimBuilder(DocumentView view, @Nullable SubTypeModel model) {
    this.view = view;
    this.model = model;
  }

  /** A classifier's sub-event type replaces the rules' only at this probability or more. */
  static final double MODEL_CONFIDENCE = 0.5;

  private final @Nullable SubTypeModel model;

  List<EventClaim> build(List<Candidate> candidates) {
    Candidate context = null;
    for (Candidate c : candidates) {
      if (!c.hasTriggers() || !c.isEvent()) {
        if (!c.hasTriggers()) {
          applyContext(c);
          context = c;
        }
        continue;
      }
      if (c.negated || (c.habitual && (c.date == null || c.date.precision() > 1))) {
        continue;
      }
      if (context != null && context.sentence == c.sentence - 1) {
        // the sentence that gave a date or actor becomes evidence too: provenance of every field
        if (c.date == null && context.date != null) {
          c.date = context.date;
          c.ownDate = true;
          c.contextSentence = context.sentence;
          if (c.places.isEmpty() && !context.places.isEmpty()) {
            c.places.addAll(context.places); // "Am Tag darauf näherte sich eine Drohne dem …"
          }
        }
        // an author passes on only from a sentence that dates an action ("Die Antwort des
        // Widerstandes erfolgte am Tag darauf."), not from any sentence that names an actor
        if (c.agent == null && context.agent != null && context.agent.isArmed()
            && context.date != null
            && (c.patient == null || !c.patient.id().equals(context.agent.id()))) {
          c.agent = context.agent;
          c.contextSentence = context.sentence;
        }
      }
      ClaimDraft target = target(c);
      if (target == null) {
        target = new ClaimDraft();
        drafts.add(target);
      }
      absorb(target, c);
    }
    List<EventClaim> out = new ArrayList<>();
    for (ClaimDraft d : drafts) {
      EventClaim e = finish(d);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  private @Nullable ClaimDraft target(Candidate c) {
    if (c.novel && !c.denial) {
      return null;
    }
    ClaimDraft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
    boolean adjacent = previous != null && c.sentence - previous.lastSentence() <= 1;
    if (c.denial && !c.ownDate && (c.bestPlace() == null || c.bestPlace().isCountry())
        && previous != null) {
      return best(c, c.sentence - 3);
    }
    if (c.ownDate) {
      if (adjacent && (previous.date == null || overlaps(previous.date, c.date))
          && compatible(previous, c)) {
        return previous;
      }
      return null;
    }
    if (c.definite || (adjacent && c.sentence != previous.lastSentence())) {
      ClaimDraft best = best(c, c.sentence - MERGE_WINDOW);
      if (best != null && (c.definite || best == previous)) {
        return best;
      }
    }
    return null;
  }

  /** The compatible claim with most in common, among those last seen after {@code fromSentence}. */
  private @Nullable ClaimDraft best(Candidate c, int fromSentence) {
    ClaimDraft best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = drafts.size() - 1; i >= 0; i--) {
      ClaimDraft d = drafts.get(i);
      if (d.lastSentence() < fromSentence || !compatible(d, c)) {
        continue;
      }
      double score = -0.1 * (c.sentence - d.lastSentence());
      Place p = c.bestPlace();
      if (p != null && d.place != null && samePlace(p, d.place)) {
        score += 3;
      }
      if (c.agent != null && d.agent != null && c.agent.id().equals(d.agent.id())) {
        score += 1;
      }
      if (Coding.modality(c.triggers, c.weaponClasses, c.agent) == d.modality()) {
        score += 1;
      }
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    return best;
  }

  private boolean compatible(ClaimDraft d, Candidate c) {
    if (!Coding.sameFamily(d.triggers, c.triggers)) {
      return false;
    }
    Coding.Modality cm = Coding.modality(c.triggers, c.weaponClasses, c.agent);
    boolean intercept = c.triggers.contains(TriggerClass.INTERCEPT)
        || d.triggers.contains(TriggerClass.INTERCEPT);
    if (!intercept && !Coding.compatible(d.modality(), cm)) {
      return false;
    }
    if (d.date != null && c.date != null && !overlaps(d.date, c.date)) {
      return false;
    }
    Place p = c.bestPlace();
    if (p != null && d.place != null && !samePlace(p, d.place)) {
      return false;
    }
    return c.agent == null || d.agent == null || c.agent.id().equals(d.agent.id())
        || c.agent.kind() == ActorKind.UNIDENTIFIED || d.agent.kind() == ActorKind.UNIDENTIFIED;
  }

  private static boolean samePlace(Place a, Place b) {
    if (a.isCountry() || b.isCountry()) {
      return a.countryCode() == null || b.countryCode() == null
          || a.countryCode().equals(b.countryCode());
    }
    if (a.latitude() != null && b.latitude() != null && a.longitude() != null
        && b.longitude() != null) {
      return GeoPoint.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= SAME_PLACE_KM
          || (a.admin1() != null && a.admin1().equals(b.admin1()) && !a.isInstallation()
              && !b.isInstallation());
    }
    return a.name().equalsIgnoreCase(b.name());
  }

  static boolean overlaps(@Nullable DateValue a, @Nullable DateValue b) {
    if (a == null || b == null) {
      return true;
    }
    return a.earliest().compareTo(b.latest()) <= 0 && b.earliest().compareTo(a.latest()) <= 0;
  }

  private void absorb(ClaimDraft d, Candidate c) {
    d.parts.add(c);
    d.sentences.add(c.sentence);
    if (c.contextSentence >= 0) {
      d.sentences.add(c.contextSentence);
    }
    d.triggers.addAll(c.triggers);
    d.weapons.addAll(c.weaponClasses);
    d.namesBase |= c.namesBase;
    if (!c.denial) {
      // a denial names who denies, not who acted; a named actor replaces a generic one
      if (d.agent == null || (c.agent != null && isGeneric(d.agent) && !isGeneric(c.agent))) {
        d.agent = c.agent;
      }
      Actor victim = c.victimOwner != null ? c.victimOwner : c.patient;
      if (d.patient == null || (victim != null && isGeneric(d.patient) && !isGeneric(victim))) {
        d.patient = victim;
      }
    }
    Place p = c.bestPlace();
    if (p != null && (d.place == null || Coding.placeRank(p) > Coding.placeRank(d.place)
        || (Coding.placeRank(p) == Coding.placeRank(d.place) && p.isInstallation()
            && d.place.latitude() != null && p.latitude() != null
            && GeoPoint.distanceKm(p.latitude(), p.longitude(), d.place.latitude(), d.place.longitude()) < 5))) {
      d.place = p;
    }
    if (c.date != null && (d.date == null || c.date.precision() < d.date.precision())) {
      d.date = c.date;
    }
    mergeCount(d, c.fatalities, true);
    mergeCount(d, c.injuries, false);
    d.injuriesMentioned |= c.injuriesMentioned;
    if (c.denial) {
      d.factuality = Factuality.DENIED;
      if (c.claim != null) {
        c.claim.deniers().forEach(a -> d.deniers.add(a.name()));
        if (d.source == null && c.claim.source() != null) {
          d.source = c.claim.source(); // the denier, who makes this claim
        }
      }
    } else {
      Attribution.Source src = c.claim == null ? null : c.claim.source();
      if (d.source == null && src != null) {
        d.source = src;
      }
      d.factuality = weaker(d.factuality, factuality(c, src, d));
    }
  }

  private static boolean isGeneric(Actor a) {
    return a.needsCountry();
  }

  private static void mergeCount(ClaimDraft d, @Nullable Integer value, boolean fatalities) {
    if (value == null) {
      return;
    }
    Integer current = fatalities ? d.fatalities : d.injuries;
    if (current != null && !current.equals(value)) {
      d.notes.add((fatalities ? "fatalities" : "injuries") + " reported as " + current + " and "
          + value + "; the lower figure is kept (ACLED's conservative rule)");
      value = Math.min(current, value);
    }
    if (fatalities) {
      d.fatalities = value;
    } else {
      d.injuries = value;
    }
  }

  private static Factuality factuality(Candidate c, Attribution.@Nullable Source src, ClaimDraft d) {
    if (c.hypothetical) {
      return Factuality.HYPOTHETICAL;
    }
    var cues = c.claim == null ? Set.<CueType>of() : c.claim.cues();
    if (cues.contains(CueType.ALLEGE) || (src != null && src.cue()
        == CueType.ALLEGE)) {
      return Factuality.ALLEGED;
    }
    if (c.rumour) {
      return Factuality.UNCERTAIN;
    }
    if (src != null) {
      boolean ownSide = src.actorId() != null && ((d.agent != null && src.actorId().equals(
          d.agent.id())) || (d.patient != null && src.actorId().equals(d.patient.id())));
      return src.isParty() && !ownSide ? Factuality.ALLEGED : Factuality.REPORTED;
    }
    if (cues.contains(CueType.REPORT)) {
      return Factuality.REPORTED;
    }
    return Factuality.ASSERTED;
  }

  /** Of two ways a claim is made, the less certain one. Denial is set apart, not ranked here. */
  private static Factuality weaker(Factuality a, Factuality b) {
    List<Factuality> order = List.of(Factuality.ASSERTED, Factuality.REPORTED,
        Factuality.UNCERTAIN, Factuality.ALLEGED, Factuality.HYPOTHETICAL, Factuality.DENIED);
    return order.indexOf(a) >= order.indexOf(b) ? a : b;
  }

  /** A sentence without triggers: casualties, a source or a rumour for the claim just before. */
  private void applyContext(Candidate c) {
    if (drafts.isEmpty()) {
      return;
    }
    ClaimDraft d = drafts.get(drafts.size() - 1);
    if (c.sentence - d.lastSentence() != 1) {
      return;
    }
    boolean used = false;
    if (c.fatalities != null || c.injuries != null) {
      mergeCount(d, c.fatalities, true);
      if (!(c.injuries != null && c.injuries == 0 && d.injuriesMentioned)) {
        mergeCount(d, c.injuries, false);
      }
      used = true;
    }
    Attribution.Source src = c.claim == null ? null : c.claim.source();
    boolean spokesperson = c.claim != null && c.claim.cues().contains(
        CueType.SPOKESPERSON);
    if (c.rumour || spokesperson) {
      if (d.source == null && src != null) {
        d.source = src;
      }
      if (c.rumour) {
        d.factuality = weaker(d.factuality, Factuality.UNCERTAIN);
      }
      used = true;
    }
    if (used) {
      d.sentences.add(c.sentence);
    }
  }

  private @Nullable EventClaim finish(ClaimDraft d) {
    AcledType type = Coding.code(d.triggers, d.weapons, d.agent, d.patient, d.namesBase);
    if (type == null || !anchored(d, view.doc.meta().published() != null)) {
      return null;
    }
    type = learned(d, type);
    Place place = d.place;
    boolean historical = historical(d);
    if (place == null && !historical) {
      place = focusPlace();
      if (place != null) {
        Sentence where = view.doc.sentenceAt(place.span().start());
        if (where != null) {
          d.sentences.add(where.index()); // the headline or lead the place was taken from
        }
      }
    }
    Actor agent = d.agent;
    Actor patient = d.patient;
    switch (type.eventType()) {
      case "Protests" -> {
        // ACLED: the crowd is actor1; who met it (police) actor2
        if (agent != null && agent.kind() == ActorKind.STATE_POLICE) {
          patient = agent;
        }
        agent = actorTable().get("protesters");
      }
      case "Riots" -> {
        if (agent == null || agent.kind() != ActorKind.RIOTERS) {
          // "protesters clashed with police": the crowd became rioters (actor1), the police
          // they met are actor2
          boolean crowd = patient != null && (patient.kind() == ActorKind.PROTESTERS
              || patient.kind() == ActorKind.RIOTERS);
          if ((patient == null || crowd) && agent != null && agent.isArmed()) {
            patient = agent;
          }
          agent = actorTable().get("rioters");
        }
      }
      default -> { }
    }
    if (type == AcledType.ARRESTS && agent == null) {
      agent = actorTable().get("police");
    }
    if (type == AcledType.ATTACK && patient == null) {
      patient = actorTable().get("civilians");
    }
    if (agent == null && d.factuality != Factuality.DENIED && needsUnknownPerpetrator(type)) {
      agent = actorTable().get("unidentified");
    }
    if (patient == null && place != null && place.holder() != null) {
      patient = actorTable().get(place.holder());
    }
    if (patient != null && agent != null && patient.id().equals(agent.id())) {
      patient = null;
    }
    if (type == AcledType.DISRUPTED_WEAPONS_USE) {
      // ACLED: actor1 is who disrupted (the target's air defence), actor2 who fired
      Actor interceptor = patient != null && (patient.kind() == ActorKind.STATE_MILITARY
          || patient.kind() == ActorKind.COALITION) ? patient
          : place != null && place.holder() != null ? actorTable().get(place.holder()) : null;
      Actor attacker = agent != null ? agent : actorTable().get("unidentified");
      agent = interceptor;
      patient = attacker != null && interceptor != null && attacker.id().equals(interceptor.id())
          ? null : attacker;
    }
    List<String> notes = new ArrayList<>(d.notes);
    if (!d.deniers.isEmpty()) {
      notes.add("denied by " + String.join(", ", d.deniers.stream().distinct().toList()));
    }
    // the sentence the claim was found in comes first, then the others in text order
    List<Evidence> evidence = new ArrayList<>();
    int primary = d.parts.get(0).sentence;
    evidence.add(view.evidence(primary));
    for (int si : d.sentences) {
      if (si != primary) {
        evidence.add(view.evidence(si));
      }
    }
    Candidate first = d.parts.get(0);
    String id = id(view.doc.id(), first.firstTrigger(), type.name());
    return new EventClaim(id, view.doc.id(), null, d.date, type.eventType(), type.subEventType(),
        ref(agent, place), ref(patient, place), null, null, place, d.fatalities, d.injuries,
        d.factuality, historical, d.source == null ? null : d.source.label(), view.language,
        evidence, confidence(d, type), notes);
  }

  private static Map<String, Actor> actorTable() {
    return Lexicon.actors();
  }

  /**
   * A claim must be anchored in time, space or its participants: a date, a place below country
   * level, or two actors. "who is actually fighting the IS" anchors nothing and is no event.
   */
  /**
   * Whether the claim is about a particular occurrence, not a generic statement ("rocket attacks
   * are a threat"): it has a date, a place below country level or two distinct actors. Without a
   * publication date relative dates cannot be placed, so a time expression or a verb that tells
   * what happened ("were arrested", "blew themselves up") is enough there.
   */
  /**
   * The classifier's sub-event type for the claim's sentences, when a model is loaded, names an
   * ACLED type, is confident and differs from the rules' (noted in the claim); else the rules'.
   */
  private AcledType learned(ClaimDraft d, AcledType rules) {
    if (model == null) {
      return rules;
    }
    StringBuilder text = new StringBuilder();
    for (int s : new java.util.TreeSet<>(d.sentences)) {
      text.append(view.evidence(s).text()).append(' ');
    }
    SubTypeModel.Prediction p = model.predict(text.toString());
    AcledType t = AcledType.bySubEventType(p.label());
    if (t == null || t == rules || p.probability() < MODEL_CONFIDENCE) {
      return rules;
    }
    d.notes.add(String.format(java.util.Locale.ROOT,
        "sub-event type by the trained classifier (p=%.2f); the rules said %s",
        p.probability(), rules.subEventType()));
    return t;
  }

  private static boolean anchored(ClaimDraft d, boolean dated) {
    boolean place = d.place != null && !d.place.isCountry();
    boolean actors = d.agent != null && d.patient != null && !d.agent.id().equals(d.patient.id());
    if (d.date != null || place || actors) {
      return true;
    }
    return !dated && d.parts.stream().anyMatch(c -> c.unplacedTime || c.realisVerb);
  }

  /** Rockets, bombs and ambushes have authors even when unnamed; unattributed air strikes do not. */
  private static boolean needsUnknownPerpetrator(AcledType type) {
    return switch (type) {
      case SHELLING, REMOTE_EXPLOSIVE, SUICIDE_BOMB, GRENADE, ARMED_CLASH, ATTACK, ABDUCTION,
          LOOTING -> true;
      default -> false;
    };
  }

  private static @Nullable ActorRef ref(@Nullable Actor a, @Nullable Place place) {
    if (a == null) {
      return null;
    }
    String eventCountry = place == null ? null : place.countryCode();
    Integer inter = a.inter() == 0 ? null : a.inter();
    if (inter != null && inter == 1 && a.countryCode() != null && eventCountry != null
        && !a.countryCode().equals(eventCountry)) {
      inter = 8; // state forces acting outside their country are external forces for ACLED
    }
    String code = a.countryCode() != null ? a.countryCode() : eventCountry;
    return new ActorRef(a.nameIn(place == null ? null : place.countryCode()), code, inter);
  }

  /**
   * Background, not news: the event ended more than 30 days before publication; without a
   * publication date, a month-or-vaguer date with a year in an article whose other events are
   * dated by the day.
   */
  private boolean historical(ClaimDraft d) {
    if (d.date == null) {
      return false;
    }
    LocalDate published = view.doc.meta().published();
    LocalDate latest = d.date.latestDay();
    if (published != null && latest != null) {
      return latest.isBefore(published.minusDays(HISTORICAL_DAYS));
    }
    if (published == null && d.date.precision() == 3 && latest != null) {
      for (ClaimDraft other : drafts) {
        if (other != d && other.date != null && other.date.precision() == 1) {
          LocalDate o = other.date.asDay();
          if (o == null || o.isAfter(latest.plusDays(HISTORICAL_DAYS))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The place an article is about, for claims that name none: the most specific place of the
   * first two sentences (title and lead), if any below country level.
   */
  private @Nullable Place focusPlace() {
    Place best = null;
    for (int i = 0; i < Math.min(2, view.sentences.size()); i++) {
      for (Place p : view.sentences.get(i).places) {
        if (!p.isCountry() && (best == null || Coding.placeRank(p) > Coding.placeRank(best))) {
          best = p;
        }
      }
    }
    if (best == null) {
      return null;
    }
    return new Place(best.span(), best.text(), best.name(), best.geonamesId(), best.latitude(),
        best.longitude(), best.countryCode(), best.country(), best.admin1(), best.feature(),
        best.site(), best.holder(), Math.max(2, best.geoPrecision()), "article focus", true);
  }

  /** An uncalibrated score: how much of the claim the text states rather than sitrep infers. */
  private static double confidence(ClaimDraft d, AcledType type) {
    double c = 0.4;
    c += d.date != null ? 0.15 : 0;
    c += d.place != null ? 0.15 : 0;
    c += d.agent != null ? 0.1 : 0;
    c += d.modality() != Coding.Modality.UNKNOWN || type == AcledType.OTHER ? 0.1 : 0;
    c += d.parts.size() > 1 ? 0.05 : 0;
    c -= d.factuality == Factuality.HYPOTHETICAL ? 0.3 : 0;
    return Math.max(0.05, Math.min(0.95, c));
  }

  static String id(String docId, int offset, String type) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h = md.digest((docId + "|" + offset + "|" + type).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
