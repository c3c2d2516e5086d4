package sitrep.geo;

import java.util.List;
import java.util.Set;
import sitrep.geo.gazetteer.Gazetteer;
import sitrep.geo.resolve.ToponymFinder;
import sitrep.model.Document;
import sitrep.model.Layer;
import sitrep.model.Place;
import sitrep.model.Stage;

/**
 * The "geo" stage: finds the toponyms of a document's cleaned text and adds them as the
 * {@link Layer#PLACES} layer, in text order, resolved to countries, divisions, populated places,
 * installations and regions of the {@link Gazetteer}. See {@link ToponymFinder} for the rules.
 *
 * <p>Stateless and thread-safe; the gazetteer and the per-language rules are loaded once.
 */
public final class GeoStage implements Stage {
  private final ToponymFinder finder;

  /** The stage over the bundled gazetteer. */
  public GeoStage() {
    this(ToponymFinder.standard());
  }

  public GeoStage(ToponymFinder finder) {
    this.finder = finder;
  }

  /** The stage over another gazetteer (a GeoNames-built one, a test's). */
  public GeoStage(Gazetteer gazetteer) {
    this(new ToponymFinder(gazetteer));
  }

  @Override
  public String name() {
    return "geo";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.CLEAN_TEXT, Layer.LANGUAGE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.PLACES);
  }

  @Override
  public Document process(Document doc) {
    List<Place> places = finder.find(doc.text(), doc.language());
    return doc.withPlaces(places);
  }

  /** The gazetteer this stage resolves against, for lookups by the stages after it. */
  public Gazetteer gazetteer() {
    return finder.gazetteer();
  }
}
