/** Writers for event, posture and mention records: JSONL, CSV and GeoJSON. */
@NullMarked
package sitrep.app.output;

import org.jspecify.annotations.NullMarked;
