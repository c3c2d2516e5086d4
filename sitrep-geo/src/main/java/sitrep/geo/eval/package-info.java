/**
 * Evaluation of toponym recognition and resolution against labelled data (GeoWebNews), reported
 * as numbers rather than asserted.
 */
@NullMarked
package sitrep.geo.eval;

import org.jspecify.annotations.NullMarked;
