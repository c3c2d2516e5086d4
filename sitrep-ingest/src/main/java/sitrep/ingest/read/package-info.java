/**
 * Readers that turn input arguments (files, directories, globs, {@code -} for stdin) into raw
 * {@link sitrep.model.Document}s, one at a time and in constant memory. {@link
 * sitrep.ingest.read.Inputs} is the entry point; every input either becomes a document or is
 * reported as {@link sitrep.ingest.read.ReadResult.Rejected}, never silently dropped, and no bad
 * input throws.
 *
 * <p>Formats are {@link sitrep.ingest.read.FormatReader}s registered in {@link
 * sitrep.ingest.read.FormatReaders}: text, HTML, JSONL, RSS/Atom feeds (streamed with jsoup's XML
 * parser, which never processes a DTD) and WARC web archives (streamed with jwarc). Every reader
 * turns bytes into text with {@link sitrep.ingest.read.Decoding#decode}, passing the charset the
 * input declares, and turns its warning into an {@code encoding} warning on the document.
 */
@NullMarked
package sitrep.ingest.read;

import org.jspecify.annotations.NullMarked;
