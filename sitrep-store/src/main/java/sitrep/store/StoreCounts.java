package sitrep.store;

/** How many rows each table of a store holds. */
public record StoreCounts(
    long documents, long events, long posture, long warnings, long rejected) {}
