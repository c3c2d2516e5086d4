/**
 * Document metadata found in the content itself: HTML meta tags, JSON-LD, {@code <time>} elements,
 * dates in URLs, and datelines at the start of agency texts. Everything here fills gaps only: a
 * value the input already carries is never replaced.
 */
@NullMarked
package sitrep.ingest.meta;

import org.jspecify.annotations.NullMarked;
