/**
 * The {@code language} stage: ISO 639-1 language of a document from the input's hint, OpenNLP's
 * language detector, and a function-word fallback for short texts.
 */
@NullMarked
package sitrep.ingest.lang;

import org.jspecify.annotations.NullMarked;
