package sitrep.ingest.read;

import java.nio.file.Path;

/** One input an argument expands to, before it is opened. */
sealed interface Candidate {

  /** A file in a known format; {@code idBase} is its document id (or id prefix). */
  record FileInput(Path path, FormatReaders.Match match, String idBase) implements Candidate {}

  /** Standard input ({@code -}). */
  record StdinInput() implements Candidate {}

  /** An argument or directory entry that cannot be read. */
  record Problem(ReadResult.Rejected rejected) implements Candidate {}

  /** A relative path with {@code /} separators and without the format suffix. */
  static String idBase(String relativePath, FormatReaders.Match match) {
    String p = relativePath.replace(java.io.File.separatorChar, '/');
    int cut = p.length() - match.extension().length() - 1;
    return cut > 0 ? p.substring(0, cut) : p;
  }
}
