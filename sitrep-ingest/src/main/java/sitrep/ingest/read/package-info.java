/**
 * Readers that turn input arguments (files, directories, globs, {@code -} for stdin) into raw
 * {@link sitrep.model.Document}s, one at a time and in constant memory. {@link
 * sitrep.ingest.read.Inputs} is the entry point; every input either becomes a document or is
 * reported as {@link sitrep.ingest.read.ReadResult.Rejected}, never silently dropped, and no bad
 * input throws.
 *
 * <p>New formats (RSS/Atom, WARC) plug in as a {@link sitrep.ingest.read.FormatReader} registered in
 * {@link sitrep.ingest.read.FormatReaders}. Every reader turns bytes into text with {@link
 * sitrep.ingest.read.Decoding#decode}, passing the charset the input declares, and turns its warning
 * into an {@code encoding} warning on the document.
 */
@NullMarked
package sitrep.ingest.read;

import org.jspecify.annotations.NullMarked;
