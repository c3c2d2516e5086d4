package sitrep.model;

import java.util.Locale;

/** What a posture record says changed at an installation. */
public enum PostureChange {
  ESTABLISHED, REINFORCED, EXPANDED, WITHDRAWN, PRESENT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
