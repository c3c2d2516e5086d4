package sitrep.store;

/**
 * An area in WGS84 degrees, as {@code bbox=west,south,east,north} gives it. A box whose west edge
 * lies east of its east edge crosses the antimeridian ({@code 170,-20,-170,20} spans the Fiji
 * islands), as in RFC 7946. Edges belong to the box.
 *
 * @throws IllegalArgumentException (from the constructor) naming {@code bbox} when an edge is out
 *     of range or south lies north of north
 */
public record BoundingBox(double west, double south, double east, double north) {

  public BoundingBox {
    longitude("west", west);
    longitude("east", east);
    latitude("south", south);
    latitude("north", north);
    if (south > north) {
      throw new IllegalArgumentException(
          "bbox: south " + south + " lies north of north " + north + "; the order is w,s,e,n");
    }
  }

  /** Reads {@code west,south,east,north}, the form of the {@code bbox} parameter. */
  public static BoundingBox parse(String wsen) {
    String[] parts = wsen.split(",", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("bbox: expected four numbers west,south,east,north, got "
          + EventQuery.quoted(wsen));
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bbox: " + EventQuery.quoted(parts[i].strip())
            + " is not a number; expected west,south,east,north in degrees");
      }
    }
    return new BoundingBox(v[0], v[1], v[2], v[3]);
  }

  /** Whether the box spans the 180th meridian, its west edge east of its east edge. */
  public boolean crossesAntimeridian() {
    return west > east;
  }

  private static void longitude(String edge, double v) {
    if (!(v >= -180 && v <= 180)) {
      throw new IllegalArgumentException(
          "bbox: " + edge + " must be a longitude from -180 to 180, got " + v);
    }
  }

  private static void latitude(String edge, double v) {
    if (!(v >= -90 && v <= 90)) {
      throw new IllegalArgumentException(
          "bbox: " + edge + " must be a latitude from -90 to 90, got " + v);
    }
  }
}
