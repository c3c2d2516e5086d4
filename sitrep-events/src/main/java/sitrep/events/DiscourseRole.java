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
  SPEAKER_PRONOUN
}
