package sitrep.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.model.Document;
import sitrep.model.Layer;
import sitrep.model.Stage;
import sitrep.model.TimeExpression;

/**
 * Finds temporal expressions and resolves them to TIMEX3 values and ACLED-style date intervals, so
 * that the event stage can date what the text reports: "am 27. Juni" → 2021-06-27, "am Tag darauf"
 * → the day after the previous date, "a week ago" → publication − 7 days ± 3.
 *
 * <p>Language knowledge lives in {@code sitrep/time/<lang>/words.tsv} and {@code rules.tsv}; a
 * language without them yields no expressions. Rules are loaded once per language and shared, so
 * the stage is stateless and safe to call from many threads.
 *
 * <p>Decisions a consumer should know:
 *
 * <ul>
 *   <li>Spans follow TIMEX3: a leading preposition ("am", "on", "in") is not part of the span;
 *       modifiers and determiners are ("genau eine Woche später", "the next day").
 *   <li>A part of the day next to the day it belongs to is merged into that day's expression,
 *       which becomes a TIME ("den frühen Morgenstunden am 6. Juli" → {@code XXXX-07-06TMO},
 *       "Thursday night", "Donnerstagabend") and keeps the day's {@link sitrep.model.DateValue}. A
 *       part of the day on its own ("mitten in der Nacht") and a clock time ("um 17.30 Uhr") are
 *       TIMEs on the previous date of the narrative, with that day as their date; before any
 *       date, on the publication day (the day before it still in their interval). A clock time
 *       right before a day joins it ("15:00 GMT Saturday"), a part of the day right after a clock
 *       time sets its half of the day ("8 Uhr abends" is 20:00).
 *   <li>A year-less date ("am 27. Juni", "im März", "im Sommer") is placed in a year by {@link
 *       YearResolver} when the publication date is known (its anchor is then {@code
 *       published:…}), on the side of publication the tense of its clause says ("wird … eröffnet"
 *       after, "griffen … an" before); with no tense to read, the nearer occurrence, a future one
 *       only within four months. Without a publication date it stays {@code --06-27}.
 *   <li>A bare weekday is the last such day on or before publication unless its clause is in the
 *       future tense: news reports what happened.
 *   <li>Each day of a list ("am 3., 4. und 5. Oktober") is its own DATE with the month of the
 *       date that closes the list; the first of two clock times sharing "Uhr" ("von 16 bis 17.30
 *       Uhr") is its own TIME.
 *   <li>A relative expression becomes the reference for the next one only when it names a day
 *       exactly, a month or a year; approximate ones ("a week later", "last week") do not.
 *   <li>Any expression with a non-null {@code date()} can date an event, whatever its type: "in
 *       the past few days" is a DURATION (PXD) whose date is the week before publication.
 *   <li>A range ("between 8 and 12 September") is one DATE whose value is the first day and whose
 *       interval covers the range; precision 2 up to seven days, else 3.
 * </ul>
 */
public final class TimeStage implements Stage {

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.CLEAN_TEXT, Layer.LANGUAGE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.TIMES);
  }

  @Override
  public Document process(Document doc) {
    return doc.withTimes(find(doc.text(), doc.language(), doc.meta().published()));
  }

  /**
   * The temporal expressions of a text, in text order; for callers that have a text but no
   * document (evaluation, the annotate command).
   *
   * @param language ISO 639-1 code; null or a language without rules gives an empty list
   * @param published the publication date relative expressions count from, or null
   */
  public static List<TimeExpression> find(String text, @Nullable String language,
      @Nullable LocalDate published) {
    TimeRules rules = TimeRules.forLanguage(language);
    if (rules.isEmpty() || text.isEmpty()) {
      return List.of();
    }
    Tokens tokens = Tokens.of(text);
    return TimeResolver.resolve(rules.find(tokens), tokens, published, rules);
  }
}
