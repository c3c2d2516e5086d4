package sitrep.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.model.ActorKind;
import sitrep.model.ActorMention;
import sitrep.model.CueMention;
import sitrep.model.CueType;
import sitrep.model.DemonymMention;
import sitrep.model.NumberMention;
import sitrep.model.Place;
import sitrep.model.Span;
import sitrep.model.TimeExpression;
import sitrep.model.TimexType;
import sitrep.model.TriggerClass;
import sitrep.model.TriggerMention;
import sitrep.model.WeaponClass;
import sitrep.model.WeaponMention;
import sitrep.nlp.lexicon.AcledCountries;
import sitrep.nlp.lexicon.Actor;
import sitrep.nlp.lexicon.Lexicon;
import sitrep.nlp.text.Piece;

/**
 * Turns each clause into a {@link Candidate}: its triggers, weapons, actors in their roles, place,
 * date, casualties and how the claim is made. Clauses without triggers become context candidates.
 */
final class CandidateFinder {
  private static final int NEGATION_REACH = 8;
  private static final int CASUALTY_REACH = 5;

  private final DocumentView view;
  private final Attribution attribution;
  private final Map<String, Actor> actors = Lexicon.actors();

  CandidateFinder(DocumentView view) {
    this.view = view;
    this.attribution = new Attribution(view);
  }

  List<Candidate> find() {
    List<Candidate> out = new ArrayList<>();
    for (DocumentView.SentenceView s : view.sentences) {
      Attribution.SentenceClaim claim = attribution.analyze(s);
      List<TriggerMention> triggers = isHeadline(s) ? List.of()
          : s.mentions(TriggerMention.class, s.span());
      boolean any = false;
      for (Span clause : s.clauses) {
        List<TriggerMention> here = new ArrayList<>();
        for (TriggerMention t : triggers) {
          if (clause.contains(t.span()) && !inside(claim.sourcePhrase(), t.span())
              && t.span().start() >= claim.contentStart()) {
            here.add(t);
          }
        }
        if (here.isEmpty()) {
          continue;
        }
        any = true;
        out.add(candidate(s, clause, here, claim));
      }
      if (!any) {
        out.add(candidate(s, s.span(), List.of(), claim));
      }
    }
    return out;
  }

  private Candidate candidate(DocumentView.SentenceView s, Span clause, List<TriggerMention> triggers,
      Attribution.SentenceClaim claim) {
    Candidate c = new Candidate(s.index(), clause, s.span());
    c.claim = claim;
    for (TriggerMention t : triggers) {
      c.triggerMentions.add(t);
      c.triggers.add(t.trigger());
    }
    for (WeaponMention w : s.mentions(WeaponMention.class, clause)) {
      c.weapons.add(w);
      c.weaponClasses.add(w.weaponClass());
      if (w.weaponClass() == WeaponClass.EQUIPMENT || w.weaponClass() == WeaponClass.AIR_DEFENSE) {
        c.equipment.add(w.name());
      }
    }
    List<ActorMention> actorsHere = s.mentions(ActorMention.class, s.span());
    for (Place p : s.places) {
      if (clause.contains(p.span()) && !inside(claim.sourcePhrase(), p.span())
          && !view.inDateline(p.span())
          && p.span().start() >= claim.contentStart()
          && !(p.isCountry() && actorsHere.stream().anyMatch(a -> a.span().overlaps(p.span())))) {
        c.places.add(p); // "die US … ermordeten": a country named as an actor is no place
      }
    }
    date(s, c, view);
    // only an undated text anchors a claim by its verb (ClaimBuilder.anchored)
    c.realisVerb = view.doc.meta().published() == null && realisVerb(s, clause);
    cues(s, c, claim);
    roles(s, c, claim);
    casualties(s, c);
    quantity(s, c);
    c.namesBase = triggers.stream().anyMatch(t -> t.trigger() == TriggerClass.BASE_ESTABLISHED
        && hasRole(s, t.span(), DiscourseRole.INSTALLATION_NOUN));
    if (!triggers.isEmpty()) {
      c.definite = determiner(s, triggers.get(0), DiscourseRole.DEFINITE);
    }
    return c;
  }

