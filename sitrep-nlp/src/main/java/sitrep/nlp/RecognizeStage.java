package sitrep.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import sitrep.model.ActorMention;
import sitrep.model.CueMention;
import sitrep.model.DemonymMention;
import sitrep.model.Document;
import sitrep.model.Layer;
import sitrep.model.Mention;
import sitrep.model.NumberMention;
import sitrep.model.Sentence;
import sitrep.model.Span;
import sitrep.model.Stage;
import sitrep.model.TriggerMention;
import sitrep.model.WeaponMention;
import sitrep.nlp.lexicon.Actor;
import sitrep.nlp.lexicon.Lexicon;
import org.jspecify.annotations.Nullable;
import sitrep.nlp.text.CompoundSplitter;
import sitrep.nlp.text.NameNormalizer;
import sitrep.nlp.text.Piece;
import sitrep.nlp.text.PhraseMatcher;

/**
 * Recognizes actors, demonyms, weapons, event triggers, cue words and numbers with the lexicons of
 * the document's language, and weapons and actors inside the modifier parts of compounds. Matching runs sentence by sentence, so no phrase spans a sentence
 * boundary; categories are matched independently and may overlap ("rocket attack" is a trigger and
 * contains a weapon).
 */
public final class RecognizeStage implements Stage {
  private final NameNormalizer normalizer = NameNormalizer.standard();

  /** Loads and checks the lexicons of the languages that have them, so broken data fails here. */
  public RecognizeStage() {
    for (String language : Lexicon.languages()) {
      Lexicon.forLanguage(language);
    }
  }

  @Override
  public String name() {
    return "recognize";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.CLEAN_TEXT, Layer.LANGUAGE, Layer.SENTENCES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.MENTIONS);
  }

  @Override
  public Document process(Document doc) {
    String text = doc.text();
    String language = doc.language() == null ? "und" : doc.language();
    Lexicon lex = Lexicon.forLanguage(language);
    CompoundSplitter splitter = CompoundSplitter.forLanguage(language);
    List<Mention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Piece> pieces = Piece.split(text, s.span().start(), s.span().end());
      if (pieces.isEmpty()) {
        continue;
      }
      List<String> keys = PhraseMatcher.keys(normalizer, pieces);
      for (var m : lex.actorMatcher().find(pieces, keys)) {
        Actor a = m.value();
        out.add(new ActorMention(span(m), text.substring(m.start(), m.end()), a.id(), a.name(),
            a.countryCode(), a.inter(), a.kind()));
      }
      for (var m : lex.demonymMatcher().find(pieces, keys)) {
        out.add(new DemonymMention(span(m), text.substring(m.start(), m.end()), m.value()));
      }
      for (var m : lex.weaponMatcher().find(pieces, keys)) {
        out.add(new WeaponMention(span(m), text.substring(m.start(), m.end()), m.value().id(),
            m.value().weaponClass(), m.value().name()));
      }
      compoundParts(text, pieces, lex, splitter, out);
      for (var m : lex.triggerMatcher().find(pieces, keys)) {
        out.add(new TriggerMention(span(m), text.substring(m.start(), m.end()),
            m.value().trigger(), m.value().verbal()));
      }
      for (var m : lex.cueMatcher().find(pieces, keys)) {
        out.add(new CueMention(span(m), text.substring(m.start(), m.end()), m.value()));
      }
      numbers(text, pieces, keys, lex, out);
    }
    out.sort(Comparator.comparing(Mention::span));
    return doc.withMentions(out);
  }

  /**
   * The modifier parts of closed compounds: "Raketenangriffe" names rockets, "Drohnenabschuss" a
   * drone, "Milizkämpfer" a militia. The head part is already matched through the lexicons'
   * compound-head patterns ({@code ~angriff*}); matching the modifiers adds weapons, actors and
   * demonyms with spans inside the word.
   */
  private void compoundParts(String text, List<Piece> pieces, Lexicon lex,
      @Nullable CompoundSplitter splitter, List<Mention> out) {
    if (splitter == null) {
      return;
    }
    for (Piece p : pieces) {
      List<int[]> parts = splitter.parts(p.text());
      for (int i = 0; i + 1 < parts.size(); i++) {
        int start = p.start() + parts.get(i)[0];
        int end = p.start() + parts.get(i)[1];
        List<Piece> one = List.of(new Piece(start, end, text.substring(start, end), true));
        List<String> key = PhraseMatcher.keys(normalizer, one);
        for (var m : lex.weaponMatcher().find(one, key)) {
          out.add(new WeaponMention(span(m), text.substring(m.start(), m.end()), m.value().id(),
              m.value().weaponClass(), m.value().name()));
        }
        for (var m : lex.actorMatcher().find(one, key)) {
          Actor a = m.value();
          out.add(new ActorMention(span(m), text.substring(m.start(), m.end()), a.id(), a.name(),
              a.countryCode(), a.inter(), a.kind()));
        }
      }
    }
  }

  /** Number words and digit groups; a hedge ("at least", "mindestens") makes the next one approximate. */
  private static void numbers(String text, List<Piece> pieces, List<String> keys, Lexicon lex,
      List<Mention> out) {
    List<PhraseMatcher.Match<Lexicon.NumberWord>> words = lex.numberMatcher().find(pieces, keys);
    boolean hedged = false;
    int hedgeEnd = -1;
    int w = 0;
    for (int i = 0; i < pieces.size(); i++) {
      while (w < words.size() && words.get(w).lastPiece() < i) {
        w++;
      }
      PhraseMatcher.Match<Lexicon.NumberWord> word =
          w < words.size() && words.get(w).firstPiece() == i ? words.get(w) : null;
      if (hedged && i > hedgeEnd + 1) {
        hedged = false;
      }
      if (word != null && word.value().hedge()) {
        hedged = true;
        hedgeEnd = word.lastPiece();
        i = word.lastPiece();
        continue;
      }
      if (word != null) {
        out.add(new NumberMention(new Span(word.start(), word.end()),
            text.substring(word.start(), word.end()), word.value().value(),
            word.value().approximate() || hedged));
        hedged = false;
        i = word.lastPiece();
        continue;
      }
      Piece p = pieces.get(i);
      if (isDigits(p.text())) {
        // "1,200" and "1.200" are one number when every group after the first has three digits
        int last = i;
        StringBuilder digits = new StringBuilder(p.text());
        while (last + 1 < pieces.size() && isDigits(pieces.get(last + 1).text())
            && pieces.get(last + 1).text().length() == 3
            && pieces.get(last + 1).start() == pieces.get(last).end() + 1
            && ",.".indexOf(text.charAt(pieces.get(last).end())) >= 0) {
          last++;
          digits.append(pieces.get(last).text());
        }
        if (digits.length() <= 9) {
          int end = pieces.get(last).end();
          out.add(new NumberMention(new Span(p.start(), end), text.substring(p.start(), end),
              Long.parseLong(digits.toString()), hedged));
        }
        hedged = false;
        i = last;
      }
    }
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Span span(PhraseMatcher.Match<?> m) {
    return new Span(m.start(), m.end());
  }
}
