package sitrep.ingest.read;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The formats {@link Inputs} knows, chosen by file name suffix (longest suffix wins): text, HTML,
 * JSONL, RSS/Atom feeds ({@code .xml}, {@code .rss}, {@code .atom}) and web archives ({@code
 * .warc}, {@code .warc.gz}). Further formats come in as {@link FormatReader}s passed to {@link #of}.
 */
public final class FormatReaders {

  /** A reader chosen for a file name. */
  public record Match(FormatReader reader, String extension, boolean gzip) {}

  private static final FormatReaders STANDARD =
      new FormatReaders(List.of(new TextReader(), new HtmlReader(), new JsonlReader(),
          new FeedReader(), new WebArchiveReader()));

  private final List<FormatReader> readers;

  private FormatReaders(List<FormatReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** Plain text, HTML, JSONL, RSS/Atom and WARC, each also as {@code .gz}. */
  public static FormatReaders standard() {
    return STANDARD;
  }

  public static FormatReaders of(List<FormatReader> readers) {
    return new FormatReaders(readers);
  }

  public List<FormatReader> readers() {
    return readers;
  }

  /** All suffixes known, for messages. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (FormatReader r : readers) {
      for (String e : r.extensions()) {
        sb.append(sb.length() == 0 ? "" : ", ").append('.').append(e);
      }
    }
    return sb + " (each also .gz)";
  }

  /** The reader for a file name, or null when the suffix is unknown. */
  public @Nullable Match match(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    Match direct = longest(lower, false);
    if (direct != null) {
      return direct;
    }
    if (lower.endsWith(".gz")) {
      return longest(lower.substring(0, lower.length() - 3), true);
    }
    return null;
  }

  private @Nullable Match longest(String lower, boolean gzip) {
    Match best = null;
    for (FormatReader r : readers) {
      for (String ext : r.extensions()) {
        if (lower.endsWith("." + ext) && lower.length() > ext.length() + 1
            && (best == null || ext.length() > best.extension().length())) {
          best = new Match(r, ext, gzip);
        }
      }
    }
    if (best != null && gzip) {
      return new Match(best.reader(), best.extension() + ".gz", true);
    }
    return best;
  }
}
