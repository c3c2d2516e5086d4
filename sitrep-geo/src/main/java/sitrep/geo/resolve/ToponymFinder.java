package sitrep.geo.resolve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import sitrep.geo.gazetteer.EntryKind;
import sitrep.geo.gazetteer.Gazetteer;
import sitrep.geo.gazetteer.GazetteerEntry;
import sitrep.model.Place;
import sitrep.model.Span;
import sitrep.nlp.text.NameNormalizer;
import sitrep.nlp.text.PhraseMatcher;
import sitrep.nlp.text.Piece;

/**
 * Finds the places a text names and resolves each to a gazetteer entry.
 *
 * <p>Per text: the gazetteer's names are matched leftmost-longest ({@link AliasIndex}); each match
 * is checked (exact spelling where demanded, a capital letter, ordinary words that happen to be
 * toponyms, possessives, compounds like "US-Angriff"), widened by an Arabic article before it and
 * by a generic noun on either side ("al-Omar Ölfeld", "Provinz Anbar", "Qaim-Region"); the
 * document's country focus is taken from the unambiguous matches; each match is resolved by
 * {@link CandidateRanking}; a relative-location phrase before it sets the relation, metonymy cues
 * mark capitals and countries used as agents; finally a generic noun with a definite article and no
 * name ("the military airport") is resolved to a site named shortly before.
 *
 * <p>Immutable and thread-safe; {@link #standard()} shares one instance.
 */
public final class ToponymFinder {
  /** How far back (characters) "the base" may look for the site it refers to. */
  static final int ANAPHORA_WINDOW = 400;
  /** The longest cue phrase, in pieces, looked for next to a name. */
  private static final int CUE_WINDOW = 8;

  private static volatile @Nullable ToponymFinder standard;

  private final Gazetteer gazetteer;
  private final NameNormalizer normalizer;
  private final AliasIndex aliases;
  private final Map<String, LanguageRules> rules;
  private final LanguageRules neutral;

