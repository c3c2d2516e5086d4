package sitrep.model;

/** What a trigger word signals. The lexicons map words to these; event coding maps these to ACLED. */
public enum TriggerClass {
  /** A generic attack ("Angriff", "attack", "raid"): the sub-type comes from weapons and actors. */
  ATTACK,
  /** An air or drone strike ("Luftangriff", "airstrike", "bombed"). */
  AIR_STRIKE,
  /** A drone attack ("Drohnenangriff", "drone attack"). */
  DRONE_STRIKE,
  /** Shelling and rocket fire ("Beschuss", "shelled", "rocket attack"). */
  SHELLING,
  /** An explosion whose cause is not given ("Explosion", "blast"). */
  EXPLOSION,
  /** An IED or landmine attack. */
  IED,
  /** A suicide bombing. */
  SUICIDE_BOMBING,
  /** Armed clash, fighting, battle. */
  CLASH,
  /** Killing ("ermordeten", "killed"). */
  KILL,
  /** An interception or shoot-down ("schoss … ab", "intercepted"). */
  INTERCEPT,
  /** Troops moving or advancing. */
  MOVEMENT,
  /** Territory taken ("captured", "eingenommen"). */
  TERRITORY_TAKEN,
  /** A base, headquarters or checkpoint set up. */
  BASE_ESTABLISHED,
  /** Reinforcements sent or arriving. */
  REINFORCE,
  /** A presence expanded. */
  EXPAND,
  /** Forces withdrawn. */
  WITHDRAW,
  /** Forces stationed or located somewhere (standing posture). */
  PRESENT,
  /** A protest or demonstration. */
  PROTEST,
  /** Arrests. */
  ARREST,
  /** Abduction or kidnapping. */
  ABDUCTION,
  /** Looting, arson and destruction of property ("burned the house", "seized a vehicle"). */
  LOOTING,
  /** Rioting: a crowd using violence ("rioters", "threw stones", "burning tyres"). */
  RIOT,
  /** Intervention against a crowd ("dispersed", "tear gas", "water cannon"). */
  INTERVENTION,
  /** An agreement (ceasefire, peace deal, prisoner exchange). */
  AGREEMENT,
  /** A change to a group or its activity (defection, curfew, new rules, a group formed). */
  CHANGE_ACTIVITY,
  /** Weapons seized, confiscated, found in a cache or defused; an attack foiled. */
  SEIZURE
}
