/**
 * Event detection and ACLED coding: from trigger words and their arguments to event claims with
 * type, roles, date, place, casualties, factuality and source; and the force-posture records.
 */
@NullMarked
package sitrep.events;

import org.jspecify.annotations.NullMarked;
