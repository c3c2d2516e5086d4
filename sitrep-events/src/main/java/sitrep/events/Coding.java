package sitrep.events;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.model.ActorKind;
import sitrep.model.Place;
import sitrep.model.TriggerClass;
import sitrep.model.WeaponClass;
import sitrep.nlp.lexicon.Actor;

/**
 * The ACLED coding rules: how triggers, weapons and actors decide the event type and sub-type.
 * The rules follow ACLED's codebook order of precedence: a protest stays a protest (peaceful, with
 * intervention, violent, or met with excessive force); rioters hurting people are mob violence;
 * an interception is a disrupted weapons use whatever was intercepted; a weapon decides the
 * remote-violence sub-type; an unqualified "attack" becomes an air/drone strike when its author
 * fights from the air (US, Russian, Israeli, Turkish forces abroad), an attack on civilians (also
 * a killing with no armed opponent), or an armed clash between armed groups.
 */
final class Coding {
  private Coding() {}

  /** Triggers that describe force posture, not an event. */
  static final Set<TriggerClass> POSTURE = EnumSet.of(TriggerClass.REINFORCE, TriggerClass.EXPAND,
      TriggerClass.WITHDRAW, TriggerClass.PRESENT);

  /** Triggers of violent, remote or direct, attack. */
  static final Set<TriggerClass> ATTACKS = EnumSet.of(TriggerClass.ATTACK, TriggerClass.AIR_STRIKE,
      TriggerClass.DRONE_STRIKE, TriggerClass.SHELLING, TriggerClass.EXPLOSION, TriggerClass.IED,
      TriggerClass.SUICIDE_BOMBING, TriggerClass.CLASH, TriggerClass.KILL, TriggerClass.INTERCEPT);

  /** Triggers about a crowd: a protest, a riot, and how the police met it. */
  static final Set<TriggerClass> CROWD = EnumSet.of(TriggerClass.PROTEST, TriggerClass.RIOT,
      TriggerClass.INTERVENTION, TriggerClass.ARREST, TriggerClass.LOOTING);

  /** Whether two sets of triggers can describe one occurrence. */
  static boolean sameFamily(Set<TriggerClass> a, Set<TriggerClass> b) {
    boolean aAttack = a.stream().anyMatch(ATTACKS::contains);
    boolean bAttack = b.stream().anyMatch(ATTACKS::contains);
    boolean aCrowd = a.stream().anyMatch(t -> t == TriggerClass.PROTEST || t == TriggerClass.RIOT);
    boolean bCrowd = b.stream().anyMatch(t -> t == TriggerClass.PROTEST || t == TriggerClass.RIOT);
    if ((aCrowd && CROWD.containsAll(b)) || (bCrowd && CROWD.containsAll(a))) {
      return true; // "Police dispersed the protesters with tear gas" continues the protest
    }
    if (aAttack || bAttack) {
      return aAttack && bAttack;
    }
    return a.equals(b);
  }

  /** How violence was delivered, when the text says. */
  enum Modality { AIR, INDIRECT, EXPLOSIVE, SUICIDE, CHEMICAL, GRENADE, GROUND, UNKNOWN }

  static Modality modality(Set<TriggerClass> t, Set<WeaponClass> w, @Nullable Actor agent) {
    if (w.contains(WeaponClass.CHEMICAL)) {
      return Modality.CHEMICAL;
    }
    if (t.contains(TriggerClass.SUICIDE_BOMBING) || w.contains(WeaponClass.SUICIDE_BOMB)) {
      return Modality.SUICIDE;
    }
    if (t.contains(TriggerClass.IED) || w.contains(WeaponClass.EXPLOSIVE)) {
      return Modality.EXPLOSIVE;
    }
    if (t.contains(TriggerClass.AIR_STRIKE) || t.contains(TriggerClass.DRONE_STRIKE)
        || w.contains(WeaponClass.AIR)) {
      return Modality.AIR;
    }
    if (w.contains(WeaponClass.SMALL_ARMS) && !t.contains(TriggerClass.SHELLING)) {
      return Modality.GROUND; // small arms in the exchange make it a clash, heavier weapons or not
    }
    if (t.contains(TriggerClass.SHELLING) || w.contains(WeaponClass.INDIRECT_FIRE)) {
      return Modality.INDIRECT;
    }
    if (w.contains(WeaponClass.GRENADE)) {
      return Modality.GRENADE;
    }
    if (t.contains(TriggerClass.EXPLOSION) && !t.contains(TriggerClass.CLASH)) {
      return Modality.EXPLOSIVE; // "an explosion hit a market", no rocket, shell or aircraft named
    }
    if (t.contains(TriggerClass.CLASH)) {
      return Modality.GROUND;
    }
    if (agent != null && agent.airStrikes()
        && (t.contains(TriggerClass.ATTACK) || t.contains(TriggerClass.KILL))) {
      return Modality.AIR;
    }
    return Modality.UNKNOWN;
  }

