package sitrep.ingest.clean;

import java.util.List;
import sitrep.model.CleanText;

/** Building a cleaned text out of ranges of another cleaned text, keeping the map to raw. */
final class CleanTexts {
  private CleanTexts() {}

  /**
   * Appends {@code base.text()[from, to)} to {@code out}: pieces that {@code base} copied from the
   * raw input stay mapped to it, pieces it inserted stay inserted.
   */
  static void keepRange(CleanText.Builder out, CleanText base, int from, int to) {
    String text = base.text();
    List<CleanText.Segment> segs = base.segments();
    int k = firstEndingAfter(segs, from);
    int pos = from;
    while (pos < to) {
      if (k < segs.size() && segs.get(k).cleanStart() <= pos) {
        CleanText.Segment s = segs.get(k);
        int segEnd = s.cleanStart() + s.length();
        int end = Math.min(to, segEnd);
        out.keep(text.substring(pos, end), s.rawStart() + (pos - s.cleanStart()));
        pos = end;
        k++;
      } else {
        int end = k < segs.size() ? Math.min(to, segs.get(k).cleanStart()) : to;
        out.insert(text.substring(pos, end));
        pos = end;
      }
    }
  }

  /** Index of the first segment that ends after {@code offset}. */
  private static int firstEndingAfter(List<CleanText.Segment> segs, int offset) {
    int lo = 0;
    int hi = segs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      CleanText.Segment s = segs.get(mid);
      if (s.cleanStart() + s.length() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
