package sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import sitrep.model.Document;
import sitrep.model.Sentence;
import sitrep.model.Token;
import sitrep.model.resource.Tsv;
import sitrep.nlp.text.NameNormalizer;
import sitrep.nlp.text.Piece;
import sitrep.nlp.text.PhraseMatcher;

/**
 * Codes each sentence with a PLOVER event type from the words that carry the action ("agreed",
 * "condemned", "threatened to", "withdrew"), as dictionary coders in the PETRARCH line do, with
 * the phrases in {@code sitrep/events/<lang>/plover.tsv}. This covers the verbal and political
 * events (demands, threats, meetings, sanctions) that ACLED does not code; the ACLED events carry
 * their own PLOVER type through {@link sitrep.model.EventCodes}.
 *
 * <p>Per sentence the earliest phrase that starts on a verb wins, else the earliest noun phrase
 * ("talks", "sanctions"): the main clause usually comes first in news sentences.
 */
public final class PloverCoder {
  /** A sentence's PLOVER event: its type and the phrase that gave it. */
  public record PloverEvent(int sentence, int start, int end, String text, String type,
      boolean verbal) {}

  private static final Map<String, PloverCoder> LOADED = new ConcurrentHashMap<>();

  private final @Nullable PhraseMatcher<String> matcher;

  private PloverCoder(String language) {
    List<Tsv.Row> rows = Tsv.readOptional("sitrep/events/" + language + "/plover.tsv");
    if (rows == null) {
      matcher = null;
      return;
    }
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder(NameNormalizer.standard());
    for (Tsv.Row r : rows) {
      if (r.fields().size() != 2) {
        throw r.error("expected 2 fields: phrase, PLOVER type");
      }
      String type = r.get(1);
      if (!type.matches("[A-Z]+")) {
        throw r.error("PLOVER type must be an upper-case word: " + type);
      }
      b.add(r.get(0), type);
    }
    matcher = b.build();
  }

  /** The coder for a language; one without a phrase file codes nothing. */
  public static PloverCoder forLanguage(@Nullable String language) {
    return LOADED.computeIfAbsent(language == null ? "und" : language, PloverCoder::new);
  }

  /** At most one PLOVER event per sentence of an analyzed document, in sentence order. */
  public List<PloverEvent> code(Document d) {
    List<PloverEvent> out = new ArrayList<>();
    if (matcher == null) {
      return out;
    }
    String text = d.text();
    for (Sentence s : d.sentences()) {
      List<Piece> pieces = Piece.split(text, s.span().start(), s.span().end());
      List<String> keys = PhraseMatcher.keys(NameNormalizer.standard(), pieces);
      PhraseMatcher.Match<String> best = null;
      boolean bestVerbal = false;
      for (PhraseMatcher.Match<String> m : matcher.find(pieces, keys)) {
        boolean verbal = startsOnVerb(s, m.start());
        if (best == null || (verbal && !bestVerbal)) {
          best = m;
          bestVerbal = verbal;
        }
      }
      if (best != null) {
        out.add(new PloverEvent(s.index(), best.start(), best.end(),
            text.substring(best.start(), best.end()), best.value(), bestVerbal));
      }
    }
    return out;
  }

  private static boolean startsOnVerb(Sentence s, int offset) {
    for (Token t : s.tokens()) {
      if (t.span().start() == offset) {
        return "VERB".equals(t.pos()) || "AUX".equals(t.pos());
      }
    }
    return false;
  }
}
