package sitrep.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.model.Document;
import sitrep.model.Evidence;
import sitrep.model.Mention;
import sitrep.model.Place;
import sitrep.model.Sentence;
import sitrep.model.Span;
import sitrep.model.TimeExpression;
import sitrep.nlp.text.NameNormalizer;
import sitrep.nlp.text.Piece;
import sitrep.nlp.text.PhraseMatcher;

/**
 * A document indexed by sentence for the event stage: each sentence's words, clauses, mentions,
 * places and times, and the quotations of the whole text. Built once per document, read-only.
 */
final class DocumentView {

  /** One sentence with everything that lies inside it. */
  static final class SentenceView {
    final Sentence sentence;
    final String text;
    final List<Piece> pieces;
    final List<String> keys;
    final List<Mention> mentions = new ArrayList<>();
    final List<Place> places = new ArrayList<>();
    final List<TimeExpression> times = new ArrayList<>();
    final Map<Integer, EnumSet<DiscourseRole>> roles = new HashMap<>();
    final List<PhraseMatcher.Match<DiscourseRole>> roleMatches;
    final List<Span> clauses = new ArrayList<>();

    SentenceView(Sentence sentence, String text, List<Piece> pieces, List<String> keys,
        List<PhraseMatcher.Match<DiscourseRole>> roleMatches) {
      this.sentence = sentence;
      this.text = text;
      this.pieces = pieces;
      this.keys = keys;
      this.roleMatches = roleMatches;
      for (var m : roleMatches) {
        roles.computeIfAbsent(m.firstPiece(), k -> EnumSet.noneOf(DiscourseRole.class))
            .add(m.value());
      }
    }

    /** Document text between two offsets. */
    String text(int from, int to) {
      return from < to ? text.substring(from, to) : "";
    }

    int index() {
      return sentence.index();
    }

    Span span() {
      return sentence.span();
    }

    boolean has(int piece, DiscourseRole role) {
      EnumSet<DiscourseRole> r = roles.get(piece);
      return r != null && r.contains(role);
    }

    /** Index of the first piece starting at or after {@code offset}. */
    int pieceAt(int offset) {
      int lo = 0;
      int hi = pieces.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pieces.get(mid).start() < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** Index of the last piece ending at or before {@code offset}, or -1. */
    int pieceBefore(int offset) {
      int i = pieceAt(offset) - 1;
      while (i >= 0 && pieces.get(i).end() > offset) {
        i--;
      }
      return i;
    }

    <M extends Mention> List<M> mentions(Class<M> type, Span within) {
      List<M> out = new ArrayList<>();
      for (Mention m : mentions) {
        if (type.isInstance(m) && within.contains(m.span())) {
          out.add(type.cast(m));
        }
      }
      return out;
    }

    Span clauseOf(int offset) {
      for (Span c : clauses) {
        if (offset >= c.start() && offset < c.end()) {
          return c;
        }
      }
      return span();
    }
  }

  final Document doc;
  final String text;
  final String language;
  final List<SentenceView> sentences = new ArrayList<>();
  final List<Span> quotes;
  final @Nullable Span dateline;
  final EventRules rules;

  DocumentView(Document doc) {
    this.doc = doc;
    this.text = doc.text();
    this.language = doc.language() == null ? "und" : doc.language();
    this.rules = EventRules.forLanguage(language);
    NameNormalizer normalizer = NameNormalizer.standard();
    for (Sentence s : doc.sentences()) {
      List<Piece> pieces = Piece.split(text, s.span().start(), s.span().end());
      List<String> keys = PhraseMatcher.keys(normalizer, pieces);
      SentenceView v = new SentenceView(s, text, pieces, keys, rules.matcher().findAll(pieces, keys));
      splitClauses(v);
      sentences.add(v);
    }
    for (Mention m : doc.mentions()) {
      SentenceView v = at(m.span().start());
      if (v != null) {
        v.mentions.add(m);
      }
    }
    for (Place p : doc.places()) {
      SentenceView v = at(p.span().start());
      if (v != null && p.literal()) {
        v.places.add(p);
      }
    }
    for (TimeExpression t : doc.times()) {
      SentenceView v = at(t.span().start());
      if (v != null) {
        v.times.add(t);
      }
    }
    quotes = findQuotes(text);
    dateline = findDateline(text, doc.times());
  }

