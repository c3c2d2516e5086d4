package sitrep.app.eval;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import sitrep.model.Document;
import sitrep.model.EventClaim;

/** What the suites that judge one event per item share: which event that is, and confusions. */
final class Judged {
  private Judged() {}

  /** The main event of a document: the earliest sentence's, then the most confident. */
  static Optional<EventClaim> mainEvent(Document d) {
    return d.events().stream()
        .min(Comparator.comparingInt((EventClaim e) -> e.evidence().get(0).sentence())
            .thenComparing(e -> -e.confidence()));
  }

  /** Prints the most frequent confusions ("gold → predicted"), at most {@code n}. */
  static void printConfusions(PrintWriter out, String title, Map<String, Integer> confusions,
      int n) {
    out.println(title);
    confusions.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
        .forEach(e -> out.println("  " + e.getValue() + "  " + e.getKey()));
  }
}
