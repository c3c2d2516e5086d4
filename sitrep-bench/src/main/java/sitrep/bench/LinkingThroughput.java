package sitrep.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import sitrep.events.incident.IncidentLinker;
import sitrep.events.incident.LinkClaim;

/**
 * Incident linking cost: links N synthetic event claims (default 100,000) on one thread and
 * prints the time, claims/s and heap used. The claims imitate a year of conflict reporting: 20
 * countries, each with places spread over a few hundred kilometres, every report dated to a day
 * (a tenth only to a month, a twentieth undated), several outlets telling each occurrence with
 * jittered places and figures, so that linking has both work to do and traps to avoid.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package && java -cp
 * "sitrep-bench/target/sitrep-bench.jar:sitrep-bench/target/lib/*"
 * sitrep.bench.LinkingThroughput [N]}.
 */
public final class LinkingThroughput {
  private static final String[] TYPES = {"Armed clash", "Air/drone strike",
      "Shelling/artillery/missile attack", "Attack", "Peaceful protest"};
  private static final String[] EVENT_TYPES = {"Battles", "Explosions/Remote violence",
      "Explosions/Remote violence", "Violence against civilians", "Protests"};

  private LinkingThroughput() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<LinkClaim> claims = synthetic(n, new SplittableRandom(42));
    // warm up on a tenth so the JIT does not dominate the figure
    new IncidentLinker().addAll(claims.subList(0, n / 10));
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    IncidentLinker linker = new IncidentLinker();
    linker.addAll(claims);
    long t1 = System.nanoTime();
    long heapAfter = rt.totalMemory() - rt.freeMemory();
    double s = (t1 - t0) / 1e9;
    System.out.printf("linked %,d claims into %,d incidents in %.2f s: %,.0f claims/s on one"
        + " thread; heap +%d MB%n", n, linker.size(), s, n / s,
        Math.max(0, heapAfter - heapBefore) >> 20);
  }

  static List<LinkClaim> synthetic(int n, SplittableRandom rnd) {
    List<LinkClaim> out = new ArrayList<>(n);
    long day0 = java.time.LocalDate.of(2023, 1, 1).toEpochDay();
    int occurrence = 0;
    while (out.size() < n) {
      occurrence++;
      int country = rnd.nextInt(20);
      double lat = 10 + country * 2 + rnd.nextDouble() * 3;
      double lon = 20 + country * 2 + rnd.nextDouble() * 3;
      long day = day0 + rnd.nextInt(365);
      int type = rnd.nextInt(TYPES.length);
      int fatalities = rnd.nextInt(20);
      int outlets = 1 + rnd.nextInt(4);
      for (int o = 0; o < outlets && out.size() < n; o++) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("event_id", String.format("e%07d-%d", occurrence, o));
        r.put("doc_id", String.format("d%07d-%d", occurrence, o));
        r.put("event_type", EVENT_TYPES[type]);
        r.put("sub_event_type", TYPES[type]);
        double vague = rnd.nextDouble();
        if (vague < 0.05) {
          r.put("time_precision", 3); // undated
        } else if (vague < 0.15) {
          java.time.LocalDate d = java.time.LocalDate.ofEpochDay(day);
          r.put("date_earliest", d.withDayOfMonth(1).toString());
          r.put("date_latest", d.withDayOfMonth(d.lengthOfMonth()).toString());
          r.put("time_precision", 3);
        } else {
          String d = java.time.LocalDate.ofEpochDay(day).toString();
          r.put("event_date", d);
          r.put("date_earliest", d);
          r.put("date_latest", d);
          r.put("time_precision", 1);
        }
        r.put("location", "place-" + country + "-" + (int) (lat * 10));
        r.put("admin1", "admin-" + country + "-" + (int) lat);
        r.put("country_code", "C" + (char) ('A' + country));
        r.put("latitude", lat + rnd.nextGaussian() * 0.05);
        r.put("longitude", lon + rnd.nextGaussian() * 0.05);
        r.put("geo_precision", 1 + rnd.nextInt(2));
        r.put("actor1", rnd.nextBoolean() ? "Actor " + country : null);
        r.put("fatalities", fatalities + rnd.nextInt(3));
        r.put("factuality", "reported");
        out.add(LinkClaim.of(r));
      }
    }
    return out;
  }
}
