package sitrep.ingest.read;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.model.SourceRef;

/**
 * Walks a directory depth first, one directory listing at a time, entries sorted by name (so the
 * order is the same on every machine). Hidden entries (names starting with a dot) are skipped
 * without a word: they are version-control and editor files, not inputs. Files with an unknown
 * suffix are reported as {@code unsupported}.
 */
final class Walker implements Iterator<Candidate> {

  private record Frame(Iterator<Path> children, int depth) {}

  private final Path root;
  private final FormatReaders formats;
  private final List<PathMatcher> matchers;
  private final int maxDepth;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Set<Object> open = new HashSet<>();
  private @Nullable Candidate next;

  /**
   * @param matchers when not empty, only files whose path relative to {@code root} one of them
   *     matches are returned (glob arguments)
   * @param maxDepth how many directory levels below {@code root} to enter (1: only root's files)
   */
  Walker(Path root, FormatReaders formats, List<PathMatcher> matchers, int maxDepth) {
    this.root = root;
    this.formats = formats;
    this.matchers = List.copyOf(matchers);
    this.maxDepth = maxDepth;
    next = enter(root, 0);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !stack.isEmpty()) {
      next = step();
    }
    return next != null;
  }

  @Override
  public Candidate next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Candidate c = next;
    next = null;
    return c;
  }

  private @Nullable Candidate step() {
    Frame top = stack.peek();
    if (!top.children().hasNext()) {
      stack.pop();
      return null;
    }
    Path child = top.children().next();
    String name = child.getFileName().toString();
    if (name.startsWith(".")) {
      return null;
    }
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(child, BasicFileAttributes.class);
    } catch (IOException e) {
      return problem(child, "unreadable", "cannot read: " + Content.message(e));
    }
    if (attrs.isDirectory()) {
      if (top.depth() + 1 < maxDepth) {
        return enter(child, top.depth() + 1);
      }
      return null;
    }
    if (!attrs.isRegularFile()) {
      return problem(child, "unsupported", "not a regular file; skipped");
    }
    Path rel = root.relativize(child);
    if (!matchers.isEmpty() && matchers.stream().noneMatch(m -> m.matches(rel))) {
      return null;
    }
    FormatReaders.Match match = formats.match(name);
    if (match == null) {
      return problem(child, "unsupported",
          "unknown file type; skipped (known: " + formats.describe() + ")");
    }
    return new Candidate.FileInput(child, match, Candidate.idBase(rel.toString(), match));
  }

  /** Lists a directory and pushes it; returns a problem when it cannot be listed. */
  private @Nullable Candidate enter(Path dir, int depth) {
    Object key;
    try {
      key = dir.toRealPath();
    } catch (IOException e) {
      key = dir.toAbsolutePath().normalize();
    }
    if (!open.add(key)) {
      return problem(dir, "unsupported", "directory already walked (a link to " + key + "); skipped");
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        children.add(p);
      }
    } catch (IOException | RuntimeException e) {
      return problem(dir, "unreadable", "cannot list directory: " + Content.message(e));
    }
    children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    // the loop guard only needs to hold directories on the current path, but a walk is
    // finite anyway; keeping all visited ones also stops the same directory being read twice
    stack.push(new Frame(children.iterator(), depth));
    return null;
  }

  private static Candidate problem(Path p, String code, String reason) {
    return new Candidate.Problem(new ReadResult.Rejected(SourceRef.file(p.toString()), code, reason));
  }
}
