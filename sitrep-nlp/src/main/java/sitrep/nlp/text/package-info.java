/**
 * Name normalization and phrase matching shared by every lexicon and the gazetteer, so that
 * "Al-'Umar", "al-Omar" and "Al‘Umar" reach the same entry.
 */
@NullMarked
package sitrep.nlp.text;

import org.jspecify.annotations.NullMarked;
