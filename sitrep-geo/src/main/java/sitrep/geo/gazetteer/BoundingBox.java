package sitrep.geo.gazetteer;

/** A rough latitude/longitude box, to catch coordinates that cannot belong to their country. */
public record BoundingBox(double south, double west, double north, double east) {
  public BoundingBox {
    if (south > north || west > east) {
      throw new IllegalArgumentException("empty bounding box: south " + south + ", west " + west
          + ", north " + north + ", east " + east);
    }
  }

  public boolean contains(GeoPoint p) {
    return p.latitude() >= south && p.latitude() <= north
        && p.longitude() >= west && p.longitude() <= east;
  }
}
