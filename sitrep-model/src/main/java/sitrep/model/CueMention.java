package sitrep.model;

/**
 * A word that says how a claim is made rather than what happened: reporting, denial, habit,
 * negation, novelty ("weiterer"), attribution ("according to").
 */
public record CueMention(Span span, String text, CueType cue) implements Mention {}
