/** Evaluation suites that score sitrep on labelled data read from ../shared/eval at run time. */
@NullMarked
package sitrep.app.eval;

import org.jspecify.annotations.NullMarked;
