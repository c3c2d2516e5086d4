package sitrep.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A force-posture record: who holds an installation and what changed there (SCHEMA.md,
 * {@code kind: "posture"}).
 */
public record PostureRecord(
    String postureId,
    String docId,
    @Nullable String site,
    @Nullable ActorRef holder,
    PostureChange change,
    List<String> equipment,
    @Nullable Long quantity,
    @Nullable DateValue date,
    @Nullable Place place,
    Factuality factuality,
    @Nullable String claimSource,
    String language,
    List<Evidence> evidence,
    double confidence) {

  public PostureRecord {
    equipment = List.copyOf(equipment);
    evidence = List.copyOf(evidence);
  }
}