  /**
   * The dateline of an agency text ("BAGHDAD, 6. November 2023 (dpa) –"): where and when the
   * report was filed, not where or when anything happened. Found as a line that opens with a
   * capitalized place and a comma, then a date the time stage found, then an optional agency in
   * brackets and a dash; only in the first lines.
   */
  private static @Nullable Span findDateline(String text, List<TimeExpression> times) {
    for (TimeExpression t : times) {
      if (t.span().start() > 600) {
        break;
      }
      int lineStart = text.lastIndexOf('\n', t.span().start() - 1) + 1;
      String before = text.substring(lineStart, t.span().start());
      if (!DATELINE_PLACE.matcher(before).matches()) {
        continue;
      }
      java.util.regex.Matcher after = DATELINE_END.matcher(text);
      after.region(t.span().end(), Math.min(text.length(), t.span().end() + 60));
      if (after.lookingAt()) {
        return new Span(lineStart, after.end());
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern DATELINE_PLACE =
      java.util.regex.Pattern.compile("\\s*\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,40},\\s*(\\p{L}{3,12},?\\s+)?");
  private static final java.util.regex.Pattern DATELINE_END =
      java.util.regex.Pattern.compile("\\s*(\\([^)\\n]{1,40}\\))?\\s*[-–—:]");

  /** A whole sentence as evidence. */
  Evidence evidence(int sentence) {
    Sentence s = doc.sentences().get(sentence);
    return new Evidence(sentence, s.span().start(), s.span().end(), s.span().of(text));
  }

  /** Whether a span lies in the dateline. */
  boolean inDateline(Span s) {
    return dateline != null && dateline.contains(s);
  }

  @Nullable SentenceView at(int offset) {
    Sentence s = doc.sentenceAt(offset);
    return s == null ? null : sentences.get(s.index());
  }

  /** Clauses end before a comma or semicolon that is followed by a clause-break word, or at ';'. */
  private void splitClauses(SentenceView v) {
    int start = v.span().start();
    for (int i = 1; i < v.pieces.size(); i++) {
      Piece prev = v.pieces.get(i - 1);
      Piece p = v.pieces.get(i);
      String between = text.substring(prev.end(), p.start());
      boolean semicolon = between.indexOf(';') >= 0;
      boolean comma = between.indexOf(',') >= 0 || between.indexOf(':') >= 0;
      if (semicolon || (comma && v.has(i, DiscourseRole.CLAUSE_BREAK))) {
        int end = prev.end() + between.indexOf(semicolon ? ';' : (between.indexOf(',') >= 0 ? ',' : ':'));
        if (end > start) {
          v.clauses.add(new Span(start, end));
        }
        start = p.start();
      }
    }
    v.clauses.add(new Span(start, v.span().end()));
  }

  /** Quotations: text between paired quotation marks, at most 2,000 characters long. */
  static List<Span> findQuotes(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    char expect = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0) {
        char close = switch (c) {
          case '“' -> '”';
          case '„' -> '“';
          case '«' -> '»';
          case '»' -> '«';
          case '"' -> '"';
          default -> 0;
        };
        if (close != 0) {
          open = i;
          expect = close;
        }
      } else if (c == expect || (expect == '“' && c == '”')) {
        if (i - open > 3) {
          out.add(new Span(open, i + 1));
        }
        open = -1;
      } else if (i - open > 2000) {
        open = -1; // an unpaired mark: forget it rather than rescan, to stay linear
      }
    }
    return out;
  }

  @Nullable Span quoteAround(int offset) {
    for (Span q : quotes) {
      if (offset > q.start() && offset < q.end()) {
        return q;
      }
    }
    return null;
  }
}
