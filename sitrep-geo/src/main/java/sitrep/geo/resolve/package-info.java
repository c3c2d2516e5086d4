/**
 * Finding toponyms in text and resolving them to gazetteer entries: the alias index, the
 * per-language rules (relations, generic nouns, metonymy cues, word classes) and the ranking of
 * candidates.
 */
@NullMarked
package sitrep.geo.resolve;

import org.jspecify.annotations.NullMarked;
