package sitrep.app;

import org.jspecify.annotations.Nullable;

/**
 * One part of a K-way split of a file's rows by position ({@code 2/5}: rows 1, 6, 11, … of
 * every five, counting from 0 as 1): {@code train --holdout 2/5} leaves it out,
 * {@code eval acled --fold 2/5} scores only it, so a classifier is scored on notes it never saw.
 *
 * @param part 1 to {@code of}
 * @param of the number of parts, 2 or more
 */
public record Fold(int part, int of) {
  public Fold {
    if (of < 2 || part < 1 || part > of) {
      throw new IllegalArgumentException("a fold is I/N with 1 ≤ I ≤ N and N ≥ 2, not "
          + part + "/" + of);
    }
  }

  /** Parses "I/N"; null for null or blank. */
  public static @Nullable Fold parse(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String[] p = s.strip().split("/");
    try {
      if (p.length == 2) {
        return new Fold(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException("a fold is I/N, e.g. 1/5, not '" + s + "'");
  }

  /** Whether the row at this 0-based position is in the fold. */
  public boolean contains(int row) {
    return row % of == part - 1;
  }
}
