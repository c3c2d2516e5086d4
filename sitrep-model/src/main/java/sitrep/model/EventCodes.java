package sitrep.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.Tsv;

/**
 * CAMEO and PLOVER codes for ACLED sub-event types, from {@code sitrep/model/event-codes.tsv}:
 * an extra mapping so sitrep's events sit beside GDELT/ICEWS (CAMEO) and POLECAT (PLOVER) data.
 */
public final class EventCodes {
  /** The codes of one ACLED sub-event type; any may be null where nothing fits. */
  public record Codes(@Nullable String cameo, @Nullable String plover, @Nullable String ploverMode) {}

  private static final Codes NONE = new Codes(null, null, null);
  private static final Map<String, Codes> BY_SUB_TYPE = load();

  private EventCodes() {}

  /** The codes for an ACLED sub-event type; all null for an unknown one. */
  public static Codes of(@Nullable String subEventType) {
    return subEventType == null ? NONE : BY_SUB_TYPE.getOrDefault(subEventType, NONE);
  }

  /** Whether the mapping lists this sub-event type (with codes or with "-" for none). */
  public static boolean lists(String subEventType) {
    return BY_SUB_TYPE.containsKey(subEventType);
  }

  private static Map<String, Codes> load() {
    List<Tsv.Row> rows = Tsv.read("sitrep/model/event-codes.tsv");
    Map<String, Codes> out = new HashMap<>();
    for (Tsv.Row r : rows) {
      if (r.fields().size() != 4) {
        throw r.error("expected 4 fields: sub-event type, CAMEO, PLOVER, PLOVER mode");
      }
      if (out.put(r.get(0), new Codes(r.optional(1), r.optional(2), r.optional(3))) != null) {
        throw r.error("sub-event type listed twice: " + r.get(0));
      }
    }
    return Map.copyOf(out);
  }
}
