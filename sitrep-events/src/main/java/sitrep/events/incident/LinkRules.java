package sitrep.events.incident;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.geo.gazetteer.GeoPoint;

/**
 * Whether two event claims can describe one occurrence, and how much they have in common. A pair
 * is compatible when nothing rules it out: type family, date interval (one day of slack for "last
 * night" and time zones), place (distance scaled by how precisely each claim is placed, same
 * country) and document (one document's claims are distinct occurrences: the event stage has
 * already merged the sentences that elaborate one). The score then weighs what they share.
 */
final class LinkRules {
  /** Days of slack on each side of a date interval. */
  static final int DATE_SLACK = 1;
  /** A claim placed at its place (geo_precision 1) links within this distance. */
  static final double NEAR_KM = 30;
  /** Claims placed near, or in a region, link within this distance. */
  static final double REGION_KM = 120;
  /** The score a compatible pair needs to be linked. */
  static final double THRESHOLD = 3.25;

  private static final Set<String> VIOLENCE = Set.of("Battles", "Explosions/Remote violence",
      "Violence against civilians");
  private static final Set<String> CROWD = Set.of("Protests", "Riots");
  private static final Set<String> UNNAMED = Set.of("unidentified", "unknown");

  private LinkRules() {}

  /** The family a claim's type belongs to: claims of different families never link. */
  static String family(LinkClaim c) {
    if (VIOLENCE.contains(c.eventType())) {
      return "violence";
    }
    if (CROWD.contains(c.eventType())) {
      return "crowd";
    }
    if (c.subEventType().equals("Disrupted weapons use")) {
      return "violence"; // "rockets intercepted" and "rocket attack" tell one occurrence
    }
    return c.eventType() + "/" + c.subEventType();
  }

  static boolean compatible(LinkClaim a, LinkClaim b) {
    return conflict(a, b) == null;
  }

  /**
   * What rules a pair out ("type family", "date", "country", "division", "distance"), or null if
   * nothing.
   */
  static @Nullable String conflict(LinkClaim a, LinkClaim b) {
    if (a.docId().equals(b.docId())) {
      return "same document";
    }
    if (!family(a).equals(family(b))) {
      return "type family";
    }
    if (a.historical() != b.historical()) {
      return "historical";
    }
    if (a.dated() && b.dated()
        && (a.latest() + DATE_SLACK < b.earliest() || b.latest() + DATE_SLACK < a.earliest())) {
      return "date";
    }
    if (a.countryCode() != null && b.countryCode() != null
        && !a.countryCode().equals(b.countryCode())
        && a.geoPrecision() < 3 && b.geoPrecision() < 3) {
      return "country"; // a country alone may be the attacker's, named where no place was
    }
    if (a.admin1() != null && b.admin1() != null && !sameAdmin1(a, b)
        && (a.geoPrecision() == 3 || b.geoPrecision() == 3)) {
      // a claim placed only at its province still says which province: Kunar is not Kabul
      return "division";
    }
    if (a.located() && b.located()) {
      double km = GeoPoint.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
      double limit = a.geoPrecision() == 1 && b.geoPrecision() == 1 ? NEAR_KM : REGION_KM;
      if (a.geoPrecision() == 3 || b.geoPrecision() == 3) {
        limit = Double.MAX_VALUE; // one only knows the country (or a large region)
      }
      if (km > limit && !(sameAdmin1(a, b) && km <= REGION_KM)) {
        return "distance";
      }
    }
    return null;
  }

  /** What two compatible claims share; {@link #THRESHOLD} or more links them. */
  static double score(LinkClaim a, LinkClaim b) {
    double s = 0;
    if (a.dated() && b.dated()) {
      boolean precise = a.timePrecision() == 1 && b.timePrecision() == 1;
      boolean overlap = a.earliest() <= b.latest() && b.earliest() <= a.latest();
      s += precise && a.earliest() == b.earliest() ? 2 : precise ? -1 : overlap ? 1 : 0;
    }
    if (a.located() && b.located()) {
      boolean precise = a.geoPrecision() < 3 && b.geoPrecision() < 3;
      if (precise) {
        double km = GeoPoint.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
        s += km <= 10 ? 2 : km <= NEAR_KM ? 1.5 : sameAdmin1(a, b) ? 1 : 0.25;
      } else {
        s += sameAdmin1(a, b) ? 0.75 : sameCountry(a, b) ? 0.5 : 0;
      }
    } else if (sameCountry(a, b)) {
      s += 0.25;
    } else if (a.countryCode() == null && b.countryCode() == null) {
      s -= 0.5; // nothing says where: the other fields must carry the link alone
    }
    if (a.subEventType().equals(b.subEventType())) {
      s += 1;
    } else {
      // within one family, two outlets (and our own extraction) often type one occurrence
      // differently: an air strike that kills civilians is "Air/drone strike" to one report and
      // "Attack" to another, so another type costs what another sub-type of the same type does
      s -= 0.5;
    }
    s += actors(a, b);
    Integer fa = a.fatalities();
    Integer fb = b.fatalities();
    if (fa != null && fa.equals(fb) && fa > 0) {
      s += 0.5;
    }
    return s;
  }

  private static boolean sameCountry(LinkClaim a, LinkClaim b) {
    return a.countryCode() != null && a.countryCode().equals(b.countryCode());
  }

  /**
   * Same named author: +1; same named target: +0.5; both name different authors (neither
   * unnamed, and not each other's target): −1.5.
   */
  private static double actors(LinkClaim a, LinkClaim b) {
    String a2 = norm(a.actor2());
    double target = a2 != null && named(a2) && a2.equals(norm(b.actor2())) ? 0.5 : 0;
    return target + authors(a, b);
  }

  private static double authors(LinkClaim a, LinkClaim b) {
    String a1 = norm(a.actor1());
    String b1 = norm(b.actor1());
    if (a1 == null || b1 == null) {
      return 0;
    }
    if (a1.equals(b1)) {
      return named(a1) ? 1 : 0; // two unnamed gunmen are not the same gunmen
    }
    if (named(a1) && named(b1) && !a1.equals(norm(b.actor2())) && !b1.equals(norm(a.actor2()))) {
      return -1.5;
    }
    return 0;
  }

  private static boolean named(String actor) {
    for (String u : UNNAMED) {
      if (actor.startsWith(u)) {
        return false;
      }
    }
    return true;
  }

  private static boolean narrow(LinkClaim c) {
    return c.latest() - c.earliest() <= 7;
  }

  private static boolean sameAdmin1(LinkClaim a, LinkClaim b) {
    return a.admin1() != null && a.admin1().equals(b.admin1());
  }

  private static @Nullable String norm(@Nullable String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT).strip();
  }
}