  /** Two modalities can describe one occurrence: equal, or one of them unknown. */
  static boolean compatible(Modality a, Modality b) {
    return a == b || a == Modality.UNKNOWN || b == Modality.UNKNOWN;
  }

  /** The ACLED type of an occurrence, or null when it is posture only. */
  static @Nullable AcledType code(Set<TriggerClass> t, Set<WeaponClass> w, @Nullable Actor agent,
      @Nullable Actor patient, boolean namesBase) {
    boolean attack = false;
    for (TriggerClass c : t) {
      attack |= ATTACKS.contains(c);
    }
    boolean byState = agent != null && (agent.kind() == ActorKind.STATE_POLICE
        || agent.kind() == ActorKind.STATE_MILITARY);
    boolean crowd = agent != null && (agent.kind() == ActorKind.RIOTERS
        || agent.kind() == ActorKind.PROTESTERS);
    // crowds first: a protest that turns violent, or is broken up, is still a protest event;
    // police dispersing people means there was a gathering to disperse
    if (t.contains(TriggerClass.PROTEST) || (t.contains(TriggerClass.INTERVENTION) && !attack)) {
      if ((t.contains(TriggerClass.KILL) || attack) && byState
          && !(t.contains(TriggerClass.CLASH) && !t.contains(TriggerClass.KILL))) {
        return AcledType.EXCESSIVE_FORCE;
      }
      // demonstrators who clash with the police are a violent demonstration, whoever the text
      // names first; a protest against an attack is not
      if (t.contains(TriggerClass.RIOT) || t.contains(TriggerClass.LOOTING)
          || (t.contains(TriggerClass.CLASH) && !t.contains(TriggerClass.KILL))) {
        return AcledType.VIOLENT_DEMONSTRATION;
      }
      if (t.contains(TriggerClass.INTERVENTION) || t.contains(TriggerClass.ARREST)) {
        return AcledType.PROTEST_WITH_INTERVENTION;
      }
      return AcledType.PEACEFUL_PROTEST;
    }
    boolean crowdTarget = patient != null && (patient.kind() == ActorKind.RIOTERS
        || patient.kind() == ActorKind.PROTESTERS);
    boolean stateSide = byState || (patient != null && (patient.kind() == ActorKind.STATE_POLICE
        || patient.kind() == ActorKind.STATE_MILITARY));
    if (t.contains(TriggerClass.CLASH) && (crowd || crowdTarget) && !hasWeaponOfViolence(w)) {
      if (!stateSide) {
        return AcledType.MOB_VIOLENCE; // "two mobs clashed", "supporters of rival parties fought"
      }
      if (!t.contains(TriggerClass.KILL)) {
        return AcledType.VIOLENT_DEMONSTRATION; // "protesters clashed with police"
      }
    }
    if ((t.contains(TriggerClass.RIOT) || (crowd && (attack || t.contains(TriggerClass.LOOTING))))
        && !hasWeaponOfViolence(w)) {
      // rioters who hurt people are mob violence; rioters who damage or block, a violent demonstration
      boolean victims = t.contains(TriggerClass.KILL) || attack
          || (patient != null && patient.kind() == ActorKind.CIVILIANS);
      return victims ? AcledType.MOB_VIOLENCE : AcledType.VIOLENT_DEMONSTRATION;
    }
    if (t.contains(TriggerClass.ABDUCTION)) {
      return AcledType.ABDUCTION;
    }
    boolean remote = hasWeaponOfViolence(w) || t.contains(TriggerClass.AIR_STRIKE)
        || t.contains(TriggerClass.DRONE_STRIKE) || t.contains(TriggerClass.SHELLING)
        || t.contains(TriggerClass.IED);
    if (t.contains(TriggerClass.INTERCEPT) && attack && remote) {
      return AcledType.DISRUPTED_WEAPONS_USE; // a drone, rocket or bomb stopped, not a car
    }
    if (t.contains(TriggerClass.SEIZURE) && (!w.isEmpty() || attack)) {
      return AcledType.DISRUPTED_WEAPONS_USE; // arms seized or found, a bomb defused, a plot foiled
    }
    if (t.contains(TriggerClass.TERRITORY_TAKEN) && hasWeaponOfViolence(w)
        && !violentBeyondARaid(t)) {
      return AcledType.DISRUPTED_WEAPONS_USE; // "seized two pistols": weapons, not ground, taken
    }
    if (attack || !w.isEmpty() && hasWeaponOfViolence(w) && t.contains(TriggerClass.ATTACK)) {
      Modality m = modality(t, w, agent);
      switch (m) {
        case CHEMICAL: return AcledType.CHEMICAL_WEAPON;
        case SUICIDE: return AcledType.SUICIDE_BOMB;
        case EXPLOSIVE: return AcledType.REMOTE_EXPLOSIVE;
        case AIR: return AcledType.AIR_DRONE_STRIKE;
        case INDIRECT:
          // fire both ways is a battle, whatever the calibre ("exchanged artillery", "in both
          // directions of the frontline"); one-sided fire from afar is shelling
          return t.contains(TriggerClass.CLASH) ? AcledType.ARMED_CLASH : AcledType.SHELLING;
        case GRENADE: return AcledType.GRENADE;
        default: break;
      }
      if (t.equals(EnumSet.of(TriggerClass.EXPLOSION))) {
        return AcledType.REMOTE_EXPLOSIVE; // an explosion of unknown cause
      }
      boolean armedTarget = patient != null && patient.isArmed();
      if (!t.contains(TriggerClass.CLASH) && !armedTarget
          && (patient == null || patient.kind() == ActorKind.CIVILIANS)
          && (t.contains(TriggerClass.KILL) || patient != null)) {
        return AcledType.ATTACK; // a killing or an attack on unarmed people: violence against civilians
      }
      if (patient != null && patient.kind() == ActorKind.CIVILIANS) {
        return AcledType.ATTACK;
      }
      if (patient != null && patient.kind() == ActorKind.PROTESTERS) {
        return AcledType.EXCESSIVE_FORCE;
      }
      return AcledType.ARMED_CLASH;
    }
    if (t.contains(TriggerClass.TERRITORY_TAKEN)) {
      return agent != null && agent.kind() == ActorKind.STATE_MILITARY
          ? AcledType.GOVERNMENT_REGAINS_TERRITORY : AcledType.NON_STATE_OVERTAKES_TERRITORY;
    }
    if (t.contains(TriggerClass.BASE_ESTABLISHED) && namesBase) {
      return AcledType.BASE_ESTABLISHED;
    }
    if (t.contains(TriggerClass.LOOTING)) {
      return AcledType.LOOTING;
    }
    if (t.contains(TriggerClass.ARREST)) {
      return AcledType.ARRESTS;
    }
    if (t.contains(TriggerClass.SEIZURE)) {
      return AcledType.LOOTING; // property seized without weapons among it
    }
    if (t.contains(TriggerClass.AGREEMENT)) {
      return AcledType.AGREEMENT;
    }
    if (t.contains(TriggerClass.CHANGE_ACTIVITY)) {
      return AcledType.CHANGE_TO_GROUP;
    }
    if (t.contains(TriggerClass.MOVEMENT)) {
      return AcledType.OTHER;
    }
    return null;
  }

  /** Violence beyond a generic "attack" or "raid" (a police raid that finds weapons). */
  private static boolean violentBeyondARaid(Set<TriggerClass> t) {
    for (TriggerClass c : t) {
      if (ATTACKS.contains(c) && c != TriggerClass.ATTACK) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasWeaponOfViolence(Set<WeaponClass> w) {
    for (WeaponClass c : w) {
      if (c != WeaponClass.EQUIPMENT && c != WeaponClass.AIR_DEFENSE) {
        return true;
      }
    }
    return false;
  }

  /** How specific a place is: installations first, countries last. */
  static int placeRank(Place p) {
    if (p.isInstallation()) {
      return 6;
    }
    String f = p.feature();
    if (p.isCountry()) {
      return 0;
    }
    if (f.startsWith("ADM1")) {
      return 2;
    }
    if (f.startsWith("PPL") || f.startsWith("ADM2") || f.startsWith("ADM3")) {
      return p.relation() == null ? 5 : 4;
    }
    return p.relation() == null ? 3 : 2; // regions, borders, zones
  }
}
