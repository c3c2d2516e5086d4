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
  private final List<String> nonPastEndings = new java.util.ArrayList<>();

  private EventRules(String language) {
    PhraseMatcher.Builder<DiscourseRole> b = PhraseMatcher.builder(NameNormalizer.standard());
    List<Tsv.Row> rows = Tsv.readOptional("sitrep/events/" + language + "/discourse.tsv");
    if (rows != null) {
      for (Tsv.Row r : rows) {
        try {
          DiscourseRole role = r.getEnum(1, DiscourseRole.class);
          if (role == DiscourseRole.NON_PAST_ENDING) {
            nonPastEndings.add(r.get(0).toLowerCase(java.util.Locale.ROOT));
          } else {
            b.add(r.get(0), role);
          }
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

  /**
   * Whether a verb form that differs from its lemma tells the past: in a language that lists the
   * endings of its other inflected forms (English "-ing", "-s"), any other inflected form is a
   * past tense or participle ("killed", "blew", "shot"). Languages without the list say no.
   */
  boolean inflectedPast(String form, @org.jspecify.annotations.Nullable String lemma) {
    if (nonPastEndings.isEmpty() || lemma == null) {
      return false;
    }
    String f = form.toLowerCase(java.util.Locale.ROOT);
    if (f.equals(lemma.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (String e : nonPastEndings) {
      if (f.endsWith(e)) {
        return false;
      }
    }
    return true;
  }
}
