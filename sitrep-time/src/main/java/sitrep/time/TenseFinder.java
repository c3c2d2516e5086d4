package sitrep.time;

import org.jspecify.annotations.Nullable;
import sitrep.time.TenseLexicon.Cue;

/**
 * Reads the tense of the clause around an expression from cue words, as HeidelTime reads it from
 * part-of-speech tags: the clause first (commas, brackets, dashes and quotes end it), then the
 * sentence (a colon ends it). A preposition such as "seit" just before the expression overrides
 * them all. Within a scope the verb form nearest the expression decides, a present one for
 * UNKNOWN; without verb forms, the nearest hint. One instance per document; each token is
 * classified at most once.
 */
final class TenseFinder {

  /** How far to look on each side, in tokens: keeps the work per expression bounded. */
  private static final int REACH = 60;

  private static final Cue[] CUES = Cue.values();

  private static final int NONE = Integer.MAX_VALUE;

  private final Tokens t;
  private final TenseLexicon lexicon;
  private byte[] cues;

  TenseFinder(Tokens t, TenseLexicon lexicon) {
    this.t = t;
    this.lexicon = lexicon;
  }

  /** The tense around tokens [from, to). */
  Tense around(int from, int to) {
    if (lexicon.isEmpty()) {
      return Tense.UNKNOWN;
    }
    // "seit dem 5. Juli", "since September": the preposition decides
    for (int i = from - 1; i >= 0 && i >= from - 2 && t.sameParagraph(i + 1); i--) {
      if (cue(i) == Cue.PAST_PREP) {
        return Tense.PAST;
      }
    }
    int clauseFrom = from;
    while (clauseFrom > 0 && from - clauseFrom < REACH && !endsClause(clauseFrom - 1)
        && t.sameParagraph(clauseFrom)) {
      clauseFrom--;
    }
    int clauseTo = to;
    while (clauseTo < t.size() && clauseTo - to < REACH && !endsClause(clauseTo)
        && t.sameParagraph(clauseTo)) {
      clauseTo++;
    }
    Tense tense = decide(clauseFrom, clauseTo, from, to);
    if (tense != null) {
      return tense;
    }
    int sentenceFrom = clauseFrom;
    while (sentenceFrom > 0 && from - sentenceFrom < REACH && !endsSentence(sentenceFrom - 1)
        && t.sameParagraph(sentenceFrom)) {
      sentenceFrom--;
    }
    int sentenceTo = clauseTo;
    while (sentenceTo < t.size() && sentenceTo - to < REACH && !endsSentence(sentenceTo)
        && t.sameParagraph(sentenceTo)) {
      sentenceTo++;
    }
    if (sentenceFrom == clauseFrom && sentenceTo == clauseTo) {
      return Tense.UNKNOWN;
    }
    tense = decide(sentenceFrom, sentenceTo, from, to);
    return tense == null ? Tense.UNKNOWN : tense;
  }

  /**
   * The tense tokens [a, b) give the expression at [from, to): the nearest verb form (a present
   * one leaves it UNKNOWN: the clause has its verb, and it says nothing), else the nearest hint;
   * null when there is neither.
   */
  private @Nullable Tense decide(int a, int b, int from, int to) {
    int future = NONE;
    int past = NONE;
    int present = NONE;
    int perfect = NONE;
    int participle = NONE;
    int futureHint = NONE;
    int pastHint = NONE;
    for (int i = a; i < b; i++) {
      if (i >= from && i < to) {
        continue;
      }
      int d = i < from ? from - i : i - to + 1;
      switch (cue(i)) {
        case FUTURE -> future = Math.min(future, d);
        case PAST -> past = Math.min(past, d);
        case PRESENT -> present = Math.min(present, d);
        case PERFECT -> perfect = Math.min(perfect, d);
        case PARTICIPLE -> participle = Math.min(participle, d);
        case FUTURE_HINT -> futureHint = Math.min(futureHint, d);
        case PAST_HINT -> pastHint = Math.min(pastHint, d);
        default -> { }
      }
    }
    if (perfect != NONE) {
      if (participle != NONE) {
        past = Math.min(past, Math.max(perfect, participle));
      } else {
        present = Math.min(present, perfect);
      }
    }
    if (future != NONE || past != NONE || present != NONE) {
      if (future <= past && future <= present) {
        return Tense.FUTURE;
      }
      return past <= present ? Tense.PAST : Tense.UNKNOWN;
    }
    if (futureHint != NONE || pastHint != NONE) {
      return futureHint < pastHint ? Tense.FUTURE : Tense.PAST;
    }
    return null;
  }

  private Cue cue(int i) {
    if (cues == null) {
      cues = new byte[t.size()];
    }
    byte c = cues[i];
    if (c == 0) {
      c = (byte) (lexicon.cue(t, i).ordinal() + 1);
      cues[i] = c;
    }
    return CUES[c - 1];
  }

  /**
   * Statement ends: . ! ? ; and the colon, after which a new statement begins; but not the dot of
   * an ordinal ("5. Juli") or an initial ("U.S.").
   */
  private boolean endsSentence(int i) {
    if (t.isPunct(i, '!') || t.isPunct(i, '?') || t.isPunct(i, ';') || t.isPunct(i, ':')) {
      return true;
    }
    if (!t.isPunct(i, '.') || i == 0) {
      return false;
    }
    return !t.isNumber(i - 1) && !(t.isWord(i - 1) && t.end(i - 1) - t.start(i - 1) == 1);
  }

  private boolean endsClause(int i) {
    if (endsSentence(i)) {
      return true;
    }
    if (t.kind(i) != Tokens.PUNCT) {
      return false;
    }
    char c = t.text.charAt(t.start(i));
    return c == ',' || c == '(' || c == ')' || c == '"' || c == '„' || c == '“'
        || c == '”' || c == '«' || c == '»' || c == '–' || c == '—';
  }
}
