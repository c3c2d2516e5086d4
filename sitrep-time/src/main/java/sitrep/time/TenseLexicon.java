package sitrep.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sitrep.model.resource.Tsv;

/**
 * The words that tell past from future in one language, loaded from {@code tense.tsv}: verb forms
 * that carry the tense ("wurde", "fand", "will"), auxiliaries and participles that make a perfect
 * ("hat … angegriffen"), and weaker hints ("damals", "upcoming", English "-ed" forms). Immutable;
 * the per-document work is in {@link TenseFinder}.
 *
 * <p>A cue is a word or a pattern with {@code *} for any run of letters ({@code ge*t}, {@code
 * *ierte}). A word matches the token in any case; a pattern matches only a token that begins in
 * lower case, so that German nouns ("Gebiet", "Geschäft") do not pass for participles. Class NONE
 * takes a word out of the patterns ("need" is no past tense).
 */
final class TenseLexicon {

  /** What a token says about tense. */
  enum Cue {
    NONE,
    /** A finite verb form in the future: "wird", "will". */
    FUTURE,
    /** A finite verb form in the past: "wurde", "fand", "said". */
    PAST,
    /** A finite verb form in the present: "ist", "findet", "is"; the clause says nothing. */
    PRESENT,
    /**
     * A perfect auxiliary ("hat", "ist"): past when a PARTICIPLE is in the same clause, else a
     * present form.
     */
    PERFECT,
    PARTICIPLE,
    /** A preposition that puts what follows it in the past, whatever the verb: "seit", "since". */
    PAST_PREP,
    /** Adverbs and other hints, used only when no verb decides: "demnächst", "tomorrow". */
    FUTURE_HINT,
    PAST_HINT
  }

  private record Glob(String[] pieces, Cue cue) {
    boolean matches(String w) {
      if (!w.startsWith(pieces[0])) {
        return false;
      }
      int at = pieces[0].length();
      for (int i = 1; i < pieces.length - 1; i++) {
        int found = w.indexOf(pieces[i], at);
        if (found < 0) {
          return false;
        }
        at = found + pieces[i].length();
      }
      String last = pieces[pieces.length - 1];
      return w.length() - last.length() >= at && w.endsWith(last);
    }
  }

  static final TenseLexicon EMPTY = new TenseLexicon(Map.of(), List.of());

  private final Map<String, Cue> words;
  private final List<Glob> globs;
  /** The patterns a word ending in this letter can match, in file order; most end in a letter. */
  private final Map<Character, List<Glob>> globsByLast;
  /** The patterns that end in {@code *}, for any other last letter. */
  private final List<Glob> openEnded;

  private TenseLexicon(Map<String, Cue> words, List<Glob> globs) {
    this.words = words;
    this.globs = globs;
    List<Glob> open = new ArrayList<>();
    Map<Character, List<Glob>> byLast = new HashMap<>();
    for (Glob g : globs) {
      String last = g.pieces()[g.pieces().length - 1];
      if (last.isEmpty()) {
        open.add(g);
      } else {
        byLast.putIfAbsent(last.charAt(last.length() - 1), new ArrayList<>());
      }
    }
    for (Map.Entry<Character, List<Glob>> e : byLast.entrySet()) {
      for (Glob g : globs) {
        String last = g.pieces()[g.pieces().length - 1];
        if (last.isEmpty() || last.charAt(last.length() - 1) == e.getKey()) {
          e.getValue().add(g);
        }
      }
    }
    Map<Character, List<Glob>> frozen = new HashMap<>();
    byLast.forEach((c, l) -> frozen.put(c, List.copyOf(l)));
    this.globsByLast = Map.copyOf(frozen);
    this.openEnded = List.copyOf(open);
  }

  /** Reads {@code class<TAB>cue} rows; {@link #EMPTY} when the language has no such file. */
  static TenseLexicon load(String resource) {
    List<Tsv.Row> rows = Tsv.readOptional(resource);
    if (rows == null) {
      return EMPTY;
    }
    Map<String, Cue> words = new HashMap<>();
    List<Glob> globs = new ArrayList<>();
    for (Tsv.Row row : rows) {
      if (row.fields().size() != 2) {
        throw row.error("expected 2 tab-separated fields (class, cue), found "
            + row.fields().size());
      }
      Cue cue = row.getEnum(0, Cue.class);
      String text = row.get(1).trim().toLowerCase(Locale.ROOT);
      if (!text.matches("[\\p{L}*]+") || text.replace("*", "").isEmpty()) {
        throw row.error("cue must be letters with optional '*': '" + row.get(1) + "'");
      }
      if (text.indexOf('*') >= 0) {
        globs.add(new Glob(text.split("\\*", -1), cue));
      } else if (words.put(text, cue) != null) {
        throw row.error("duplicate cue '" + text + "'");
      }
    }
    return new TenseLexicon(Map.copyOf(words), List.copyOf(globs));
  }

  boolean isEmpty() {
    return words.isEmpty() && globs.isEmpty();
  }

  /** What word token {@code i} says: its own entry, else the first pattern that takes it. */
  Cue cue(Tokens t, int i) {
    if (!t.isWord(i)) {
      return Cue.NONE;
    }
    String w = t.lower(i);
    Cue c = words.get(w);
    if (c != null) {
      return c;
    }
    if (t.startsUpperCase(i)) {
      return Cue.NONE;
    }
    List<Glob> candidates = globsByLast.getOrDefault(w.charAt(w.length() - 1), openEnded);
    for (int k = 0; k < candidates.size(); k++) {
      Glob g = candidates.get(k);
      if (g.matches(w)) {
        return g.cue();
      }
    }
    return Cue.NONE;
  }
}
