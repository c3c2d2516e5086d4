package sitrep.model;

import org.jspecify.annotations.Nullable;

/** An actor in an event role: ACLED-style name, country and inter code. */
public record ActorRef(String name, @Nullable String countryCode, @Nullable Integer inter) {}
