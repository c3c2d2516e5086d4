package sitrep.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.model.ActorKind;
import sitrep.model.ActorMention;
import sitrep.model.CueMention;
import sitrep.model.CueType;
import sitrep.model.Place;
import sitrep.model.Span;
import sitrep.model.TriggerMention;
import sitrep.nlp.lexicon.Actor;
import sitrep.nlp.lexicon.Lexicon;
import sitrep.nlp.text.Piece;

/**
 * Who says what, sentence by sentence: "according to X", "X said/accused/reported", a
 * spokesperson, a quotation closed by "…," X said, and reported speech that continues the last
 * source ("SDF units would attack…"). The result also tells the role finder which actors are
 * speakers or deniers, so they are not taken for the ones who acted.
 */
final class Attribution {

  /** A claim source: the label printed as {@code claim_source} and, when known, the actor. */
  record Source(String label, @Nullable String actorId, @Nullable ActorKind kind, CueType cue) {
    /** Parties to a conflict make allegations; monitors and unnamed sources report. */
    boolean isParty() {
      return kind != null && switch (kind) {
        case STATE_MILITARY, STATE_POLICE, GOVERNMENT, REBEL, MILITIA, COALITION -> true;
        default -> false;
      };
    }
  }

  /** What one sentence says about its own attribution. */
  /**
   * @param contentStart where the reported content begins: after "X hat geäußert," or "X said
   *     that"; the sentence start otherwise. Places and actors before it describe the speaker.
   */
  record SentenceClaim(@Nullable Source source, Set<CueType> cues, List<ActorMention> speakers,
      List<ActorMention> deniers, @Nullable Span sourcePhrase, int contentStart) {}

  private static final Set<CueType> SAYING = EnumSet.of(CueType.REPORT, CueType.ALLEGE, CueType.DENY);

  private final DocumentView view;
  private final Map<String, Actor> actors = Lexicon.actors();
  private @Nullable Source discourseSource;
  private int discourseSentence = -10;
  private @Nullable Source lastQuoteSource;

  Attribution(DocumentView view) {
    this.view = view;
  }

  /** Attribution of sentence {@code s}; call in text order, it carries the last source forward. */
  private static boolean triggerBefore(DocumentView.SentenceView s, int offset) {
    for (sitrep.model.TriggerMention t : s.mentions(sitrep.model.TriggerMention.class, s.span())) {
      if (t.span().end() <= offset) {
        return true;
      }
    }
    return false;
  }

