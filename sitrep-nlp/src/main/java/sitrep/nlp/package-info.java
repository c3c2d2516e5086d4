/**
 * Language analysis: sentences, tokens, parts of speech and lemmas (OpenNLP), and recognition of
 * actors, weapons, event triggers and cue words from per-language lexicons.
 */
@NullMarked
package sitrep.nlp;

import org.jspecify.annotations.NullMarked;