  /**
   * A headline: a whole line among the first three sentences, without a full stop. It repeats, in
   * short, events the body tells in full ("Raketen auf US-Stützpunkt – Drohne abgeschossen"), so it
   * yields no candidates of its own; its places still tell what the article is about. Without a
   * body after it, the line is the report itself (a snippet, a wire flash), not a headline.
   */
  private boolean isHeadline(DocumentView.SentenceView s) {
    if (s.index() > 2 || s.index() == view.sentences.size() - 1) {
      return false;
    }
    String text = view.text;
    int start = s.span().start();
    int end = s.span().end();
    boolean lineStart = start == 0 || text.charAt(start - 1) == '\n';
    boolean lineEnd = end >= text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
    String t = text.substring(start, end).strip();
    char last = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
    return lineStart && lineEnd && t.length() <= 200 && ".!?\"”“'’»«…:".indexOf(last) < 0;
  }

  /**
   * Whether the clause tells something as having happened: a verb after a perfect or passive
   * auxiliary ("were arrested", "hat … zerstört"), or, where the language's data allows, a verb
   * form that is a past by its inflection ("killed", "blew").
   */
  private boolean realisVerb(DocumentView.SentenceView s, Span clause) {
    boolean aux = false;
    for (sitrep.model.Token t : s.sentence.tokens()) {
      if (!clause.contains(t.span())) {
        continue;
      }
      boolean verb = "VERB".equals(t.pos());
      if (verb && (aux || view.rules.inflectedPast(t.text(), t.lemma()))) {
        return true;
      }
      int piece = s.pieceAt(t.span().start());
      EnumSet<DiscourseRole> roles = s.roles.get(piece);
      aux |= roles != null && roles.contains(DiscourseRole.PAST_AUX);
    }
    return false;
  }

  private static boolean inside(@Nullable Span outer, Span inner) {
    return outer != null && outer.contains(inner);
  }

