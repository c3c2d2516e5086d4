package sitrep.store;

/** A stored document that a text repeats, and how similar the two are (1.0: the same words). */
public record CopyMatch(String docId, double similarity) {}
