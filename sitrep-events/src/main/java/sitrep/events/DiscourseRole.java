package sitrep.events;

/** Grammatical roles of words the event stage reasons with; see {@code <lang>/discourse.tsv}. */
enum DiscourseRole {
  CLAUSE_BREAK,
  AGENT_PREP,
  PATIENT_PREP,
  GENITIVE,
  DEFINITE,
  INDEFINITE,
  SUPPORTER,
  INSTALLATION_NOUN,
  OWN_PEOPLE,
  SPEAKER_PRONOUN,
  /** A form of "have"/"be" that, before a verb, makes a perfect or passive: something happened. */
  PAST_AUX,
  /** An ending of inflected verb forms that are not past (English "-ing", "-s"); not a word. */
  NON_PAST_ENDING
}
