package sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a page of {@link Store#queryEvents} ended: the sort key of its last event. The next page
 * starts after it, so events stored meanwhile neither repeat nor push others off a page, as they
 * would with an offset. Handed out as opaque base64url text; its inside may change.
 *
 * @param dateKey the event date as sorted ({@code ""} when the event has none)
 * @param docId and {@code ordinal}: the event's row, which breaks ties between equal dates
 */
record EventCursor(String dateKey, String docId, int ordinal) {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Tells this layout from later ones. */
  private static final String TAG = "e1";

  String encode() {
    try {
      byte[] json = JSON.writeValueAsBytes(List.of(TAG, dateKey, docId, ordinal));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a cursor", e);
    }
  }

  /**
   * Reads a cursor {@link #encode} wrote; null for null.
   *
   * @throws IllegalArgumentException naming {@code cursor} for anything else
   */
  static @Nullable EventCursor decode(@Nullable String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      JsonNode a = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor),
          StandardCharsets.UTF_8));
      if (a != null && a.isArray() && a.size() == 4 && TAG.equals(a.get(0).asText())
          && a.get(1).isTextual() && a.get(2).isTextual() && a.get(3).isInt()) {
        return new EventCursor(a.get(1).asText(), a.get(2).asText(), a.get(3).asInt());
      }
    } catch (IllegalArgumentException | JsonProcessingException e) {
      // reported below, as every other malformed cursor
    }
    throw new IllegalArgumentException("cursor: " + EventQuery.quoted(cursor)
        + " is not a cursor this store handed out; pass the \"next\" of the previous page");
  }
}
