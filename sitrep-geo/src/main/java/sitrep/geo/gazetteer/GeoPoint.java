package sitrep.geo.gazetteer;

/**
 * A WGS84 position in decimal degrees.
 *
 * @param latitude -90 to 90
 * @param longitude -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {
  /** Mean earth radius (IUGG), as haversine distances usually take it. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("not a WGS84 position: " + latitude + ", " + longitude);
    }
  }

  /** Great-circle distance in kilometres (haversine). */
  public double distanceKm(GeoPoint other) {
    return distanceKm(latitude, longitude, other.latitude, other.longitude);
  }

  /** Great-circle distance in kilometres between two positions in decimal degrees (haversine). */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }
}
