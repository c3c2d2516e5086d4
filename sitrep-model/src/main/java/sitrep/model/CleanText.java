package sitrep.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The text the analysis stages read, with a map back to the raw input. Cleaning only ever keeps
 * pieces of the raw input (plus separators it inserts), so every cleaned offset maps to a raw one.
 *
 * @param text the cleaned text
 * @param segments pieces of {@code text} copied from the raw input, in order
 */
public record CleanText(String text, List<Segment> segments) {

  /** {@code length} characters at {@code cleanStart} in the cleaned text came from {@code rawStart}. */
  public record Segment(int cleanStart, int rawStart, int length) {}

  public CleanText {
    segments = List.copyOf(segments);
  }

  /** Cleaned text identical to the raw text. */
  public static CleanText identity(String raw) {
    return new CleanText(raw, raw.isEmpty() ? List.of() : List.of(new Segment(0, 0, raw.length())));
  }

  /**
   * The raw offset for a cleaned offset. Offsets that fall in an inserted separator map to the end
   * of the preceding copied piece.
   */
  public int toRaw(int cleanOffset) {
    if (cleanOffset < 0 || cleanOffset > text.length()) {
      throw new IndexOutOfBoundsException(cleanOffset);
    }
    int lo = 0;
    int hi = segments.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (segments.get(mid).cleanStart() <= cleanOffset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) {
      return segments.isEmpty() ? cleanOffset : segments.get(0).rawStart();
    }
    Segment s = segments.get(found);
    return s.rawStart() + Math.min(cleanOffset - s.cleanStart(), s.length());
  }

  public Span toRaw(Span clean) {
    int start = toRaw(clean.start());
    return new Span(start, Math.max(start, toRaw(clean.end())));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds cleaned text from kept raw pieces and inserted separators. */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();

    /** Appends {@code piece}, which was found at {@code rawStart} in the raw input. */
    public Builder keep(CharSequence piece, int rawStart) {
      if (piece.length() > 0) {
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null
            && last.cleanStart() + last.length() == text.length()
            && last.rawStart() + last.length() == rawStart) {
          segments.set(segments.size() - 1,
              new Segment(last.cleanStart(), last.rawStart(), last.length() + piece.length()));
        } else {
          segments.add(new Segment(text.length(), rawStart, piece.length()));
        }
        text.append(piece);
      }
      return this;
    }

    /** Appends text that is not in the raw input (a paragraph break, say). */
    public Builder insert(CharSequence separator) {
      text.append(separator);
      return this;
    }

    public int length() {
      return text.length();
    }

    public boolean endsWith(char c) {
      return text.length() > 0 && text.charAt(text.length() - 1) == c;
    }

    public CleanText build() {
      return new CleanText(text.toString(), segments);
    }
  }
}
