package sitrep.model;

import java.util.Locale;

/** How a claim is made (SCHEMA.md). */
public enum Factuality {
  ASSERTED, REPORTED, ALLEGED, DENIED, UNCERTAIN, HYPOTHETICAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
