package sitrep.geo.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import sitrep.geo.gazetteer.Gazetteer;
import sitrep.geo.gazetteer.GazetteerEntry;

/**
 * Chooses among the entries a phrase can name. Before ranking, the phrase's context has already
 * filtered them: a generic noun keeps only compatible installations ("al-Omar Ölfeld"), divisions
 * ("Provinz Anbar") or populated places ("city of Deir ez-Zor"); installation cores need such a
 * noun; generic phrases need their countries in focus. The rest are ordered by:
 *
 * <ol>
 *   <li>country focus: an entry in a country the document names elsewhere (by a country name or an
 *       unambiguous place) beats one outside ("Tripoli" in a report on Lebanon);
 *   <li>kind, for a bare name: country, populated place, division, installation, region ("Baghdad"
 *       is the city, "Kuwait" the country);
 *   <li>population, the prior: the larger place is the likelier one;
 *   <li>the id, so that equal candidates always give the same answer.
 * </ol>
 */
final class CandidateRanking {
  private CandidateRanking() {}

  static GazetteerEntry best(List<Sense> senses, Set<String> focus) {
    Comparator<GazetteerEntry> order = Comparator
        .<GazetteerEntry>comparingInt(e -> inFocus(e, focus) ? 0 : 1)
        .thenComparingInt(e -> Gazetteer.KIND_PREFERENCE.indexOf(e.kind()))
        .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed())
        .thenComparing(GazetteerEntry::id);
    GazetteerEntry best = null;
    for (Sense s : senses) {
      if (best == null || order.compare(s.entry(), best) < 0) {
        best = s.entry();
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no candidates");
    }
    return best;
  }

  static boolean inFocus(GazetteerEntry e, Set<String> focus) {
    for (String c : e.countries()) {
      if (focus.contains(c)) {
        return true;
      }
    }
    return false;
  }
}
