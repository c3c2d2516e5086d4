/** The sitrep command line: analyze, ingest, demo, annotate, export and eval. */
@NullMarked
package sitrep.app;

import org.jspecify.annotations.NullMarked;
