/**
 * Toponym resolution for sitrep: {@link sitrep.geo.GeoStage} finds the places a document names and
 * resolves them against the gazetteer in {@link sitrep.geo.gazetteer}, down to the air base or oil
 * field, with relative locations ("east of") and metonymy ("Washington said") marked.
 */
@NullMarked
package sitrep.geo;

import org.jspecify.annotations.NullMarked;
