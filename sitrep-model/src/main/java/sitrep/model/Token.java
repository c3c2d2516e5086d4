package sitrep.model;

import org.jspecify.annotations.Nullable;

/** A token with its part of speech (Universal Dependencies tag) and lemma when known. */
public record Token(Span span, String text, @Nullable String pos, @Nullable String lemma) {}
