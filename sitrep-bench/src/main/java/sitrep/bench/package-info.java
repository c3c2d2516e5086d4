/** Benchmarks: they print throughput and memory; tests never assert timings. */
@NullMarked
package sitrep.bench;

import org.jspecify.annotations.NullMarked;
