package sitrep.store;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of {@link Store#queryEvents}.
 *
 * @param items event records as stored (the ordered maps of {@link sitrep.model.SchemaRecords}),
 *     newest event date first
 * @param next the cursor for the following page, null when this one is the last
 */
public record EventPage(List<Map<String, @Nullable Object>> items, @Nullable String next) {
  public EventPage {
    items = List.copyOf(items);
  }
}
