/**
 * The gazetteer: countries, first-level divisions, populated places, curated installations and
 * named regions, loaded once from a {@link sitrep.geo.gazetteer.GazetteerSource}, validated with
 * file:line messages, immutable and shared by all threads. {@link sitrep.geo.gazetteer.Gazetteer}
 * is also the lookup API for other modules (by id or name, country names, distances).
 */
@NullMarked
package sitrep.geo.gazetteer;

import org.jspecify.annotations.NullMarked;
