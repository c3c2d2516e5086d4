package sitrep.model;

import org.jspecify.annotations.Nullable;

/**
 * A named or generic actor.
 *
 * @param id lexicon id of the actor
 * @param name ACLED-style canonical name; generic actors such as "Unidentified Armed Group" get their
 *     country suffix from the event's location
 * @param countryCode ISO 3166-1 alpha-2 of the actor's country, when it has one
 * @param inter ACLED inter code 1–8
 * @param kind what sort of actor this is, for role and type decisions
 */
public record ActorMention(
    Span span, String text, String id, String name, @Nullable String countryCode, int inter,
    ActorKind kind) implements Mention {}