  SentenceClaim analyze(DocumentView.SentenceView s) {
    List<CueMention> cues = s.mentions(CueMention.class, s.span());
    Set<CueType> types = EnumSet.noneOf(CueType.class);
    cues.forEach(c -> types.add(c.cue()));
    List<ActorMention> actorsHere = s.mentions(ActorMention.class, s.span());
    List<ActorMention> speakers = new ArrayList<>();
    List<ActorMention> deniers = new ArrayList<>();
    Source source = null;
    Span phrase = null;
    int contentStart = s.span().start();

    // the sentence is quoted speech when its first word lies inside a quotation; a quotation
    // further in ("the Pentagon accused the Russians of attacking “coalition partners”") is not
    Span quote = s.pieces.isEmpty() ? null : view.quoteAround(s.pieces.get(0).start());
    if (quote != null) {
      source = quoteSpeaker(quote);
      if (source == null && s.index() - discourseSentence <= 3) {
        source = discourseSource; // a quotation with no speaker of its own continues the last one
      }
    }

    for (CueMention c : cues) {
      if (source != null) {
        break;
      }
      if (c.cue() == CueType.ACCORDING_TO) {
        int from = s.pieceAt(c.span().end());
        Found f = sourceFrom(s, from, Math.min(s.pieces.size(), from + 8), actorsHere, cues);
        if (f != null) {
          source = f.source;
          phrase = new Span(c.span().start(), f.end);
          if (f.actor != null) {
            speakers.add(f.actor);
          }
        }
      } else if (SAYING.contains(c.cue())) {
        int at = s.pieceAt(c.span().start());
        if (c.cue() == CueType.DENY) {
          for (ActorMention a : actorsHere) {
            if (a.span().start() < c.span().start() ? precededByAgentPrep(s, a) : true) {
              deniers.add(a);
            }
          }
          // "The Pentagon denied reports that …": who denies is the source of the denial
          Found who = sourceFrom(s, 0, at, actorsHere, cues);
          if (who != null && speaks(s, who, c)) {
            source = new Source(who.source.label(), who.source.actorId(), who.source.kind(),
                c.cue());
            phrase = new Span(who.start, who.end);
          }
          continue;
        }
        Found f = sourceFrom(s, 0, at, actorsHere, cues);
        if (f != null && !speaks(s, f, c)) {
          f = null; // "a mob lynched a man accused of theft": the mob did not accuse anyone
        }
        if (f != null) {
          // "X said that …": what follows is X's; but in "Jets struck Y, hours after X announced
          // Z" an event told before the speaker is the writer's own, and stays in the content
          if (!triggerBefore(s, f.start)) {
            contentStart = c.span().end();
          }
        } else {
          f = sourceFrom(s, s.pieceAt(c.span().end()),
              Math.min(s.pieces.size(), s.pieceAt(c.span().end()) + 4), actorsHere, cues);
        }
        if (f != null) {
          source = new Source(f.source.label(), f.source.actorId(), f.source.kind(), c.cue());
          phrase = new Span(f.start, f.end);
          if (f.actor != null) {
            speakers.add(f.actor);
          }
        }
      }
    }
    if (source == null) {
      for (CueMention c : cues) {
        if (c.cue() == CueType.SPOKESPERSON) {
          Found f = spokesperson(s, c, actorsHere);
          if (f != null) {
            source = f.source;
            phrase = new Span(Math.min(f.start, c.span().start()), Math.max(f.end, c.span().end()));
            if (f.actor != null) {
              speakers.add(f.actor);
            }
            break;
          }
        }
      }
    }
    boolean ownAttribution = types.contains(CueType.REPORT) || types.contains(CueType.ALLEGE)
        || types.contains(CueType.ACCORDING_TO);
    if (source == null && !ownAttribution && types.contains(CueType.SUBJUNCTIVE)
        && s.index() - discourseSentence <= 3 && discourseSource != null) {
      source = discourseSource; // reported speech goes on in the voice of the last source
    }
    if (source != null) {
      discourseSource = source;
      discourseSentence = s.index();
    }
    return new SentenceClaim(source, types, speakers, deniers, phrase, contentStart);
  }

  private record Found(Source source, @Nullable ActorMention actor, int start, int end) {}

  /**
   * Whether a source found before a saying verb is its speaker: right before it, or the
   * sentence's subject with no event word in between ("Das Hashed-al-Shaabi, eine … Allianz, …,
   * hat geäußert").
   */
  private static boolean speaks(DocumentView.SentenceView s, Found f, CueMention cue) {
    if (s.pieceAt(cue.span().start()) - s.pieceBefore(f.end) <= 3) {
      return true;
    }
    return s.mentions(TriggerMention.class, new Span(f.end, cue.span().start())).isEmpty();
  }

  /** The first actor or source phrase in pieces {@code [from, to)}, skipping supporters ("US-backed"). */
  private @Nullable Found sourceFrom(DocumentView.SentenceView s, int from, int to,
      List<ActorMention> actorsHere, List<CueMention> cues) {
    if (from >= to) {
      return null;
    }
    int startChar = s.pieces.get(from).start();
    int endChar = s.pieces.get(to - 1).end();
    for (CueMention c : cues) {
      if (c.cue() == CueType.SOURCE && c.span().start() >= startChar && c.span().end() <= endChar) {
        return sourcePhrase(s, c);
      }
      if (c.cue() == CueType.SPOKESPERSON && c.span().start() >= startChar
          && c.span().end() <= endChar) {
        Found f = spokesperson(s, c, actorsHere);
        if (f != null) {
          return f;
        }
      }
    }
    for (ActorMention a : actorsHere) {
      if (a.span().start() >= startChar && a.span().end() <= endChar && !isSupporter(s, a)
          && !isCompoundModifier(s, a)) {
        Actor actor = actors.get(a.id());
        String label = actor == null ? a.text() : actor.label();
        return new Found(new Source(label, a.id(), a.kind(), CueType.REPORT), a, a.span().start(),
            a.span().end());
      }
    }
    return null;
  }

  /** "a field source in the Al-Hasakah Governorate": the cue and a place right after it. */
  private Found sourcePhrase(DocumentView.SentenceView s, CueMention c) {
    String label = c.text();
    int end = c.span().end();
    for (Place p : s.places) {
      int gap = s.pieceAt(p.span().start()) - s.pieceAt(c.span().end());
      if (p.span().start() >= c.span().end() && gap <= 3) {
        label = c.text() + " in " + p.name();
        end = p.span().end();
        break;
      }
    }
    label = Character.toLowerCase(label.charAt(0)) + label.substring(1);
    return new Found(new Source(label, null, null, CueType.REPORT), null, c.span().start(), end);
  }

