package sitrep.ingest.read;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads command-line inputs into raw documents: files, directories (recursively, sorted by name,
 * hidden entries skipped), globs ({@code samples/*.html}) and {@code -} for standard input. Formats
 * by suffix: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}, RSS/Atom feeds {@code
 * .xml}/{@code .rss}/{@code .atom}, each also {@code .gz}, and web archives {@code .warc}/{@code
 * .warc.gz}.
 *
 * <p>Document ids: a text or HTML file's id; for container formats the record's own id when it
 * has one (JSONL {@code id}, RSS {@code guid}, Atom {@code id}, {@code WARC-Record-ID}), else
 * {@code <file id>:<n>} with the JSONL line, feed item or WARC record number (from 1). A file's id
 * is its path relative to the directory argument it was found under, without the suffix ({@code
 * seeds/000_x.txt} → {@code 000_x}), or for a file argument its base name without the suffix;
 * standard input is {@code stdin}. {@link sitrep.model.SourceRef} keeps the real path and that
 * number.
 *
 * <p>Every input yields documents or {@link ReadResult.Rejected} results; nothing throws for bad
 * input. Usage from the CLI:
 *
 * <pre>{@code
 * try (ReadStream in = Inputs.open(paths, ReadOptions.defaults().withPublished(date))) {
 *   while (in.hasNext()) {
 *     ReadResult r = in.next();
 *     if (r instanceof ReadResult.Loaded l) {
 *       out.write(pipeline.process(l.document()));
 *     } else {
 *       System.err.println(r); // "path:line: code: reason"
 *     }
 *   }
 * }
 * }</pre>
 */
public final class Inputs {
  private Inputs() {}

  /** How many documents and rejected inputs a read produced (exit code 2 when nothing was read). */
  public record Summary(int documents, int rejected) {}

  /** Lazily reads the arguments in order, with the standard formats. */
  public static ReadStream open(List<String> args, ReadOptions options) {
    return new ReadStream(args, options, FormatReaders.standard());
  }

  /** Lazily reads the arguments with the given formats (the extension point for new readers). */
  public static ReadStream open(List<String> args, ReadOptions options, FormatReaders formats) {
    return new ReadStream(args, options, formats);
  }

  /** Reads everything, handing each result to {@code sink} as soon as it is read. */
  public static Summary read(List<String> args, ReadOptions options, Consumer<ReadResult> sink) {
    int docs = 0;
    int rejected = 0;
    try (ReadStream in = open(args, options)) {
      while (in.hasNext()) {
        ReadResult r = in.next();
        if (r instanceof ReadResult.Loaded) {
          docs++;
        } else {
          rejected++;
        }
        sink.accept(r);
      }
    }
    return new Summary(docs, rejected);
  }
}
