package sitrep.model;

/**
 * A cardinal number in digits or words ("vier", "300", "dozens").
 *
 * @param value the number; vague quantities get ACLED's conservative reading ("dozens" is 12)
 * @param approximate true for "at least", "some", "about" and vague words
 */
public record NumberMention(Span span, String text, long value, boolean approximate)
    implements Mention {}
