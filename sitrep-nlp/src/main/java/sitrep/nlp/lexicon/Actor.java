package sitrep.nlp.lexicon;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import sitrep.model.ActorKind;

/**
 * A canonical actor from {@code sitrep/nlp/actors.tsv}.
 *
 * @param name ACLED-style name; may contain {@code {country}}, filled from the event's country
 * @param airStrikes true when an unqualified attack by this actor is, in ACLED practice, an air or
 *     drone strike
 * @param label how a claim source is usually named ("SOHR", "Pentagon")
 */
public record Actor(String id, String name, @Nullable String countryCode, int inter,
    ActorKind kind, boolean airStrikes, String label) {

  /** True when the name needs the event's country ("Unidentified Armed Group ({country})"). */
  public boolean needsCountry() {
    return name.contains("{country}");
  }

  /**
   * The name with {@code {country}} filled in ACLED's way for the event's country ("Police Forces
   * of the Philippines", "Protesters (Philippines)"); an unknown country leaves the bare name.
   */
  public String nameIn(@Nullable String countryCode) {
    if (!needsCountry()) {
      return name;
    }
    String plain = AcledCountries.name(countryCode);
    if (plain == null) {
      return name.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "")
          .trim();
    }
    return name.replace("of {country}", "of " + AcledCountries.ofName(countryCode))
        .replace("{country}", plain);
  }

  public boolean isArmed() {
    return switch (kind) {
      case STATE_MILITARY, STATE_POLICE, REBEL, MILITIA, UNIDENTIFIED, COALITION -> true;
      default -> false;
    };
  }

  @Override
  public String toString() {
    return id + "(" + name.toLowerCase(Locale.ROOT) + ")";
  }
}
