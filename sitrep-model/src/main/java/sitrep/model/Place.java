package sitrep.model;

import org.jspecify.annotations.Nullable;

/**
 * A toponym in the text and what it was resolved to.
 *
 * @param name the place name as resolved ("Deir ez-Zor", "al-Omar oil field")
 * @param feature GeoNames feature code ({@code PPLA}, {@code ADM1}, {@code PCLI}) or
 *     {@code INSTALLATION}
 * @param site the installation's name when the place is one
 * @param holder lexicon id of the actor known to hold the installation, if public
 * @param geoPrecision ACLED: 1 the place itself, 2 near or part of it, 3 only a larger region
 * @param relation a relative phrase that moved the event off the place itself ("east of"), if any
 * @param literal false for metonymy ("Washington said")
 */
public record Place(
    Span span, String text, String name, @Nullable Long geonamesId,
    @Nullable Double latitude, @Nullable Double longitude,
    @Nullable String countryCode, @Nullable String country, @Nullable String admin1,
    String feature, @Nullable String site, @Nullable String holder, int geoPrecision,
    @Nullable String relation, boolean literal) {

  public boolean isInstallation() {
    return site != null;
  }

  public boolean isCountry() {
    return feature.startsWith("PCL");
  }
}
