package sitrep.geo.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.geo.gazetteer.EntryKind;
import sitrep.geo.gazetteer.Gazetteer;
import sitrep.geo.gazetteer.GazetteerEntry;
import sitrep.geo.gazetteer.GeoPoint;

/**
 * Chooses among the entries a phrase can name. Before ranking, the phrase's context has already
 * filtered them: a generic noun keeps only compatible installations ("al-Omar Ölfeld"), divisions
 * ("Provinz Anbar") or populated places ("city of Deir ez-Zor"); installation cores need such a
 * noun; generic phrases need their countries in focus. The rest get a score, highest first, then
 * the id so that equal candidates always give the same answer.
 *
 * <p>{@link ToponymFinder.Ranking#POPULATION}, the baseline: the prior alone, log10 of the
 * population (for a country or division without one, the sum of its places).
 *
 * <p>{@link ToponymFinder.Ranking#CONTEXT} adds to the prior:
 *
 * <ul>
 *   <li>kind: a country +3 (a bare "Kuwait" or "Mexico" is the country), a capital +1, a division seat +0.5; a
 *       curated entry +2 (sitrep's own tables name the places its news is about); a division with a
 *       town of 100,000 or more of the same name in it -1.5 ("New York" is the city); a name that is only one of the
 *       place's alternate names -2 ("Salisbury" for Harare);
 *   <li>known +0.5 per doubling of the place's GeoNames alternate names (Geneva in Switzerland has
 *       48, Geneva in Illinois 11); a division or country counts as known as the best known
 *       place of its name, so this orders places among themselves only;
 *   <li>qualifier +4: the name is followed by ", " or " (" and its division, its division's seat
 *       or its country ("Paris, Texas", "Vesele, Donetsk", "Tieba (Bankass, Mopti)");
 *   <li>country focus +2.5: a toponym of the document with another name lies in the same
 *       country (the same name said again is no second witness);
 *   <li>division focus +1.5: a toponym with another name names the division or lies in it;
 *   <li>proximity: +1.5 within 100 km of another toponym's first choice, +0.75 within 300 km.
 * </ul>
 */
final class CandidateRanking {
  static final double CURATED = 2.0;
  static final double SEAT = 1.5;
  static final long SEAT_POPULATION = 100_000;
  /** A name that is only an alternate name of the place (an old or foreign name): less likely. */
  static final double ALTERNATE = 2.0;
  static final double COUNTRY = 3.0;
  /** Per doubling of a place's alternate names. */
  static final double KNOWN = 0.5;
  static final double QUALIFIER = 4.0;
  static final double COUNTRY_FOCUS = 2.5;
  static final double ADMIN1_FOCUS = 1.5;
  static final double NEAR = 1.5;
  static final double NEAR_KM = 100;
  static final double AROUND = 0.75;
  static final double AROUND_KM = 300;
  /** A degree of latitude is at least this long: a cheap bound before the great circle. */
  static final double KM_PER_DEGREE = 110.5;
  /** Proximity looks at this many mentions before and after. */
  static final int WINDOW = 40;

  private CandidateRanking() {}

  /**
   * What the rest of the document says, for one mention.
   *
   * @param countryVotes country code to the mentions whose first choice lies there, and to the
   *     demonyms of the text (numbered below zero)
   * @param admin1Votes "CC.admin1" to the mentions whose first choice is that division or in it
   * @param anchors the first choices of the other mentions that count for proximity
   * @param qualifiers divisions, division seats and countries named right after the mention
   *     (", Ohio", " (Bankass, Mopti)")
   * @param self this mention's number, so that it does not vote for itself
   * @param names a number per distinct name for each mention: mentions of the same name do not
   *     vote for each other
   */
  record Context(Map<String, Set<Integer>> countryVotes, Map<String, Set<Integer>> admin1Votes,
      List<Anchor> anchors, List<GazetteerEntry> qualifiers, int self, int[] names) {}

  /** A mention's first choice, as a point other mentions are near to. */
  record Anchor(int mention, String id, GeoPoint point) {}

