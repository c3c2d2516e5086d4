package sitrep.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.model.DateValue;
import sitrep.model.Place;
import sitrep.model.Span;
import sitrep.model.TriggerClass;
import sitrep.model.TriggerMention;
import sitrep.model.WeaponClass;
import sitrep.model.WeaponMention;
import sitrep.nlp.lexicon.Actor;

/**
 * What one clause says about one occurrence, before occurrences are merged into claims. A clause
 * without triggers can still carry context for its neighbours: a date, an actor, a source or a
 * casualty count ("Die Antwort des Widerstandes erfolgte am Tag darauf.").
 */
final class Candidate {
  final int sentence;
  final Span clause;
  final Span sentenceSpan;
  final List<TriggerMention> triggerMentions = new ArrayList<>();
  final EnumSet<TriggerClass> triggers = EnumSet.noneOf(TriggerClass.class);
  final List<WeaponMention> weapons = new ArrayList<>();
  final EnumSet<WeaponClass> weaponClasses = EnumSet.noneOf(WeaponClass.class);
  @Nullable Actor agent;
  @Nullable Actor patient;
  @Nullable Actor victimOwner;
  final List<Place> places = new ArrayList<>();
  @Nullable DateValue date;
  boolean ownDate;
  /** The sentence names a specific time the calendar cannot place (no publication date). */
  boolean unplacedTime;
  /** The clause tells something as having happened (simple past, perfect, passive). */
  boolean realisVerb;
  Attribution.@Nullable SentenceClaim claim;
  boolean definite;
  boolean novel;
  boolean negated;
  boolean habitual;
  boolean hypothetical;
  boolean rumour;
  boolean denial;
  @Nullable Integer fatalities;
  @Nullable Integer injuries;
  boolean injuriesMentioned;
  final Set<String> equipment = new LinkedHashSet<>();
  @Nullable Long quantity;
  boolean namesBase;
  /** A sentence before this one whose date or actor this candidate took, or -1. */
  int contextSentence = -1;

  Candidate(int sentence, Span clause, Span sentenceSpan) {
    this.sentence = sentence;
    this.clause = clause;
    this.sentenceSpan = sentenceSpan;
  }

  boolean hasTriggers() {
    return !triggers.isEmpty();
  }

  boolean isEvent() {
    for (TriggerClass t : triggers) {
      if (!Coding.POSTURE.contains(t)) {
        return true;
      }
    }
    return triggers.contains(TriggerClass.BASE_ESTABLISHED) && namesBase;
  }

  /** Posture unless the clause is about an attack ("US-Konvois … IED-Attacken ausgesetzt"). */
  boolean isPosture() {
    for (TriggerClass t : triggers) {
      if (Coding.ATTACKS.contains(t)) {
        return false;
      }
    }
    for (TriggerClass t : triggers) {
      if (Coding.POSTURE.contains(t) || t == TriggerClass.BASE_ESTABLISHED) {
        return true;
      }
    }
    return false;
  }

  int firstTrigger() {
    return triggerMentions.isEmpty() ? clause.start() : triggerMentions.get(0).span().start();
  }

  /** The most specific literal place of the clause, or null. */
  @Nullable Place bestPlace() {
    Place best = null;
    for (Place p : places) {
      if (best == null || Coding.placeRank(p) > Coding.placeRank(best)) {
        best = p;
      }
    }
    return best;
  }
}
