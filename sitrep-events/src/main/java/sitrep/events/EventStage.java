package sitrep.events;

import org.jspecify.annotations.Nullable;
import sitrep.events.learn.SubTypeModel;

import java.util.List;
import java.util.Set;
import sitrep.model.Document;
import sitrep.model.Layer;
import sitrep.model.Stage;

/**
 * Codes event claims and force-posture records from a document's mentions, times and places.
 * One pass finds the candidates of every clause; {@link ClaimBuilder} merges them into one claim
 * per occurrence and {@link PostureBuilder} into posture records. Rules and word lists are loaded
 * once and shared; the stage holds no per-document state.
 */
public final class EventStage implements Stage {
  private final @Nullable SubTypeModel model;

  /** The rules alone. */
  public EventStage() {
    this(null);
  }

  /**
   * The rules, with a learned classifier that may change an event's sub-event type when it is
   * confident ({@code ./sitrep train}); null for none.
   */
  public EventStage(@Nullable SubTypeModel model) {
    this.model = model;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.CLEAN_TEXT, Layer.LANGUAGE, Layer.SENTENCES, Layer.MENTIONS, Layer.TIMES,
        Layer.PLACES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.EVENTS, Layer.POSTURE);
  }

  @Override
  public Document process(Document doc) {
    DocumentView view = new DocumentView(doc);
    List<Candidate> candidates = new CandidateFinder(view).find();
    return doc.withEvents(new ClaimBuilder(view, model).build(candidates))
        .withPosture(new PostureBuilder(view).build(candidates));
  }
}
