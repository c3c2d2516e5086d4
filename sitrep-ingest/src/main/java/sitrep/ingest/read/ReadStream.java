package sitrep.ingest.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import sitrep.model.SourceRef;

/**
 * The results of reading a list of arguments, one at a time: arguments in the order given,
 * directories depth first in name order, JSONL files line by line. At most one file is open at a
 * time. Close it when stopping early; reading to the end closes everything by itself.
 */
public final class ReadStream implements Iterator<ReadResult>, AutoCloseable {

  private final Deque<String> args;
  private final ReadOptions opts;
  private final FormatReaders formats;
  private Iterator<Candidate> candidates = Collections.emptyIterator();
  private @Nullable RecordIterator current;
  private String currentPath = "";
  private @Nullable ReadResult pending;

  ReadStream(List<String> args, ReadOptions opts, FormatReaders formats) {
    this.args = new ArrayDeque<>(args);
    this.opts = opts;
    this.formats = formats;
  }

  @Override
  public boolean hasNext() {
    while (pending == null) {
      if (!advance()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = pending;
    pending = null;
    return r;
  }

  /** The remaining results as a sequential stream; closing the stream closes this. */
  public Stream<ReadResult> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
    }
    args.clear();
    candidates = Collections.emptyIterator();
  }

  /** Sets {@code pending} or moves on; false when everything has been read. */
  private boolean advance() {
    if (current != null) {
      try {
        if (current.hasNext()) {
          pending = current.next();
          return true;
        }
      } catch (RuntimeException e) {
        // a reader bug must not end the batch; the input is reported instead
        pending = new ReadResult.Rejected(SourceRef.file(currentPath), "error",
            "reader failed: " + Content.message(e));
      }
      current.close();
      current = null;
      return true;
    }
    if (candidates.hasNext()) {
      Candidate c = candidates.next();
      if (c instanceof Candidate.Problem p) {
        pending = p.rejected();
      } else if (c instanceof Candidate.FileInput f) {
        open(f);
      } else {
        openStdin();
      }
      return true;
    }
    if (!args.isEmpty()) {
      candidates = expand(args.poll());
      return true;
    }
    return false;
  }

  private void open(Candidate.FileInput f) {
    SourceRef where = SourceRef.file(f.path().toString());
    currentPath = f.path().toString();
    InputStream in = null;
    try {
      if (Files.size(f.path()) == 0) {
        pending = new ReadResult.Rejected(where, "empty", "empty file");
        return;
      }
      in = Files.newInputStream(f.path());
      if (f.match().gzip()) {
        in = new GZIPInputStream(in, 64 * 1024);
      }
      // no BufferedInputStream: it would drop the bytes inflated before a truncated gzip fails;
      // readers read in large chunks themselves
      current = f.match().reader().read(
          new Source(f.path().toString(), f.idBase(), in, f.match().gzip()), opts);
    } catch (IOException e) {
      if (in != null) {
        Content.closeQuietly(in);
      }
      pending = new ReadResult.Rejected(where, f.match().gzip() ? "gzip" : "unreadable",
          f.match().gzip() ? "not a readable gzip file: " + Content.message(e)
              : "cannot read: " + Content.message(e));
    }
  }

