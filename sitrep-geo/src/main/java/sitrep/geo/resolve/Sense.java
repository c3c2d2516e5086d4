package sitrep.geo.resolve;

import java.util.List;
import org.jspecify.annotations.Nullable;
import sitrep.geo.gazetteer.GazetteerEntry;
import sitrep.geo.gazetteer.WorldGazetteerSource;

/**
 * One way a matched phrase can refer to a gazetteer entry.
 *
 * @param role how the phrase names the entry
 * @param genitive the phrase is the entry's name plus a possessive or genitive -s
 * @param needsArticle the alias began with an Arabic article ("al-Omar") that the matcher leaves
 *     out; the text must have it before the match
 * @param cased per matched piece, the exact spelling an {@code =Word} pattern demands, or null
 * @param world the entry comes from the world index built from GeoNames, not from a curated table:
 *     its names were never checked against ordinary words, so the finder's guards are stricter
 * @param alternate the phrase is only one of the place's alternate names, not its GeoNames name
 */
record Sense(GazetteerEntry entry, Role role, boolean genitive, boolean needsArticle,
    @Nullable List<@Nullable String> cased, boolean world, boolean alternate) {

  Sense(GazetteerEntry entry, Role role, boolean genitive, boolean needsArticle,
      @Nullable List<@Nullable String> cased) {
    this(entry, role, genitive, needsArticle, cased,
        entry.origin().startsWith(WorldGazetteerSource.DIR), false);
  }

  enum Role {
    /** A name that refers to the entry on its own. */
    NAME,
    /** An installation core: refers to it only next to a generic noun of its type. */
    CORE,
    /** A generic phrase for a region, valid when its countries are in focus. */
    GENERIC
  }
}