  static GazetteerEntry best(List<Sense> senses, Gazetteer g, ToponymFinder.Ranking ranking,
      @Nullable Context ctx) {
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    // a division or country counts as known as the best known place of the same name: the
    // measure orders places among themselves and leaves kinds to the kind bonus
    double[] known = new double[senses.size()];
    double mostKnown = 0;
    for (int i = 0; i < known.length; i++) {
      known[i] = known(g, senses.get(i).entry());
      mostKnown = Math.max(mostKnown, known[i]);
    }
    for (int i = 0; i < known.length; i++) {
      Sense s = senses.get(i);
      GazetteerEntry e = s.entry();
      double score = ranking == ToponymFinder.Ranking.POPULATION ? prior(g, e)
          : prior(g, e) + kind(s) + (e.kind() == EntryKind.PLACE ? known[i] : mostKnown)
              + seat(e, senses)
              + (s.alternate() ? -ALTERNATE : 0)
              + (ctx == null ? 0 : context(e, ctx));
      if (best == null || score > bestScore
          || (score == bestScore && e.id().compareTo(best.id()) < 0)) {
        best = e;
        bestScore = score;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no candidates");
    }
    return best;
  }

  /**
   * A division that shares its name with a large town in it ("New York", "Baghdad") is not what
   * the bare name means: the division loses the bonus the town would need.
   */
  static double seat(GazetteerEntry e, List<Sense> senses) {
    if (e.kind() != EntryKind.ADMIN1 || e.admin1Code() == null) {
      return 0;
    }
    for (Sense s : senses) {
      GazetteerEntry o = s.entry();
      if (o.kind() == EntryKind.PLACE && o.population() >= SEAT_POPULATION
          && o.countryCode().equals(e.countryCode()) && e.admin1Code().equals(o.admin1Code())) {
        return -SEAT;
      }
    }
    return 0;
  }

  static double prior(Gazetteer g, GazetteerEntry e) {
    return Math.log10(g.priorPopulation(e) + 1000.0);
  }

  /**
   * How widely a place is known beyond its population: Geneva in Switzerland has dozens of
   * alternate names in GeoNames, Geneva in Illinois a few.
   */
  static double known(Gazetteer g, GazetteerEntry e) {
    int n = g.nameCount(e);
    return n == 0 ? 0 : KNOWN * Math.log(1 + n) / Math.log(2);
  }

  static double kind(Sense s) {
    GazetteerEntry e = s.entry();
    double k = switch (e.kind()) {
      case COUNTRY -> COUNTRY;
      case PLACE -> switch (e.feature()) {
        case "PPLC" -> 1.0;
        case "PPLA" -> 0.5;
        default -> 0.0;
      };
      default -> 0.0;
    };
    return k + (s.world() || e.kind() == EntryKind.COUNTRY ? 0 : CURATED);
  }

  /** A populated place that is the seat of its first-level division ("Donetsk", "Mopti"). */
  static boolean isSeat(GazetteerEntry e) {
    return e.kind() == EntryKind.PLACE && e.feature().equals("PPLA") && e.admin1Code() != null;
  }

  /**
   * Whether {@code e} lies where one of the qualifiers says: in the country, in the division, or
   * in the division whose seat the qualifier is.
   */
  static boolean qualified(GazetteerEntry e, List<GazetteerEntry> qualifiers) {
    for (GazetteerEntry q : qualifiers) {
      if (q.kind() == EntryKind.COUNTRY) {
        if (e.countries().contains(q.countryCode())) {
          return true;
        }
      } else if (e.kind() != EntryKind.ADMIN1 && e.kind() != EntryKind.COUNTRY && !e.equals(q)
          && q.countryCode().equals(e.countryCode()) && q.admin1Code() != null
          && q.admin1Code().equals(e.admin1Code())) {
        return true;
      }
    }
    return false;
  }

  static double context(GazetteerEntry e, Context ctx) {
    double score = 0;
    if (qualified(e, ctx.qualifiers())) {
      score += QUALIFIER;
    }
    for (String c : e.countries()) {
      if (votedByOthers(ctx.countryVotes().get(c), ctx)) {
        score += COUNTRY_FOCUS;
        break;
      }
    }
    if (e.kind() != EntryKind.COUNTRY && e.admin1Code() != null && votedByOthers(
        ctx.admin1Votes().get(e.countryCode() + "." + e.admin1Code()), ctx)) {
      score += ADMIN1_FOCUS;
    }
    if (e.kind() != EntryKind.COUNTRY) {
      double nearest = Double.POSITIVE_INFINITY;
      List<Anchor> anchors = ctx.anchors();
      // the mentions around this one: a long text's far parts say little about it
      int lo = 0;
      int hi = anchors.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (anchors.get(mid).mention() < ctx.self() - WINDOW) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int i = lo; i < anchors.size() && anchors.get(i).mention() <= ctx.self() + WINDOW;
          i++) {
        Anchor a = anchors.get(i);
        // being near oneself ("Mexico City" for "Mexico") is no evidence
        if (a.mention() != ctx.self() && !a.id().equals(e.id())
            && Math.abs(a.point().latitude() - e.latitude()) * KM_PER_DEGREE <= AROUND_KM) {
          nearest = Math.min(nearest, a.point().distanceKm(e.point()));
        }
      }
      if (nearest <= NEAR_KM) {
        score += NEAR;
      } else if (nearest <= AROUND_KM) {
        score += AROUND;
      }
    }
    return score;
  }

  private static boolean votedByOthers(@Nullable Set<Integer> voters, Context ctx) {
    if (voters == null) {
      return false;
    }
    int self = ctx.self();
    int[] names = ctx.names();
    for (int v : voters) {
      if (v != self && (v < 0 || self < 0 || names[v] != names[self])) {
        return true;
      }
    }
    return false;
  }
}
