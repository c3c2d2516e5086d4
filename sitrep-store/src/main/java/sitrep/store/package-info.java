/**
 * Where analyzed documents are kept: the {@link sitrep.store.Store} interface, its embedded DuckDB
 * and its PostgreSQL implementation, and {@link sitrep.store.Stores#open(String)}, which picks one
 * from a {@code --db} argument. {@link sitrep.store.EventQuery} pages through the events with the
 * filters of the REST API.
 *
 * <p>Event and posture rows carry the public record fields of {@link sitrep.model.SchemaRecords} as
 * typed columns, for SQL, plus the whole record as JSON, so exports are lossless.
 */
@NullMarked
package sitrep.store;

import org.jspecify.annotations.NullMarked;
