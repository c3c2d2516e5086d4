/**
 * Lexicons: actors, demonyms, weapons, event triggers, cue words and number words, read from data
 * files per language and validated at load with file:line errors.
 */
@NullMarked
package sitrep.nlp.lexicon;

import org.jspecify.annotations.NullMarked;
