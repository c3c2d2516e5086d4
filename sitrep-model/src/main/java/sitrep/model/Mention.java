package sitrep.model;

/**
 * Something a lexicon recognized in the cleaned text. Mentions are typed records, one per kind, so a
 * stage reads the fields it needs instead of looking keys up in a map.
 */
public sealed interface Mention
    permits ActorMention, DemonymMention, WeaponMention, TriggerMention, CueMention, NumberMention {
  Span span();

  String text();
}
