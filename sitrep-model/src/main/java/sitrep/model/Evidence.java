package sitrep.model;

/** A sentence (or part of one) that supports a claim; offsets into the cleaned text. */
public record Evidence(int sentence, int start, int end, String text) {}
