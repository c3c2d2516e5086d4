/** Scoring the temporal tagger on TimeML corpora (TempEval-3, KRAUTS). */
@NullMarked
package sitrep.time.eval;

import org.jspecify.annotations.NullMarked;
