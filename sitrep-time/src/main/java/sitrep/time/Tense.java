package sitrep.time;

/**
 * Which side of the publication date the words around an expression put it on: "fand am 27. Juni
 * statt" is PAST, "wird am 27. Juni stattfinden" FUTURE, "am 27. Juni" alone UNKNOWN. Decides the
 * year of a year-less date and the week of a bare weekday (see {@link YearResolver}).
 */
public enum Tense {
  /** Past tense or a past cue word: the latest occurrence on or before publication. */
  PAST,
  /** Future tense or a future cue word: the next occurrence from publication on. */
  FUTURE,
  /** Nothing decides: the occurrence closest to publication, the future one only near it. */
  UNKNOWN
}
