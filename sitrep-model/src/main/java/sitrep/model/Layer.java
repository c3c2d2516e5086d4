package sitrep.model;

/** Annotation layers a {@link Stage} requires and produces; the pipeline checks the chain once. */
public enum Layer {
  RAW,
  CLEAN_TEXT,
  LANGUAGE,
  SENTENCES,
  TOKENS,
  POS,
  LEMMAS,
  MENTIONS,
  TIMES,
  PLACES,
  EVENTS,
  POSTURE
}
