package sitrep.geo.resolve;

import java.util.List;
import org.jspecify.annotations.Nullable;
import sitrep.geo.gazetteer.GazetteerEntry;

/**
 * One way a matched phrase can refer to a gazetteer entry.
 *
 * @param role how the phrase names the entry
 * @param genitive the phrase is the entry's name plus a possessive or genitive -s
 * @param needsArticle the alias began with an Arabic article ("al-Omar") that the matcher leaves
 *     out; the text must have it before the match
 * @param cased per matched piece, the exact spelling an {@code =Word} pattern demands, or null
 */
record Sense(GazetteerEntry entry, Role role, boolean genitive, boolean needsArticle,
    @Nullable List<@Nullable String> cased) {

  enum Role {
    /** A name that refers to the entry on its own. */
    NAME,
    /** An installation core: refers to it only next to a generic noun of its type. */
    CORE,
    /** A generic phrase for a region, valid when its countries are in focus. */
    GENERIC
  }
}
