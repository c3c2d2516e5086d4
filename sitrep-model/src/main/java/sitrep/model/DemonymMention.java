package sitrep.model;

/** A demonym or country adjective ("iranischen", "Russian", "syrisch-irakische"). */
public record DemonymMention(Span span, String text, String countryCode) implements Mention {}
