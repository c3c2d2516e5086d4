/**
 * The {@code clean} stage: boilerplate removal for plain text (rule file {@code boilerplate.tsv}) and
 * main-content extraction for HTML, always with a {@link sitrep.model.CleanText} map back to the raw
 * input.
 */
@NullMarked
package sitrep.ingest.clean;

import org.jspecify.annotations.NullMarked;
