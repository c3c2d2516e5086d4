package sitrep.geo.gazetteer;

/** Kinds of installation in the curated table. */
public enum InstallationType {
  AIRBASE,
  AIRPORT,
  BASE,
  OILFIELD,
  GASFIELD,
  BORDER_CROSSING,
  DAM,
  ZONE,
  CHECKPOINT
}
