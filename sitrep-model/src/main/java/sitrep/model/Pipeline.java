package sitrep.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import sitrep.model.resource.ResourceException;

/**
 * An ordered chain of stages whose requirements are checked once, when the pipeline is built: a
 * stage that needs a layer no earlier stage produces is a configuration error, reported at start.
 */
public final class Pipeline {
  private final List<Stage> stages;
  private final Set<Layer> produces;

  private Pipeline(List<Stage> stages, Set<Layer> produces) {
    this.stages = List.copyOf(stages);
    this.produces = Set.copyOf(produces);
  }

  /**
   * Builds a pipeline over documents that already carry {@code given} layers.
   *
   * @throws IllegalArgumentException naming the first stage whose requirements are not met, or a
   *     layer produced twice
   */
  public static Pipeline of(Set<Layer> given, List<? extends Stage> stages) {
    EnumSet<Layer> have = EnumSet.noneOf(Layer.class);
    have.addAll(given);
    for (Stage s : stages) {
      EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(s.requires());
      missing.removeAll(have);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "stage '" + s.name() + "' requires " + missing + " which no earlier stage produces");
      }
      for (Layer l : s.produces()) {
        if (!have.add(l)) {
          throw new IllegalArgumentException(
              "stage '" + s.name() + "' produces " + l + " which is already produced earlier");
        }
      }
    }
    return new Pipeline(new ArrayList<>(stages), have);
  }

  /** A pipeline over freshly read documents (only {@link Layer#RAW} present). */
  public static Pipeline of(List<? extends Stage> stages) {
    return of(Set.of(Layer.RAW), stages);
  }

  public Document process(Document doc) {
    Document d = doc;
    for (Stage s : stages) {
      d = s.process(d);
    }
    return d;
  }

  /**
   * Runs the stages, turning a stage's failure on this document into a warning: the document
   * keeps the layers made before the failure, and the batch goes on. Programming errors still
   * surface in tests through {@link #process}; a user's batch must not die of one bad document.
   */
  public Document processOrWarn(Document doc) {
    Document d = doc;
    for (Stage s : stages) {
      try {
        d = s.process(d);
      } catch (ResourceException e) {
        throw e; // broken data files are a configuration error for every document, not this one's
      } catch (RuntimeException | StackOverflowError e) {
        return d.warn("internal", "stage '" + s.name() + "' failed on this document ("
            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
            + "); its later layers are missing");
      }
    }
    return d;
  }

  public List<Stage> stages() {
    return stages;
  }

  /** All layers a processed document carries. */
  public Set<Layer> produces() {
    return produces;
  }
}
