package sitrep.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sitrep.model.resource.Tsv;
import sitrep.nlp.text.NameNormalizer;
import sitrep.nlp.text.PhraseMatcher;

/**
 * The grammar words of one language from {@code sitrep/events/<lang>/discourse.tsv}: clause breaks,
 * prepositions that mark agents and targets, determiners, anaphoric installation nouns. A language
 * without the file gets an empty matcher and falls back to position-only role rules.
 */
final class EventRules {
  private static final Map<String, EventRules> LOADED = new ConcurrentHashMap<>();

  private final PhraseMatcher<DiscourseRole> matcher;

  private EventRules(String language) {
    PhraseMatcher.Builder<DiscourseRole> b = PhraseMatcher.builder(NameNormalizer.standard());
    List<Tsv.Row> rows = Tsv.readOptional("sitrep/events/" + language + "/discourse.tsv");
    if (rows != null) {
      for (Tsv.Row r : rows) {
        try {
          b.add(r.get(0), r.getEnum(1, DiscourseRole.class));
        } catch (IllegalArgumentException e) {
          throw r.error(e.getMessage());
        }
      }
    }
    matcher = b.build();
  }

  static EventRules forLanguage(String language) {
    return LOADED.computeIfAbsent(language, EventRules::new);
  }

  PhraseMatcher<DiscourseRole> matcher() {
    return matcher;
  }
}
