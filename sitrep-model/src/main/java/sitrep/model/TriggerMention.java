package sitrep.model;

/**
 * A word that signals an event or a change of force posture.
 *
 * @param trigger what it signals
 * @param verbal true when the trigger is a verb ("attacked"), false for a noun ("attack")
 */
public record TriggerMention(Span span, String text, TriggerClass trigger, boolean verbal)
    implements Mention {}
