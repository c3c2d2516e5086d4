package sitrep.ingest.read;

import java.io.InputStream;

/**
 * One opened input handed to a {@link FormatReader}.
 *
 * @param path the real path as the user can find it ({@code -} for stdin), used in {@link
 *     sitrep.model.SourceRef}s
 * @param idBase the document id (or, for container formats, the prefix of {@code idBase:record}):
 *     the path relative to the directory argument without the format extension
 * @param in the content, already decompressed when the file was {@code .gz}; the reader owns it
 * @param compressed whether {@code in} is a gzip stream (a truncated archive is then reported as such)
 */
public record Source(String path, String idBase, InputStream in, boolean compressed) {}
