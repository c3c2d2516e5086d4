package sitrep.ingest.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.Tsv;

/** Month names in several languages, from {@code sitrep/ingest/meta/months.tsv}; loaded once. */
final class Months {
  private static final String FILE = "sitrep/ingest/meta/months.tsv";
  private static final Map<String, Integer> BY_NAME = load();

  /** A regex alternation of all names, longest first (for use inside a group). */
  static final String ALTERNATION = alternation();

  private Months() {}

  private static Map<String, Integer> load() {
    Map<String, Integer> map = new HashMap<>();
    for (Tsv.Row row : Tsv.read(FILE)) {
      int month = row.getInt(1);
      if (month < 1 || month > 12) {
        throw row.error("month must be 1-12: " + month);
      }
      for (String name : row.get(2).trim().split("\\s+")) {
        Integer old = map.put(name.toLowerCase(Locale.ROOT), month);
        if (old != null && old != month) {
          throw row.error("'" + name + "' is already month " + old);
        }
      }
    }
    return Map.copyOf(map);
  }

  private static String alternation() {
    List<String> names = new ArrayList<>(BY_NAME.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(n));
    }
    return sb.toString();
  }

  /** The month (1-12) of a name, ignoring case and a trailing dot; null when unknown. */
  static @Nullable Integer month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    return BY_NAME.get(n);
  }
}
