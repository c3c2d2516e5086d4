/**
 * {@code sitrep serve}: the REST API of SCHEMA.md over a store, and the web UI (map, timeline,
 * incident and site panels) served from the classpath, both on Javalin.
 */
@NullMarked
package sitrep.app.http;

import org.jspecify.annotations.NullMarked;
