/**
 * Document-level duplicates: a wire story reprinted by ten sites is analyzed once, and its copies
 * are recorded as further sources of the same report.
 */
@NullMarked
package sitrep.ingest.dedup;

import org.jspecify.annotations.NullMarked;
