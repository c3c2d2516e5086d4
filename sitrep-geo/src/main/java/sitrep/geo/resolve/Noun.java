package sitrep.geo.resolve;

import java.util.Set;
import sitrep.geo.gazetteer.InstallationType;

/**
 * A generic noun from {@code <lang>/nouns.tsv} that combines with a name: "Ölfeld", "air base",
 * "Provinz", "region".
 *
 * @param types installation types an {@link Kind#INSTALLATION} noun can name
 */
record Noun(Kind kind, Position position, Set<InstallationType> types, Anaphor anaphor,
    String pattern) {

  enum Kind {
    /** Keeps installations of {@link #types()}; a site's cores need such a noun. */
    INSTALLATION,
    /** Prefers a first-level division. */
    ADMIN1,
    /** Prefers a populated place. */
    CITY,
    /** An area around the place: geo_precision 2. */
    AREA
  }

  enum Position {
    BEFORE, AFTER, BOTH;

    boolean before() {
      return this != AFTER;
    }

    boolean after() {
      return this != BEFORE;
    }
  }

  /** Whether the noun alone (with a definite article) refers back to a site. */
  enum Anaphor {
    NONE,
    /** Only to a site named shortly before. */
    SITE,
    /** Also to the site of a place named shortly before ("the military airport" of Qamishli). */
    ANCHOR
  }

  Noun {
    types = Set.copyOf(types);
  }
}