  /** "Sprecher der SDF", "SDF spokesman", "Russian Defense Ministry spokesman". */
  private @Nullable Found spokesperson(DocumentView.SentenceView s, CueMention c,
      List<ActorMention> actorsHere) {
    ActorMention org = null;
    for (ActorMention a : actorsHere) {
      if (a.span().overlaps(c.span())) {
        org = a; // the alias already includes the spokesperson
        break;
      }
      int before = s.pieceAt(c.span().start()) - s.pieceBefore(a.span().end()) - 1;
      if (a.span().end() <= c.span().start() && before <= 0) {
        org = a;
        break;
      }
      int after = s.pieceAt(a.span().start()) - s.pieceAt(c.span().end());
      if (a.span().start() >= c.span().end() && after <= 6 && !isSupporter(s, a)) {
        org = a;
        break;
      }
    }
    if (org == null) {
      return null;
    }
    Actor actor = actors.get(org.id());
    String label = actor == null ? org.text() : actor.label();
    if (actor == null || actor.kind() != ActorKind.GOVERNMENT) {
      label = label + " spokesman";
    }
    return new Found(new Source(label, org.id(), org.kind(), CueType.REPORT), org,
        Math.min(org.span().start(), c.span().start()), Math.max(org.span().end(), c.span().end()));
  }

  /** "…," the SOHR said / they added; or X said: “…”. */
  private @Nullable Source quoteSpeaker(Span quote) {
    DocumentView.SentenceView after = view.at(Math.max(0, quote.end() - 1));
    if (after != null) {
      List<CueMention> cues = after.mentions(CueMention.class,
          new Span(quote.end() - 1 < after.span().start() ? after.span().start() : quote.end() - 1,
              after.span().end()));
      for (CueMention c : cues) {
        if (!SAYING.contains(c.cue()) || c.span().start() - quote.end() > 60) {
          continue;
        }
        Span window = new Span(Math.min(quote.end(), c.span().start()), after.span().end());
        List<ActorMention> actorsAfter = after.mentions(ActorMention.class, window);
        List<CueMention> allCues = after.mentions(CueMention.class, window);
        int from = after.pieceAt(quote.end());
        Found f = sourceFrom(after, from, Math.min(after.pieces.size(), after.pieceAt(c.span().end()) + 4),
            actorsAfter, allCues);
        if (f != null) {
          lastQuoteSource = f.source;
          return f.source;
        }
        int pronoun = after.pieceAt(quote.end());
        if (pronoun < after.pieces.size() && after.has(pronoun, DiscourseRole.SPEAKER_PRONOUN)) {
          return lastQuoteSource != null ? lastQuoteSource : discourseSource;
        }
      }
    }
    DocumentView.SentenceView before = view.at(quote.start());
    if (before != null && quote.start() > before.span().start()) {
      Span window = new Span(before.span().start(), quote.start());
      List<CueMention> cues = before.mentions(CueMention.class, window);
      if (cues.stream().anyMatch(c -> SAYING.contains(c.cue()))) {
        Found f = sourceFrom(before, 0, before.pieceAt(quote.start()),
            before.mentions(ActorMention.class, window), cues);
        if (f != null) {
          lastQuoteSource = f.source;
          return f.source;
        }
      }
    }
    return null;
  }

  private static boolean precededByAgentPrep(DocumentView.SentenceView s, ActorMention a) {
    int i = s.pieceAt(a.span().start());
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (s.has(k, DiscourseRole.AGENT_PREP)) {
        return true;
      }
    }
    return false;
  }

  /** "US-Konvois", "US-Angriff": the actor modifies a noun by hyphen and is not a speaker. */
  static boolean isCompoundModifier(DocumentView.SentenceView s, ActorMention a) {
    int next = s.pieceAt(a.span().end());
    return next < s.pieces.size() && s.text(a.span().end(), s.pieces.get(next).start()).equals("-");
  }

  /** "US-backed", "US-unterstützte": the actor only supports the one named next. */
  static boolean isSupporter(DocumentView.SentenceView s, ActorMention a) {
    int next = s.pieceAt(a.span().end());
    if (next >= s.pieces.size()) {
      return false;
    }
    Piece p = s.pieces.get(next);
    String between = s.text(a.span().end(), p.start());
    return between.contains("-") && s.has(next, DiscourseRole.SUPPORTER);
  }
}
