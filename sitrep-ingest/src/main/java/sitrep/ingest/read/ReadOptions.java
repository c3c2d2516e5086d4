package sitrep.ingest.read;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How inputs are read.
 *
 * @param defaultPublished publication date for documents that carry none of their own (the CLI's
 *     {@code --published}); a date found in the document (JSONL field, HTML meta, URL, dateline)
 *     always wins over it
 * @param maxChars longest text kept per document; longer documents are cut at a paragraph boundary
 *     with a {@code truncated} warning rather than dropped (for HTML the limit applies to the markup)
 * @param stdin where {@code -} reads from
 */
public record ReadOptions(
    @Nullable LocalDate defaultPublished, int maxChars, Supplier<InputStream> stdin) {

  /** 20 MB of text. */
  public static final int DEFAULT_MAX_CHARS = 20_000_000;

  public ReadOptions {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
  }

  /** No default date, 20 MB limit, {@code System.in}. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, DEFAULT_MAX_CHARS, () -> System.in);
  }

  public ReadOptions withPublished(@Nullable LocalDate date) {
    return new ReadOptions(date, maxChars, stdin);
  }

  public ReadOptions withMaxChars(int max) {
    return new ReadOptions(defaultPublished, max, stdin);
  }

  public ReadOptions withStdin(Supplier<InputStream> in) {
    return new ReadOptions(defaultPublished, maxChars, in);
  }
}