  /**
   * Builds the finder over a gazetteer and loads the rules of every bundled language.
   *
   * @throws sitrep.model.resource.ResourceException when a rule file is malformed
   */
  public ToponymFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.normalizer = gazetteer.normalizer();
    this.aliases = AliasIndex.build(gazetteer);
    Map<String, LanguageRules> r = new LinkedHashMap<>();
    for (String lang : LanguageRules.bundledLanguages()) {
      r.put(lang, LanguageRules.load(lang, normalizer));
    }
    this.rules = Map.copyOf(r);
    this.neutral = LanguageRules.neutral(normalizer);
  }

  /** The finder over {@link Gazetteer#standard()}, built on first use. */
  public static ToponymFinder standard() {
    ToponymFinder f = standard;
    if (f == null) {
      synchronized (ToponymFinder.class) {
        f = standard;
        if (f == null) {
          f = new ToponymFinder(Gazetteer.standard());
          standard = f;
        }
      }
    }
    return f;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The languages with their own rules; others get names only. */
  public Set<String> languages() {
    return rules.keySet();
  }

  /** The places in {@code text}, in text order, with spans into it. */
  public List<Place> find(String text, @Nullable String language) {
    String code = LanguageRules.normalizeCode(language);
    LanguageRules lang = code == null ? neutral : rules.getOrDefault(code, neutral);
    return new Run(text, lang).places();
  }

  /** A phrase found next to a name: absolute piece range, characters, value. */
  private record Cue<V>(int first, int last, int start, int end, V value) {}

  /** A name found and checked, not yet resolved. */
  private static final class Draft {
    int first;
    int last;
    int nameLast;
    List<Sense> senses;
    boolean possessive;
    boolean area;

    Draft(int first, int last, List<Sense> senses) {
      this.first = first;
      this.last = last;
      this.nameLast = last;
      this.senses = senses;
    }
  }

  /** A resolved mention, for anaphora. */
  private record Resolved(Place place, GazetteerEntry entry) {}

  /** The work on one text. */
  private final class Run {
    private final String text;
    private final LanguageRules lang;
    private final List<Piece> pieces;
    private final List<String> keys;

    Run(String text, LanguageRules lang) {
      this.text = text;
      this.lang = lang;
      this.pieces = Piece.split(text);
      this.keys = PhraseMatcher.keys(normalizer, pieces);
    }

    List<Place> places() {
      List<PhraseMatcher.Match<AliasIndex.Group>> raw = aliases.matcher().find(pieces, keys);
      List<Draft> drafts = new ArrayList<>();
      int prevLast = -1;
      for (int j = 0; j < raw.size(); j++) {
        int nextFirst = j + 1 < raw.size() ? raw.get(j + 1).firstPiece() : pieces.size();
        Draft d = draft(raw.get(j), prevLast, nextFirst);
        if (d != null) {
          drafts.add(d);
          prevLast = d.last;
        }
      }
      Set<String> focus = focus(drafts);
      NavigableMap<Integer, Resolved> resolved = new TreeMap<>();
      BitSet covered = new BitSet(pieces.size());
      prevLast = -1;
      for (Draft d : drafts) {
        Resolved r = resolve(d, focus, prevLast);
        if (r != null) {
          resolved.put(r.place().span().start(), r);
          covered.set(d.first, d.last + 1);
        }
        prevLast = d.last;
      }
      anaphora(drafts, resolved, covered);
      List<Place> out = new ArrayList<>(resolved.size());
      for (Resolved r : resolved.values()) {
        out.add(r.place());
      }
      return out;
    }

    // ---- finding and checking names

    private @Nullable Draft draft(PhraseMatcher.Match<AliasIndex.Group> m, int prevLast,
        int nextFirst) {
      int nameFirst = m.firstPiece();
      int last = m.lastPiece();
      List<Sense> senses = new ArrayList<>(m.value().senses());
      int first = nameFirst;
      if (arabicArticleBefore(nameFirst, prevLast, senses)) {
        first = nameFirst - 1;
      }
      boolean article = first < nameFirst;
      boolean possessive = false;
      for (int i = senses.size() - 1; i >= 0; i--) {
        Sense s = senses.get(i);
        boolean ok = !(s.needsArticle() && !article) && casedOk(s, nameFirst, last);
        if (ok && s.genitive()) {
          ok = lang.possessiveSuffix ? !lang.common.contains(keys.get(last))
              : hasApostrophe(pieces.get(last).text());
        }
        if (!ok) {
          senses.remove(i);
        } else if (s.genitive()) {
          possessive = true;
        }
      }
      if (!capitalized(nameFirst, last) || !ordinaryWordOk(first, nameFirst, last)) {
        senses.removeIf(s -> s.role() != Sense.Role.GENERIC);
      }
      if (senses.isEmpty()) {
        return null;
      }
      Draft d = new Draft(first, last, senses);
      d.possessive = possessive;
      boolean installationNoun = false;
      if (last + 1 < nextFirst && !pieces.get(last + 1).gapBefore()) {
        Cue<Noun> after = cueStartingAt(lang.nouns, last + 1, n -> n.position().after());
        if (after != null && after.last() < nextFirst && applyNoun(d, after.value())) {
          d.last = after.last();
          installationNoun |= after.value().kind() == Noun.Kind.INSTALLATION;
        }
      }
      if (d.first - 1 > prevLast && !pieces.get(d.first).gapBefore()) {
        Cue<Noun> before = cueEndingAt(lang.nouns, d.first - 1, n -> n.position().before());
        if (before != null && before.first() > prevLast && applyNoun(d, before.value())) {
          d.first = before.first();
          installationNoun |= before.value().kind() == Noun.Kind.INSTALLATION;
        }
      }
      if (!installationNoun) {
        d.senses.removeIf(s -> s.role() == Sense.Role.CORE);
      }
      if (d.senses.isEmpty() || compoundModifier(pieces.get(d.last).end())) {
        return null;
      }
      return d;
    }

    /** "al-Raqqa", "Al Hasakah", "Ar Raqqah": an Arabic article joined to the name. */
    private boolean arabicArticleBefore(int nameFirst, int prevLast, List<Sense> senses) {
      int a = nameFirst - 1;
      if (a <= prevLast || a < 0 || pieces.get(nameFirst).gapBefore()) {
        return false;
      }
      Piece art = pieces.get(a);
      if (!Gazetteer.ARABIC_ARTICLES.contains(keys.get(a)) || art.text().length() > 3) {
        return false;
      }
      String between = text.substring(art.end(), pieces.get(nameFirst).start());
      if (between.length() == 1 && isHyphen(between.charAt(0))) {
        return true;
      }
      if (!between.equals(" ")) {
        return false;
      }
      if (keys.get(a).equals("al")) {
        return true;
      }
      boolean demanded = false;
      for (Sense s : senses) {
        demanded |= s.needsArticle();
      }
      return demanded && Character.isUpperCase(art.text().charAt(0));
    }

    private boolean casedOk(Sense s, int first, int last) {
      List<@Nullable String> cased = s.cased();
      if (cased == null) {
        return true;
      }
      for (int i = 0; i < cased.size() && first + i <= last; i++) {
        String want = cased.get(i);
        if (want != null && !AliasIndex.strip(pieces.get(first + i).text()).equals(want)) {
          return false;
        }
      }
      return true;
    }

    /** At least one piece of a name starts with a capital (or a letter without case). */
    private boolean capitalized(int first, int last) {
      for (int i = first; i <= last; i++) {
        if (startsCapitalized(pieces.get(i).text())) {
          return true;
        }
      }
      return false;
    }

    /**
     * A one-word name that is also an ordinary word of the language ("Hit", "Kurs") is a place only
     * after a locative ("in Hit"), or, where only names are capitalized, when it is capitalized and
     * does not open a sentence.
     */
    private boolean ordinaryWordOk(int first, int nameFirst, int last) {
      if (nameFirst != last || !lang.common.contains(keys.get(last))) {
        return true;
      }
      if (first > 0 && !pieces.get(first).gapBefore()
          && lang.locatives.contains(keys.get(first - 1))) {
        return true;
      }
      return !lang.nounsCapitalized && startsCapitalized(pieces.get(nameFirst).text())
          && !opensSentence(pieces.get(first).start()) && !inTitleCase(first, last);
    }

    /**
     * "Rocket Attack Hit US Base": the words around the name on its line (up to four on each
     * side, of four letters or more) are all capitalized, as in a headline.
     */
    private boolean inTitleCase(int first, int last) {
      int words = 0;
      for (int step = -1; step <= 1; step += 2) {
        int i = step < 0 ? first : last;
        for (int k = 0; k < 4; k++) {
          int j = i + step;
          if (j < 0 || j >= pieces.size()) {
            break;
          }
          int from = step < 0 ? pieces.get(j).end() : pieces.get(i).end();
          int to = step < 0 ? pieces.get(i).start() : pieces.get(j).start();
          if (hasNewline(from, to)) {
            break;
          }
          String w = pieces.get(j).text();
          if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
            if (!startsCapitalized(w)) {
              return false;
            }
            words++;
          }
          i = j;
        }
      }
      return words >= 2;
    }

    private boolean hasNewline(int from, int to) {
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == '\n') {
          return true;
        }
      }
      return false;
    }

    /** "US-Angriff", "Iran-backed": the name is the first part of a hyphenated compound. */
    private boolean compoundModifier(int end) {
      return end + 1 < text.length() && isHyphen(text.charAt(end))
          && Character.isLetter(text.charAt(end + 1));
    }

    private boolean opensSentence(int pos) {
      for (int i = pos - 1; i >= 0; i--) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\u00a0' || c == '"' || c == '“' || c == '„'
            || c == '«' || c == '»' || c == '(' || c == '[' || NameNormalizer.isApostrophe(c)) {
          continue;
        }
        return c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
      }
      return true;
    }

    /** Narrows the senses to what the noun names; false (and nothing changed) when none fits. */
    private boolean applyNoun(Draft d, Noun noun) {
      Predicate<Sense> fits = switch (noun.kind()) {
        case INSTALLATION -> s -> s.role() != Sense.Role.GENERIC && s.entry().isInstallation()
            && noun.types().contains(s.entry().installationType());
        case ADMIN1 -> s -> s.role() == Sense.Role.NAME && s.entry().kind() == EntryKind.ADMIN1;
        case CITY -> s -> s.role() == Sense.Role.NAME && s.entry().kind() == EntryKind.PLACE;
        case AREA -> s -> s.role() != Sense.Role.CORE;
      };
      List<Sense> kept = new ArrayList<>();
      for (Sense s : d.senses) {
        if (fits.test(s)) {
          kept.add(s);
        }
      }
      if (kept.isEmpty()) {
        return false;
      }
      d.senses = kept;
      d.area |= noun.kind() == Noun.Kind.AREA;
      return true;
    }

    // ---- resolving

    /** Countries the document names unambiguously: by name, or by a place only one country has. */
    private Set<String> focus(List<Draft> drafts) {
      Set<String> focus = new HashSet<>();
      for (Draft d : drafts) {
        Set<GazetteerEntry> entries = new LinkedHashSet<>();
        Set<String> codes = new HashSet<>();
        for (Sense s : d.senses) {
          if (s.role() != Sense.Role.GENERIC) {
            entries.add(s.entry());
            codes.add(s.entry().countryCode());
          }
        }
        if (entries.size() == 1) {
          focus.addAll(entries.iterator().next().countries());
        } else if (codes.size() == 1) {
          focus.addAll(codes);
        }
      }
      return focus;
    }

    private @Nullable Resolved resolve(Draft d, Set<String> focus, int prevLast) {
      List<Sense> ok = new ArrayList<>();
      for (Sense s : d.senses) {
        if (s.role() == Sense.Role.GENERIC) {
          if (!focus.containsAll(s.entry().countries())) {
            continue;
          }
          // a one-word generic phrase ("the border") needs its definite article
          if (d.first == d.nameLast && !articleBefore(d.first)) {
            continue;
          }
        }
        ok.add(s);
      }
      if (ok.isEmpty()) {
        return null;
      }
      GazetteerEntry best = CandidateRanking.best(ok, focus);
      String relation = null;
      Cue<String> rel = cueBefore(lang.relations, d.first, prevLast);
      if (rel != null) {
        relation = rel.value();
      }
      boolean literal = true;
      if (best.isCountry() || best.isCapital()) {
        boolean next = d.last + 1 < pieces.size() && !pieces.get(d.last + 1).gapBefore();
        boolean agent = (d.possessive && best.isCapital() && !(next
                && cueStartingAt(lang.literalAfterPossessive, d.last + 1, v -> true) != null))
            || (next && cueStartingAt(lang.metonymyAfter, d.last + 1, v -> true) != null)
            || cueBefore(lang.metonymyBefore, d.first, prevLast) != null;
        literal = !agent;
      }
      int precision = best.precision();
      if (d.area || relation != null) {
        precision = Math.max(precision, 2);
      }
      Span span = new Span(pieces.get(d.first).start(), pieces.get(d.last).end());
      return new Resolved(place(span, best, precision, relation, literal), best);
    }

    /** A cue that ends right before piece {@code at}, maybe with a definite article between. */
    private <V> @Nullable Cue<V> cueBefore(PhraseMatcher<V> m, int at, int prevLast) {
      int e = at - 1;
      if (e <= prevLast || pieces.get(at).gapBefore()) {
        return null;
      }
      Cue<V> c = cueEndingAt(m, e, v -> true);
      if (c == null && lang.articles.contains(keys.get(e)) && e - 1 > prevLast
          && !pieces.get(e).gapBefore()) {
        c = cueEndingAt(m, e - 1, v -> true);
      }
      return c != null && c.first() > prevLast ? c : null;
    }

    /** No punctuation between pieces {@code from} and {@code to}. */
    private boolean joined(int from, int to) {
      for (int i = from + 1; i <= to; i++) {
        if (pieces.get(i).gapBefore()) {
          return false;
        }
      }
      return true;
    }

    private boolean articleBefore(int at) {
      return at > 0 && !pieces.get(at).gapBefore() && lang.articles.contains(keys.get(at - 1));
    }

    // ---- "the military airport", "der Stützpunkt"

    private void anaphora(List<Draft> drafts, NavigableMap<Integer, Resolved> resolved,
        BitSet covered) {
      List<PhraseMatcher.Match<Noun>> found = lang.anaphors.find(pieces, keys);
      if (found.isEmpty()) {
        return;
      }
      int nextDraft = 0;
      for (PhraseMatcher.Match<Noun> a : found) {
        while (nextDraft < drafts.size() && drafts.get(nextDraft).first <= a.lastPiece()) {
          nextDraft++;
        }
        if (covered.get(a.firstPiece(), a.lastPiece() + 1).cardinality() > 0
            || !articleBefore(a.firstPiece())) {
          continue;
        }
        // a name right after the noun ("the base at al-Omar", "the airport of Damascus") names it
        if (nextDraft < drafts.size() && drafts.get(nextDraft).first - a.lastPiece() <= 3
            && joined(a.lastPiece(), drafts.get(nextDraft).first)) {
          continue;
        }
        int after = a.lastPiece() + 1;
        if (after < pieces.size() && !pieces.get(after).gapBefore()
            && startsCapitalized(pieces.get(after).text()) && !lang.nounsCapitalized) {
          continue;
        }
        Cue<Noun> longer = cueStartingAt(lang.nouns, a.firstPiece(), n -> true);
        if (longer != null && longer.last() > a.lastPiece()) {
          continue;
        }
        GazetteerEntry site = antecedent(a.value(), a.start(), resolved);
        if (site != null) {
          Span span = new Span(a.start(), a.end());
          resolved.put(a.start(), new Resolved(place(span, site, site.precision(), null, true),
              site));
          covered.set(a.firstPiece(), a.lastPiece() + 1);
        }
      }
    }

    /**
     * The site a generic noun refers to: the most recent site within the window if its type fits
     * (a site of another type ends the search); for "anchor" nouns also the one fitting site of a
     * place named in between.
     */
    private @Nullable GazetteerEntry antecedent(Noun noun, int start,
        NavigableMap<Integer, Resolved> resolved) {
      for (Resolved r : resolved.headMap(start, false).descendingMap().values()) {
        Span s = r.place().span();
        if (s.end() > start) {
          continue;
        }
        if (start - s.end() > ANAPHORA_WINDOW) {
          return null;
        }
        GazetteerEntry e = r.entry();
        if (e.isInstallation()) {
          return noun.types().contains(e.installationType()) ? e : null;
        }
        if (noun.anaphor() == Noun.Anaphor.ANCHOR) {
          GazetteerEntry only = null;
          int n = 0;
          for (GazetteerEntry site : gazetteer.sitesAnchoredAt(e.id())) {
            if (noun.types().contains(site.installationType())) {
              only = site;
              n++;
            }
          }
          if (n == 1) {
            return only;
          }
        }
      }
      return null;
    }

    // ---- cues next to a piece, by local matching

    private <V> @Nullable Cue<V> cueStartingAt(PhraseMatcher<V> m, int s, Predicate<V> ok) {
      int to = Math.min(pieces.size(), s + CUE_WINDOW);
      Cue<V> best = null;
      for (PhraseMatcher.Match<V> x : m.findAll(pieces.subList(s, to), keys.subList(s, to))) {
        if (x.firstPiece() == 0 && ok.test(x.value())
            && (best == null || s + x.lastPiece() > best.last())) {
          best = new Cue<>(s, s + x.lastPiece(), x.start(), x.end(), x.value());
        }
      }
      return best;
    }

    private <V> @Nullable Cue<V> cueEndingAt(PhraseMatcher<V> m, int e, Predicate<V> ok) {
      if (e < 0) {
        return null;
      }
      int from = Math.max(0, e - CUE_WINDOW + 1);
      Cue<V> best = null;
      for (PhraseMatcher.Match<V> x : m.findAll(pieces.subList(from, e + 1),
          keys.subList(from, e + 1))) {
        if (from + x.lastPiece() == e && ok.test(x.value())
            && (best == null || from + x.firstPiece() < best.first())) {
          best = new Cue<>(from + x.firstPiece(), e, x.start(), x.end(), x.value());
        }
      }
      return best;
    }

    private Place place(Span span, GazetteerEntry e, int precision, @Nullable String relation,
        boolean literal) {
      return ToponymFinder.this.place(span, span.of(text), e, precision, relation, literal);
    }
  }

  /** The place record for a mention resolved to {@code e}. */
  Place place(Span span, String text, GazetteerEntry e, int precision, @Nullable String relation,
      boolean literal) {
    return new Place(span, text, e.name(), e.geonamesId(), e.latitude(), e.longitude(),
        e.countryCode(), gazetteer.countryName(e.countryCode()).orElse(null),
        gazetteer.admin1Name(e).orElse(null), e.feature(),
        e.isInstallation() ? e.name() : null, e.holder(), precision, relation, literal);
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '‐' || c == '‑';
  }

  static boolean hasApostrophe(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (NameNormalizer.isApostrophe(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The first letter is upper case, title case, or of a script without case. */
  static boolean startsCapitalized(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return !Character.isLowerCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }
}
