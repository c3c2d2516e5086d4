/**
 * Scoring extracted text against what an analyst expects: word-token and line overlaps with
 * precision, recall and F1, summable into micro-averages. Used by the extraction evaluation; small
 * enough for a later {@code sitrep eval} suite to reuse.
 */
@NullMarked
package sitrep.ingest.eval;

import org.jspecify.annotations.NullMarked;