  private static boolean hasRole(DocumentView.SentenceView s, Span within, DiscourseRole role) {
    for (var m : s.roleMatches) {
      if (m.value() == role && within.start() <= m.start() && m.end() <= within.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clause's own date, else the sentence's: any expression the time stage placed on the
   * calendar ("in den frühen Morgenstunden am 6. Juli", "in the past few days"), not sets.
   */
  private static void date(DocumentView.SentenceView s, Candidate c, DocumentView view) {
    int frame = frameEnd(s, c);
    TimeExpression best = null;
    for (TimeExpression t : s.times) {
      if (t.type() == TimexType.SET || view.inDateline(t.span())) {
        continue;
      }
      if (t.date() == null) {
        // "yesterday" in a text without a publication date: a specific time, not yet on the
        // calendar; it still tells that a particular occurrence is meant
        c.unplacedTime |= t.type() == TimexType.DATE || t.type() == TimexType.TIME;
        continue;
      }
      boolean inClause = c.clause.contains(t.span());
      boolean bestInClause = best != null && c.clause.contains(best.span());
      // "The Pentagon on Monday denied reports that rockets hit the base on Sunday": Monday is
      // when it was said, Sunday when it happened
      boolean content = t.span().start() >= frame;
      boolean bestContent = best != null && best.span().start() >= frame;
      if (best == null || (content && !bestContent)
          || (content == bestContent && inClause && !bestInClause)
          || (content == bestContent && inClause == bestInClause
              && t.date().precision() < best.date().precision())) {
        best = t;
      }
    }
    if (best != null) {
      c.date = best.date();
      c.ownDate = true;
    }
  }

  /**
   * Where the frame of a saying ends when the clause's event is told after it ("X said on Monday
   * that …", "X denied reports that …"): the end of the last saying, denying or alleging word
   * before the first trigger; the sentence start when there is none.
   */
  private static int frameEnd(DocumentView.SentenceView s, Candidate c) {
    int firstTrigger = c.triggerMentions.isEmpty() ? -1 : c.firstTrigger();
    int end = s.span().start();
    if (firstTrigger < 0) {
      return end;
    }
    for (CueMention cue : s.mentions(CueMention.class, s.span())) {
      CueType t = cue.cue();
      if ((t == CueType.REPORT || t == CueType.DENY || t == CueType.ALLEGE)
          && cue.span().end() <= firstTrigger) {
        end = Math.max(end, cue.span().end());
      }
    }
    return end;
  }

  private static void cues(DocumentView.SentenceView s, Candidate c, Attribution.SentenceClaim claim) {
    int firstTrigger = c.firstTrigger();
    for (CueMention cue : s.mentions(CueMention.class, s.span())) {
      boolean inClause = c.clause.contains(cue.span());
      switch (cue.cue()) {
        case NOVEL -> c.novel |= inClause;
        case HABITUAL -> c.habitual |= inClause;
        case RUMOUR -> c.rumour = true;
        case DENY -> c.denial = true;
        case NEGATION -> {
          int gap = s.pieceAt(firstTrigger) - s.pieceAt(cue.span().end());
          c.negated |= inClause && cue.span().end() <= firstTrigger && gap <= NEGATION_REACH;
        }
        case HYPOTHETICAL -> c.hypothetical |= inClause && cue.span().end() <= firstTrigger;
        default -> { }
      }
    }
    if (c.date != null && c.date.precision() == 1 && c.habitual) {
      c.habitual = false; // "täglich …, wovon der neuste am 5. Juli": a dated instance
    }
  }

  /** Agent and target from prepositions, word order, compounds and whose weapons or base it is. */
  private void roles(DocumentView.SentenceView s, Candidate c, Attribution.SentenceClaim claim) {
    List<ActorMention> mentions = new ArrayList<>();
    for (ActorMention a : s.mentions(ActorMention.class, c.clause)) {
      if (a.span().start() < claim.contentStart() || claim.speakers().contains(a) || claim.deniers().contains(a)
          || inside(claim.sourcePhrase(), a.span()) || Attribution.isSupporter(s, a)
          || a.kind() == ActorKind.MONITOR || a.kind() == ActorKind.GOVERNMENT) {
        continue;
      }
      mentions.add(a);
    }
    TriggerMention first = c.triggerMentions.isEmpty() ? null : c.triggerMentions.get(0);
    ActorMention agent = invertedSubject(s, mentions, first);
    ActorMention patient = null;
    for (ActorMention a : mentions) {
      if (a == agent) {
        continue;
      }
      Role r = role(s, a, c);
      if (r == Role.AGENT && agent == null) {
        agent = a;
      } else if (r == Role.PATIENT && patient == null) {
        patient = a;
      }
    }
    if (agent == null && first != null) {
      for (ActorMention a : mentions) {
        if (a != patient && a.span().end() <= first.span().start() && isArmed(a)
            && !inPrepositionalPhrase(s, a)) {
          agent = a; // the subject before the trigger
          break;
        }
      }
    }
    if (patient == null && first != null) {
      for (ActorMention a : mentions) {
        // word order alone is weak evidence: only armed actors and civilians become targets so
        if (a != agent && a.span().start() >= first.span().end()
            && (isArmed(a) || a.kind() == ActorKind.CIVILIANS)) {
          patient = a;
          break;
        }
      }
    }
    if (agent == null) {
      for (ActorMention a : mentions) {
        if (a != patient && isArmed(a)) {
          agent = a;
          break;
        }
      }
    }
    c.agent = agent == null ? null : actors.get(agent.id());
    c.patient = patient == null ? null : actors.get(patient.id());
    // a demonym on a weapon names who fired it; on a base or troops, whose they are
    for (DemonymMention d : s.mentions(DemonymMention.class, c.clause)) {
      // "a Russian air strike", "iranischen ballistischen Raketen": whose strike or weapon
      boolean onWeapon = c.weapons.stream().anyMatch(w -> near(s, d.span(), w.span(), 2)
          && w.span().start() > d.span().start())
          || c.triggerMentions.stream().anyMatch(t -> !t.verbal() && near(s, d.span(), t.span(), 1)
              && t.span().start() > d.span().start() && Coding.ATTACKS.contains(t.trigger()));
      Actor forces = stateForces(d.countryCode());
      if (onWeapon && c.agent == null && c.weaponClasses.stream().anyMatch(
          w -> w != WeaponClass.EQUIPMENT)) {
        c.agent = forces;
      } else if (onWeapon && c.agent == null) {
        c.agent = forces; // "the American Patriot system": who holds it
      } else if (!onWeapon && c.patient == null && hasRole(s, new Span(d.span().end(),
          Math.min(c.clause.end(), d.span().end() + 30)), DiscourseRole.INSTALLATION_NOUN)) {
        c.patient = forces;
      }
    }
    for (var m : s.roleMatches) {
      if (m.value() == DiscourseRole.OWN_PEOPLE && c.clause.start() <= m.start()
          && m.end() <= c.clause.end()) {
        Attribution.Source src = claim.source();
        if (src != null && src.actorId() != null) {
          c.victimOwner = actors.get(src.actorId());
        }
      }
    }
  }

  private enum Role { AGENT, PATIENT, NONE }

  private Role role(DocumentView.SentenceView s, ActorMention a, Candidate c) {
    if (a.kind() == ActorKind.CIVILIANS || a.kind() == ActorKind.PROTESTERS) {
      return Role.PATIENT; // ACLED never codes civilians as the ones who attack
    }
    int i = s.pieceAt(a.span().start());
    // "US-Angriff": a compound modifier of the trigger acts; of another noun ("US-Konvois") suffers
    int next = s.pieceAt(a.span().end());
    if (next < s.pieces.size() && s.text(a.span().end(), s.pieces.get(next).start()).equals("-")) {
      Piece head = s.pieces.get(next);
      boolean attack = c.triggers.stream().anyMatch(Coding.ATTACKS::contains);
      for (TriggerMention t : c.triggerMentions) {
        if (t.span().start() <= head.start() && head.end() <= t.span().end()) {
          // "US-Konvois … IED-Attacken ausgesetzt": whose convoy is attacked, not who attacks
          return attack && Coding.POSTURE.contains(t.trigger()) ? Role.PATIENT : Role.AGENT;
        }
      }
      return Role.PATIENT;
    }
    for (int k = Math.max(0, i - 2); k < i; k++) {
      // "On Monday, gunmen killed …": a preposition before the comma governs the date
      if (s.text(s.pieces.get(k).end(), a.span().start()).indexOf(',') >= 0) {
        continue;
      }
      if (s.has(k, DiscourseRole.AGENT_PREP)) {
        return Role.AGENT;
      }
      if (s.has(k, DiscourseRole.PATIENT_PREP)) {
        return Role.PATIENT;
      }
    }
    for (TriggerMention t : c.triggerMentions) {
      int tEnd = s.pieceAt(t.span().end());
      int tStart = s.pieceAt(t.span().start());
      // "Luftangriffe der Amerikaner": a genitive right after a noun trigger
      if (!t.verbal() && i > tEnd && i - tEnd <= 2 && s.has(i - 1, DiscourseRole.GENITIVE)
          && i - 1 >= tEnd) {
        return Role.AGENT;
      }
      if (t.verbal() && a.span().end() <= t.span().start() && tStart - i <= 4
          && !inPrepositionalPhrase(s, a)) {
        return passive(s, t) ? Role.PATIENT : Role.AGENT; // "soldiers were killed"
      }
      if (t.verbal() && a.span().start() >= t.span().end() && i - tEnd <= 5) {
        return Role.PATIENT;
      }
    }
    return Role.NONE;
  }

  /**
   * "Am Montag erschossen Bewaffnete in Jos zwei Zivilisten": with something else before the
   * verb, German puts the subject right after it. When no actor comes before an active verb
   * trigger and two or more come after it, the first armed one after it acts. (English does not
   * invert so; its subjects come before the verb and this never applies.)
   */
  private @Nullable ActorMention invertedSubject(DocumentView.SentenceView s,
      List<ActorMention> mentions, @Nullable TriggerMention first) {
    if (first == null || !first.verbal() || passive(s, first)) {
      return null;
    }
    List<ActorMention> after = new ArrayList<>();
    for (ActorMention a : mentions) {
      if (a.span().end() <= first.span().start()) {
        return null;
      }
      after.add(a);
    }
    if (after.size() < 2) {
      return null;
    }
    ActorMention a = after.get(0);
    int gap = s.pieceAt(a.span().start()) - s.pieceAt(first.span().end());
    return isArmed(a) && gap <= 1 && !inPrepositionalPhrase(s, a) ? a : null;
  }

  /**
   * "under the banner of the International Coalition": an actor after a preposition (and
   * determiners or adjectives) is not the subject. Uses the part-of-speech tags.
   */
  private static boolean inPrepositionalPhrase(DocumentView.SentenceView s, ActorMention a) {
    var tokens = s.sentence.tokens();
    int i = tokens.size() - 1;
    while (i >= 0 && tokens.get(i).span().start() >= a.span().start()) {
      i--;
    }
    for (int skipped = 0; i >= 0 && skipped <= 3; i--, skipped++) {
      String pos = tokens.get(i).pos();
      if ("ADP".equals(pos)) {
        return true;
      }
      if (!"DET".equals(pos) && !"ADJ".equals(pos) && !"NUM".equals(pos)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A verb trigger right after an auxiliary is passive ("were killed"), unless it is a present
   * participle ("are moving", the progressive).
   */
  private static boolean passive(DocumentView.SentenceView s, TriggerMention t) {
    var tokens = s.sentence.tokens();
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).span().start() >= t.span().start()) {
        return k > 0 && "AUX".equals(tokens.get(k - 1).pos())
            && !tokens.get(k).text().endsWith("ing");
      }
    }
    return false;
  }

  private boolean isArmed(ActorMention a) {
    Actor actor = actors.get(a.id());
    return actor != null && actor.isArmed();
  }

  private static boolean near(DocumentView.SentenceView s, Span a, Span b, int pieces) {
    int ia = s.pieceAt(a.start());
    int ib = s.pieceAt(b.start());
    return Math.abs(ia - ib) <= pieces;
  }

  /** The state forces of a country: from the actor table, or named in ACLED style. */
  private Actor stateForces(String countryCode) {
    for (Actor a : actors.values()) {
      if (a.kind() == ActorKind.STATE_MILITARY && countryCode.equals(a.countryCode())
          && a.name().startsWith("Military Forces of ") && !a.name().contains("(")) {
        return a;
      }
    }
    String of = AcledCountries.ofName(countryCode);
    String plain = AcledCountries.name(countryCode);
    return new Actor("state_" + countryCode.toLowerCase(Locale.ROOT), "Military Forces of "
        + (of == null ? countryCode : of), countryCode, 1, ActorKind.STATE_MILITARY, false,
        (plain == null ? countryCode : plain) + " forces");
  }

  /** Killed and injured counts near their casualty words; "ohne Verletzte" and kin give zeros. */
  private static void casualties(DocumentView.SentenceView s, Candidate c) {
    Span scope = c.hasTriggers() ? c.clause : s.span();
    List<NumberMention> numbers = new ArrayList<>();
    for (NumberMention n : s.mentions(NumberMention.class, scope)) {
      if (!inTime(s, n.span()) && !beforeWeapon(s, n)) {
        numbers.add(n);
      }
    }
    boolean killedWord = false;
    for (CueMention cue : s.mentions(CueMention.class, scope)) {
      switch (cue.cue()) {
        case KILLED -> {
          killedWord = true;
          Integer n = nearestNumber(s, numbers, cue.span());
          if (n != null) {
            c.fatalities = n;
          }
        }
        case INJURED -> {
          c.injuriesMentioned = true;
          Integer n = nearestNumber(s, numbers, cue.span());
          if (n != null) {
            c.injuries = n;
          }
        }
        default -> { }
      }
    }
    for (CueMention cue : s.mentions(CueMention.class, scope)) {
      if (cue.cue() == CueType.NO_CASUALTIES) {
        if (c.fatalities == null) {
          c.fatalities = 0;
        }
        if (c.injuries == null && !c.injuriesMentioned) {
          c.injuries = 0;
        }
      } else if (cue.cue() == CueType.NO_INJURIES) {
        c.injuries = 0;
        c.injuriesMentioned = true;
        if (c.fatalities == null && !killedWord) {
          c.fatalities = 0; // nobody hurt, so nobody killed
        }
      }
    }
    if (c.fatalities == null && c.triggers.contains(TriggerClass.KILL)) {
      for (TriggerMention t : c.triggerMentions) {
        if (t.trigger() == TriggerClass.KILL) {
          Integer n = nearestNumber(s, numbers, t.span());
          if (n != null) {
            c.fatalities = n;
          } else if (namedPersonNear(s, t.span())) {
            c.fatalities = 1; // "…den Qasem Soleimani ermordeten": one named victim
          }
        }
      }
    }
  }

  private static boolean inTime(DocumentView.SentenceView s, Span span) {
    for (TimeExpression t : s.times) {
      if (t.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  /** "acht Raketen", "300 trucks": a count of weapons or vehicles, not of people. */
  private static boolean beforeWeapon(DocumentView.SentenceView s, NumberMention n) {
    for (WeaponMention w : s.mentions(WeaponMention.class, s.span())) {
      int gap = s.pieceAt(w.span().start()) - s.pieceAt(n.span().end());
      if (w.span().start() >= n.span().end() && gap <= 1) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Integer nearestNumber(DocumentView.SentenceView s,
      List<NumberMention> numbers, Span cue) {
    NumberMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    int cueStart = s.pieceAt(cue.start());
    int cueEnd = s.pieceAt(cue.end());
    for (NumberMention n : numbers) {
      int ni = s.pieceAt(n.span().start());
      int d = n.span().end() <= cue.start() ? cueStart - ni : ni - cueEnd + 1;
      if (d >= 0 && d <= CASUALTY_REACH && d < bestDistance) {
        best = n;
        bestDistance = d;
      }
    }
    return best == null || best.value() > Integer.MAX_VALUE ? null : (int) best.value();
  }

  private static boolean namedPersonNear(DocumentView.SentenceView s, Span trigger) {
    int run = 0;
    for (var tok : s.sentence.tokens()) {
      if ("PROPN".equals(tok.pos()) && Math.abs(tok.span().start() - trigger.start()) < 40
          && s.mentions.stream().noneMatch(m -> m.span().overlaps(tok.span()))) {
        run++;
        if (run >= 2) {
          return true; // a first and a last name that no lexicon knows
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /** A number right before equipment: "some 300 trucks". */
  private static void quantity(DocumentView.SentenceView s, Candidate c) {
    for (NumberMention n : s.mentions(NumberMention.class, c.clause)) {
      if (!inTime(s, n.span()) && beforeWeapon(s, n) && c.quantity == null) {
        c.quantity = n.value();
      }
    }
  }

  /** Whether the nearest determiner before a trigger, within three words, has this role. */
  private static boolean determiner(DocumentView.SentenceView s, TriggerMention t, DiscourseRole role) {
    int i = s.pieceAt(t.span().start());
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (s.has(k, DiscourseRole.DEFINITE) || s.has(k, DiscourseRole.INDEFINITE)) {
        return s.has(k, role);
      }
    }
    return false;
  }
}
