package sitrep.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import sitrep.model.DateValue;
import sitrep.model.Factuality;
import sitrep.model.Place;
import sitrep.model.TriggerClass;
import sitrep.model.WeaponClass;
import sitrep.nlp.lexicon.Actor;

/** An event claim being assembled from the candidates that describe one occurrence. */
final class ClaimDraft {
  final List<Candidate> parts = new ArrayList<>();
  final TreeSet<Integer> sentences = new TreeSet<>();
  final EnumSet<TriggerClass> triggers = EnumSet.noneOf(TriggerClass.class);
  final EnumSet<WeaponClass> weapons = EnumSet.noneOf(WeaponClass.class);
  @Nullable Actor agent;
  @Nullable Actor patient;
  @Nullable Place place;
  @Nullable DateValue date;
  @Nullable Integer fatalities;
  @Nullable Integer injuries;
  boolean injuriesMentioned;
  Factuality factuality = Factuality.ASSERTED;
  Attribution.@Nullable Source source;
  final List<String> notes = new ArrayList<>();
  final List<String> deniers = new ArrayList<>();
  boolean namesBase;

  int lastSentence() {
    return sentences.isEmpty() ? -1 : sentences.last();
  }

  Coding.Modality modality() {
    return Coding.modality(triggers, weapons, agent);
  }
}
