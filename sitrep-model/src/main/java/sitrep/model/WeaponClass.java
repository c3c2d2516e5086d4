package sitrep.model;

/** Weapon classes that decide ACLED sub-event types. */
public enum WeaponClass {
  /** Rockets, missiles, mortars, artillery: shelling/artillery/missile attack. */
  INDIRECT_FIRE,
  /** Aircraft, air strikes, drones: air/drone strike. */
  AIR,
  /** IEDs, landmines, car bombs: remote explosive/landmine/IED. */
  EXPLOSIVE,
  /** A person-borne or vehicle suicide bomb. */
  SUICIDE_BOMB,
  /** Grenades thrown by hand. */
  GRENADE,
  /** Chemical weapons. */
  CHEMICAL,
  /** Air defence systems that intercept (C-RAM, Patriot). */
  AIR_DEFENSE,
  /** Small arms. */
  SMALL_ARMS,
  /** Tanks, armored vehicles, trucks, supplies: equipment moved, not fired. */
  EQUIPMENT
}
