package sitrep.store;

/** How many rows each table of a store holds; {@code copies} are documents stored as copies. */
public record StoreCounts(
    long documents, long events, long posture, long warnings, long rejected, long copies) {}
