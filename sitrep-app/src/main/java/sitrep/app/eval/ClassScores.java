package sitrep.app.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per-class precision, recall and F1 of a single-label classification, with the weighted (by gold
 * support) and macro averages the CASE 2021 task reports. {@code scored} limits the averages to a
 * subset of the gold classes (the 25 ACLED ones); a prediction outside the gold labels (no event
 * found) simply counts against recall.
 */
final class ClassScores {
  private final Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn
  private int items;
  private int right;

  void add(String gold, String predicted) {
    items++;
    if (gold.equals(predicted)) {
      right++;
      counts.computeIfAbsent(gold, k -> new int[3])[0]++;
    } else {
      counts.computeIfAbsent(gold, k -> new int[3])[2]++;
      counts.computeIfAbsent(predicted, k -> new int[3])[1]++;
    }
  }

  double accuracy() {
    return items == 0 ? 0 : (double) right / items;
  }

  int items() {
    return items;
  }

  /** Support-weighted F1 over the gold classes in {@code scored}. */
  double weightedF1(Set<String> scored) {
    double sum = 0;
    int support = 0;
    for (String c : scored) {
      int[] n = counts.get(c);
      if (n == null) {
        continue;
      }
      int s = n[0] + n[2];
      sum += s * f1(n);
      support += s;
    }
    return support == 0 ? 0 : sum / support;
  }

  /** Unweighted mean F1 over the classes in {@code scored} that occur in the gold labels. */
  double macroF1(Set<String> scored) {
    double sum = 0;
    int classes = 0;
    for (String c : scored) {
      int[] n = counts.get(c);
      if (n != null && n[0] + n[2] > 0) {
        sum += f1(n);
        classes++;
      }
    }
    return classes == 0 ? 0 : sum / classes;
  }

  /** Gold classes seen, in name order. */
  Set<String> goldClasses() {
    Set<String> out = new TreeSet<>();
    counts.forEach((k, n) -> {
      if (n[0] + n[2] > 0) {
        out.add(k);
      }
    });
    return out;
  }

  /** One row per gold class: class, support, precision, recall, F1. */
  void rows(Table t, Set<String> classes) {
    for (String c : classes) {
      int[] n = counts.getOrDefault(c, new int[3]);
      t.row(c, n[0] + n[2], Table.fmt(ratio(n[0], n[0] + n[1])), Table.fmt(ratio(n[0], n[0] + n[2])),
          Table.fmt(f1(n)));
    }
  }

  private static double f1(int[] n) {
    double p = ratio(n[0], n[0] + n[1]);
    double r = ratio(n[0], n[0] + n[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static List<String> header() {
    return List.of("class", "gold", "precision", "recall", "f1");
  }
}
