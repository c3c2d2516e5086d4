package sitrep.ingest.clean;

import sitrep.model.CleanText;

/**
 * Drops junk lines from a text by the {@link Boilerplate} rules and keeps every other line exactly
 * as it was, line break included. Blank lines next to a dropped line are thinned out so that no
 * double gaps appear and no blank tail is left behind.
 */
final class LineCleaner {
  private LineCleaner() {}

  /** Lines following a BLOCK line that are at most this long count as part of the block. */
  static final int MAX_BLOCK_LINE = 120;

  /** Lines of text that must precede a REST line for it to cut the text. */
  static final int REST_MIN_LINES_BEFORE = 2;

  static CleanText clean(CleanText base, Boilerplate rules) {
    String text = base.text();
    Lines lines = Lines.of(text);
    int n = lines.count;
    if (n == 0) {
      return base;
    }
    boolean[] blank = new boolean[n];
    for (int i = 0; i < n; i++) {
      blank[i] = text.substring(lines.start[i], lines.end[i]).isBlank();
    }
    boolean[] drop = new boolean[n];
    boolean any = false;
    int keptBefore = 0;
    for (int i = 0; i < n; i++) {
      if (drop[i] || blank[i]) {
        continue;
      }
      Boilerplate.Kind kind = lines.length(i) > Boilerplate.MAX_JUNK_LINE + 40
          ? null
          : rules.classify(text.substring(lines.start[i], lines.end[i]));
      if (kind == null) {
        keptBefore++;
        continue;
      }
      any = true;
      drop[i] = true;
      if (kind == Boilerplate.Kind.REST && keptBefore >= REST_MIN_LINES_BEFORE) {
        for (int j = i + 1; j < n; j++) {
          drop[j] = !blank[j];
        }
        break;
      }
      if (kind == Boilerplate.Kind.BLOCK) {
        int j = i + 1;
        while (j < n && blank[j]) {
          j++;
        }
        while (j < n && !blank[j] && shortLine(text, lines, j, rules)) {
          drop[j] = true;
          j++;
        }
      }
    }
    if (!any) {
      return base;
    }
    return rebuild(base, lines, blank, drop);
  }

  private static boolean shortLine(String text, Lines lines, int i, Boilerplate rules) {
    String t = text.substring(lines.start[i], lines.end[i]).strip();
    if (t.length() > MAX_BLOCK_LINE) {
      return false;
    }
    if (rules.classify(t) != null) {
      return true;
    }
    char last = t.charAt(t.length() - 1);
    return last != '.' && last != '!' && last != '?' && last != ':' && last != '"'
        && last != '”' && last != '“';
  }

  private static CleanText rebuild(CleanText base, Lines lines, boolean[] blank, boolean[] drop) {
    int n = lines.count;
    int lastKept = -1;
    for (int i = n - 1; i >= 0; i--) {
      if (!blank[i] && !drop[i]) {
        lastKept = i;
        break;
      }
    }
    boolean droppedAfterLast = false;
    for (int i = lastKept + 1; i < n; i++) {
      droppedAfterLast |= drop[i];
    }
    CleanText.Builder out = CleanText.builder();
    boolean seenKept = false;
    boolean droppedBefore = false;
    int runsSinceKept = 0;
    boolean prevBlank = false;
    for (int i = 0; i < n; i++) {
      boolean keep;
      if (!blank[i]) {
        keep = !drop[i];
        if (keep) {
          seenKept = true;
          runsSinceKept = 0;
        } else {
          droppedBefore = true;
        }
      } else {
        if (!prevBlank) {
          runsSinceKept++;
        }
        if (!seenKept) {
          keep = !droppedBefore;
        } else if (i > lastKept) {
          keep = !droppedAfterLast;
        } else {
          keep = runsSinceKept == 1;
        }
      }
      prevBlank = blank[i];
      if (keep) {
        CleanTexts.keepRange(out, base, lines.start[i], lines.next[i]);
      }
    }
    return out.build();
  }

  /** Line boundaries: content {@code [start, end)}, line break up to {@code next}. */
  static final class Lines {
    int count;
    int[] start = new int[16];
    int[] end = new int[16];
    int[] next = new int[16];

    int length(int i) {
      return end[i] - start[i];
    }

    static Lines of(String text) {
      Lines l = new Lines();
      int pos = 0;
      int len = text.length();
      while (pos < len) {
        int e = pos;
        while (e < len && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
          e++;
        }
        int nx = e;
        if (nx < len) {
          nx += text.charAt(nx) == '\r' && nx + 1 < len && text.charAt(nx + 1) == '\n' ? 2 : 1;
        }
        l.add(pos, e, nx);
        pos = nx;
      }
      return l;
    }

    private void add(int s, int e, int nx) {
      if (count == start.length) {
        start = java.util.Arrays.copyOf(start, count * 2);
        end = java.util.Arrays.copyOf(end, count * 2);
        next = java.util.Arrays.copyOf(next, count * 2);
      }
      start[count] = s;
      end[count] = e;
      next[count] = nx;
      count++;
    }
  }
}
