package sitrep.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a document listing.
 *
 * @param source file (and record) the document was read from, as in warnings
 */
public record DocumentSummary(
    String id, String source, @Nullable String title, @Nullable String language,
    @Nullable LocalDate published, int events, int posture, int warnings) {}
