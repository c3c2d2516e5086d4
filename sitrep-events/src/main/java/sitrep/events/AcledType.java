package sitrep.events;

/** ACLED event types and sub-event types, with their names exactly as ACLED writes them. */
public enum AcledType {
  ARMED_CLASH("Battles", "Armed clash"),
  GOVERNMENT_REGAINS_TERRITORY("Battles", "Government regains territory"),
  NON_STATE_OVERTAKES_TERRITORY("Battles", "Non-state actor overtakes territory"),
  CHEMICAL_WEAPON("Explosions/Remote violence", "Chemical weapon"),
  AIR_DRONE_STRIKE("Explosions/Remote violence", "Air/drone strike"),
  SUICIDE_BOMB("Explosions/Remote violence", "Suicide bomb"),
  SHELLING("Explosions/Remote violence", "Shelling/artillery/missile attack"),
  REMOTE_EXPLOSIVE("Explosions/Remote violence", "Remote explosive/landmine/IED"),
  GRENADE("Explosions/Remote violence", "Grenade"),
  SEXUAL_VIOLENCE("Violence against civilians", "Sexual violence"),
  ATTACK("Violence against civilians", "Attack"),
  ABDUCTION("Violence against civilians", "Abduction/forced disappearance"),
  PEACEFUL_PROTEST("Protests", "Peaceful protest"),
  PROTEST_WITH_INTERVENTION("Protests", "Protest with intervention"),
  EXCESSIVE_FORCE("Protests", "Excessive force against protesters"),
  VIOLENT_DEMONSTRATION("Riots", "Violent demonstration"),
  MOB_VIOLENCE("Riots", "Mob violence"),
  AGREEMENT("Strategic developments", "Agreement"),
  ARRESTS("Strategic developments", "Arrests"),
  CHANGE_TO_GROUP("Strategic developments", "Change to group/activity"),
  DISRUPTED_WEAPONS_USE("Strategic developments", "Disrupted weapons use"),
  BASE_ESTABLISHED("Strategic developments", "Headquarters or base established"),
  LOOTING("Strategic developments", "Looting/property destruction"),
  NON_VIOLENT_TRANSFER("Strategic developments", "Non-violent transfer of territory"),
  OTHER("Strategic developments", "Other");

  private final String eventType;
  private final String subEventType;

  AcledType(String eventType, String subEventType) {
    this.eventType = eventType;
    this.subEventType = subEventType;
  }

  public String eventType() {
    return eventType;
  }

  public String subEventType() {
    return subEventType;
  }

  /** The type with this ACLED sub-event name, or null. */
  public static @org.jspecify.annotations.Nullable AcledType bySubEventType(String name) {
    for (AcledType t : values()) {
      if (t.subEventType.equals(name)) {
        return t;
      }
    }
    return null;
  }
}
