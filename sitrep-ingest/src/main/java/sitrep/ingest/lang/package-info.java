/**
 * The {@code language} stage: ISO 639-1 language of a document from the input's hint, optimaize's
 * n-gram language detector over the languages in {@code languages.tsv}, and function words for
 * short texts.
 */
@NullMarked
package sitrep.ingest.lang;

import org.jspecify.annotations.NullMarked;
