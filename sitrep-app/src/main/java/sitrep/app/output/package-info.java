/** Writers for event, posture and mention records: JSONL, CSV, GeoJSON, Parquet and ACLED CSV. */
@NullMarked
package sitrep.app.output;

import org.jspecify.annotations.NullMarked;
