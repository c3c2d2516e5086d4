package sitrep.model;

/** Coarse actor classes that event coding reasons with. */
public enum ActorKind {
  /** A state's military forces; may strike from the air. */
  STATE_MILITARY,
  /** Police and other state security forces. */
  STATE_POLICE,
  /** A government body or office that speaks for a state (ministry, Pentagon). */
  GOVERNMENT,
  /** Rebel and insurgent groups. */
  REBEL,
  /** Militias, political or identity based. */
  MILITIA,
  /** An armed group whose identity is not given ("the resistance", "gunmen"). */
  UNIDENTIFIED,
  /** A coalition of states. */
  COALITION,
  PROTESTERS,
  RIOTERS,
  CIVILIANS,
  /** Monitors, NGOs and media who report rather than act. */
  MONITOR,
  OTHER
}
