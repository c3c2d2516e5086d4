package sitrep.geo.gazetteer;

/**
 * Where gazetteer data comes from: the bundled TSV files now, an index built from GeoNames later.
 * {@link Gazetteer#of} merges the data of several sources and validates it as a whole.
 */
public interface GazetteerSource {
  /** A short description for error messages ("bundled TSV files"). */
  String describe();

  /**
   * Reads the data.
   *
   * @throws sitrep.model.resource.ResourceException naming file and line when the data is malformed
   */
  GazetteerData read();
}