  /**
   * Standard input: a WARC when it starts with {@code WARC/}, an RSS or Atom feed when its root
   * element says so, JSONL when the first non-blank character is {@code {}, HTML when it starts
   * like a page ({@code <!DOCTYPE html}, {@code <html}), otherwise one text document; gzip is
   * recognised by its magic bytes and decompressed first (except for WARCs, which jwarc reads
   * compressed, member by member).
   */
  private void openStdin() {
    InputStream raw = opts.stdin().get();
    // several "-" arguments must not close the process's stdin for each other
    BufferedInputStream stdin = new BufferedInputStream(new FilterInputStream(raw) {
      @Override
      public void close() {}
    }, 64 * 1024);
    BufferedInputStream in = stdin;
    String head;
    byte[] peek;
    boolean gzip = false;
    try {
      peek = peek(in);
      if (peek.length >= 2 && peek[0] == (byte) 0x1f && peek[1] == (byte) 0x8b) {
        gzip = true;
        // room to go back to the compressed start when the content turns out to be a WARC
        stdin.mark(4 << 20);
        in = new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
        peek = peek(in);
      }
      head = new String(peek, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      pending = new ReadResult.Rejected(SourceRef.file("-"), gzip ? "gzip" : "unreadable",
          "cannot read standard input: " + Content.describe(e, gzip));
      return;
    }
    String lead = head.replaceFirst("^(\u00ef\u00bb\u00bf)?[\\s]*", "");
    if (lead.isEmpty()) {
      pending = new ReadResult.Rejected(SourceRef.file("-"), "empty", "standard input is empty");
      return;
    }
    FormatReader reader;
    String lower = lead.substring(0, Math.min(lead.length(), 1024)).toLowerCase(Locale.ROOT);
    if (lead.startsWith("WARC/")) {
      currentPath = "-";
      if (gzip) {
        try {
          stdin.reset();
          in = stdin;
          gzip = false;
        } catch (IOException e) {
          // more than the mark was read to inflate the head: read the inflated stream instead
        }
      }
      current = new WebArchiveReader().read(new Source("-", "stdin", in, gzip), opts);
      return;
    }
    if (lead.charAt(0) == '<' && FeedHead.of(peek, peek.length).kind() != null) {
      reader = new FeedReader();
    } else if (lead.charAt(0) == '{') {
      reader = new JsonlReader();
    } else if (lower.startsWith("<!doctype html") || lower.startsWith("<html")
        || (lower.startsWith("<") && lower.contains("<body"))) {
      reader = new HtmlReader();
    } else {
      reader = new TextReader();
    }
    currentPath = "-";
    current = reader.read(new Source("-", "stdin", in, gzip), opts);
  }

  private static byte[] peek(BufferedInputStream in) throws IOException {
    in.mark(64 * 1024);
    byte[] peek = in.readNBytes(64 * 1024);
    in.reset();
    return peek;
  }

  /** What one argument stands for. */
  private Iterator<Candidate> expand(String arg) {
    if (arg.equals("-")) {
      return List.<Candidate>of(new Candidate.StdinInput()).iterator();
    }
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      path = null;
    }
    if (path != null && Files.exists(path)) {
      if (Files.isDirectory(path)) {
        Walker walker = new Walker(path, formats, List.of(), Integer.MAX_VALUE);
        return walker.hasNext() ? walker : problem(arg, "empty", "no input files in the directory");
      }
      if (!Files.isRegularFile(path)) {
        return problem(arg, "unsupported", "not a regular file");
      }
      if (!Files.isReadable(path)) {
        return problem(arg, "unreadable", "permission denied");
      }
      String name = path.getFileName().toString();
      FormatReaders.Match match = formats.match(name);
      if (match == null) {
        return problem(arg, "unsupported",
            "unknown file type (known: " + formats.describe() + ")");
      }
      return List.<Candidate>of(new Candidate.FileInput(path, match, Candidate.idBase(name, match)))
          .iterator();
    }
    if (isGlob(arg)) {
      return glob(arg);
    }
    return problem(arg, "missing", "no such file or directory");
  }

  private static boolean isGlob(String arg) {
    return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /**
   * A glob such as {@code samples/*.html} or {@code data/**}{@code /*.jsonl}: the part before the
   * first segment with a wildcard is the directory walked, the rest is matched against paths
   * relative to it (so ids are relative to it too). {@code **} crosses directories and also matches
   * none.
   */
  private Iterator<Candidate> glob(String arg) {
    String norm = arg.replace('\\', '/');
    String[] parts = norm.split("/", -1);
    int i = 0;
    while (i < parts.length - 1 && !isGlob(parts[i])) {
      i++;
    }
    String base = String.join("/", java.util.Arrays.copyOfRange(parts, 0, i));
    if (norm.startsWith("/") && base.isEmpty()) {
      base = "/";
    }
    String pattern = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
    Path dir = Path.of(base.isEmpty() ? "." : base);
    if (!Files.isDirectory(dir)) {
      return problem(arg, "missing", "no such directory: " + dir);
    }
    List<PathMatcher> matchers = new ArrayList<>();
    try {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
      if (pattern.startsWith("**/")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
      }
    } catch (IllegalArgumentException e) {
      return problem(arg, "missing", "bad pattern: " + Content.message(e));
    }
    int depth = pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/").length;
    Walker walker = new Walker(dir, formats, matchers, depth);
    if (!walker.hasNext()) {
      return problem(arg, "no-match", "no files match");
    }
    return walker;
  }

  private static Iterator<Candidate> problem(String arg, String code, String reason) {
    return List.<Candidate>of(
            new Candidate.Problem(new ReadResult.Rejected(SourceRef.file(arg), code, reason)))
        .iterator();
  }
}
