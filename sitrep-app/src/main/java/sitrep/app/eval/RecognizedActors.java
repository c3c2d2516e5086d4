package sitrep.app.eval;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.model.ActorMention;
import sitrep.model.Document;
import sitrep.model.Place;
import sitrep.nlp.lexicon.Actor;
import sitrep.nlp.lexicon.Lexicon;

/**
 * The actors the lexicons recognized in a document, named as ACLED would: generic actors
 * ("Protesters ({country})") get the country most of the document's literal places lie in.
 */
final class RecognizedActors {
  private RecognizedActors() {}

  static Set<String> names(Document d) {
    String country = mainCountry(d);
    Set<String> names = new LinkedHashSet<>();
    for (ActorMention a : d.mentions(ActorMention.class)) {
      Actor actor = Lexicon.actors().get(a.id());
      names.add(actor == null ? a.name() : actor.nameIn(country));
    }
    return names;
  }

  static @Nullable String mainCountry(Document d) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Place p : d.places()) {
      if (p.literal() && p.countryCode() != null) {
        counts.merge(p.countryCode(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(null);
  }
}
