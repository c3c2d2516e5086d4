package sitrep.ingest.eval;

/**
 * How a kept text compares with the expected one, counted in units (word tokens or lines): units
 * in both, units kept but not expected, units expected but not kept. Overlaps add up, so the sum
 * over pages gives micro-averaged figures.
 *
 * @param matched units kept and expected
 * @param extra units kept but not expected
 * @param missed units expected but not kept
 */
public record Overlap(long matched, long extra, long missed) {
  public static final Overlap NONE = new Overlap(0, 0, 0);

  public Overlap {
    if (matched < 0 || extra < 0 || missed < 0) {
      throw new IllegalArgumentException("negative count in " + matched + "/" + extra + "/" + missed);
    }
  }

  public Overlap plus(Overlap o) {
    return new Overlap(matched + o.matched, extra + o.extra, missed + o.missed);
  }

  public long kept() {
    return matched + extra;
  }

  public long expected() {
    return matched + missed;
  }

  /** Share of the kept units that were expected; 1 when nothing was kept (nothing wrong kept). */
  public double precision() {
    return kept() == 0 ? 1.0 : (double) matched / kept();
  }

  /** Share of the expected units that were kept; 1 when nothing was expected. */
  public double recall() {
    return expected() == 0 ? 1.0 : (double) matched / expected();
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
