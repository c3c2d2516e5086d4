package sitrep.geo.gazetteer;

/** What a gazetteer entry is. */
public enum EntryKind {
  COUNTRY,
  /** A first-level division: governorate, province, state. */
  ADMIN1,
  /** A populated place (GeoNames feature class P). */
  PLACE,
  /** A curated installation: air base, oil field, border crossing… */
  INSTALLATION,
  /** A named region that is not an administrative division, such as a border area. */
  REGION
}
