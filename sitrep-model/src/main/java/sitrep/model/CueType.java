package sitrep.model;

/** Kinds of cue words; see {@link CueMention}. */
public enum CueType {
  /** Reporting: "reported", "Berichte", "heißt es", "said". */
  REPORT,
  /** Attribution preposition: "according to", "laut", "zufolge". */
  ACCORDING_TO,
  /** Accusation: "accused", "werfen … vor", "claimed". */
  ALLEGE,
  /** Denial: "denied", "dementiert". */
  DENY,
  /** Rumour or unconfirmed: "Gerüchte", "unconfirmed". */
  RUMOUR,
  /** Habitual or generic: "regularly", "häufig", "täglich". */
  HABITUAL,
  /** Negation of the event: "no signs of", "kein". */
  NEGATION,
  /** Hypothetical or modal: "would show", "could", "könnte". */
  HYPOTHETICAL,
  /** Novelty: a new occurrence ("weiterer", "another", "erneut"). */
  NOVEL,
  /** A spokesperson ("Sprecher", "spokesman"). */
  SPOKESPERSON,
  /** A source description ("field source", "Quelle"). */
  SOURCE,
  /** No casualties: "ohne Verletzte", "no casualties". */
  NO_CASUALTIES,
  /** No injuries: "ohne Verletzten", "no injuries". */
  NO_INJURIES,
  /** Killed: a casualty word that counts deaths ("getötet", "killed", "dead"). */
  KILLED,
  /** Injured: a casualty word that counts the wounded ("verletzt", "wounded"). */
  INJURED,
  /** Reported speech or subjunctive mood ("would", "seien", "hätten"). */
  SUBJUNCTIVE
}
