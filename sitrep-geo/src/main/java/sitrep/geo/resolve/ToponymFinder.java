package sitrep.geo.resolve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
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
import sitrep.geo.gazetteer.PlaceIndex;
import sitrep.model.Place;
import sitrep.model.Span;
import sitrep.model.resource.Tsv;
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
 * places of the world index ({@link PlaceIndex}) are matched beside the curated names and checked
 * more strictly; each match is ranked by {@link CandidateRanking} in two passes, the second with
 * the other mentions' countries, divisions and points; a relative-location phrase sets the
 * relation, metonymy cues mark capitals and countries used as agents; a generic noun with a
 * definite article and no name ("the military airport") is resolved to a site named shortly
 * before; demonyms ("Russian forces") and continents come last.
 *
 * <p>Immutable and thread-safe; {@link #standard()} shares one instance.
 */
public final class ToponymFinder {
  /** World-index places of one word below this population need support from the document. */
  static final long WEAK_BELOW = 50_000;
  /** A proper name of the word list ("Johnson") that is a town below this size is weak. */
  static final long NAME_LIKE_BELOW = 100_000;
  /** A one-word alternate name ("Balart" for Ballarat) of a place below this size is weak. */
  static final long ALTERNATE_BELOW = 1_000_000;
  /** Nor is support enough for a world-index place below this population. */
  static final long WEAK_FLOOR = 1_000;
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
  private final PhraseMatcher<Continent> continents;

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
    this.continents = continents(normalizer);
  }

  private static PhraseMatcher<Continent> continents(NameNormalizer normalizer) {
    PhraseMatcher.Builder<Continent> b = PhraseMatcher.builder(normalizer);
    for (Tsv.Row row : Tsv.read("sitrep/geo/gazetteer/continents.tsv")) {
      Long id = row.optional(1) == null ? null : Long.valueOf(row.get(1).trim());
      double lat = row.getDouble(4);
      double lon = row.getDouble(5);
      for (int col = 6; col <= 7; col++) {
        String names = row.optional(col);
        if (names == null) {
          continue;
        }
        Continent c = new Continent(row.get(2).trim(), id, row.get(3).trim(), lat, lon, col == 7);
        for (String n : names.split("\\|")) {
          try {
            b.add(n.trim(), c);
          } catch (IllegalArgumentException e) {
            throw row.error("bad pattern '" + n + "': " + e.getMessage());
          }
        }
      }
    }
    return b.build();
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

  /** How a mention's candidates are ranked. */
  public enum Ranking {
    /** Population prior plus kind, country and division focus, qualifiers and proximity. */
    CONTEXT,
    /** The population prior alone: the baseline the context model is measured against. */
    POPULATION
  }

  /** The places in {@code text}, in text order, with spans into it. */
  public List<Place> find(String text, @Nullable String language) {
    return find(text, language, Ranking.CONTEXT);
  }

  /**
   * The places in {@code text} with candidates ranked as {@code ranking} says; both rankings find
   * the same mentions.
   */
  public List<Place> find(String text, @Nullable String language, Ranking ranking) {
    String code = LanguageRules.normalizeCode(language);
    LanguageRules lang = code == null ? neutral : rules.getOrDefault(code, neutral);
    return new Run(text, lang, ranking).places();
  }

  /** A phrase found next to a name: absolute piece range, characters, value. */
  private record Cue<V>(int first, int last, int start, int end, V value) {}

  /** A name found in the text, with every sense it may have, before the checks. */
  private record Found(int first, int last, List<Sense> senses) {}

  /** A name found and checked, not yet resolved. */
  private static final class Draft {
    int first;
    int last;
    int nameFirst;
    int nameLast;
    List<Sense> senses;
    boolean possessive;
    boolean area;
    /** Inside a longer capitalized name ("New York Times"): not literal. */
    boolean embedded;
    /** Only world-index senses of one word, small or an ordinary word: needs support. */
    boolean weak;
    /** An ordinary word of the language: only a locative or a qualifier supports it. */
    boolean stopWord;
    /** A person's name, month or organisation: only a qualifier supports it ("March, England"). */
    boolean notName;
    @Nullable GazetteerEntry firstChoice;

    Draft(int first, int last, List<Sense> senses) {
      this.first = first;
      this.last = last;
      this.nameFirst = first;
      this.nameLast = last;
      this.senses = senses;
    }
  }

  /** A resolved mention, for anaphora (continents have no entry). */
  private record Resolved(Place place, @Nullable GazetteerEntry entry) {}

  /** A continent of {@code gazetteer/continents.tsv}, as a name or as an adjective. */
  private record Continent(String name, @Nullable Long geonamesId, String feature,
      double latitude, double longitude, boolean adjective) {}

  /** How many mentions after a name can qualify it ("Kindjandi (Gueskerou, Diffa)"). */
  private static final int QUALIFIER_CHAIN = 2;

  /** The work on one text. */
  private final class Run {
    private final String text;
    private final LanguageRules lang;
    private final List<Piece> pieces;
    private final List<String> keys;
    private final Ranking ranking;
    private @Nullable List<PhraseMatcher.Match<String>> demonymMatches;

    Run(String text, LanguageRules lang, Ranking ranking) {
      this.text = text;
      this.lang = lang;
      this.ranking = ranking;
      this.pieces = Piece.split(text);
      this.keys = PhraseMatcher.keys(normalizer, pieces);
    }

    List<Place> places() {
      List<Found> raw = matches();
      // "South America" is the continent, not "America"; "Africa" not a town in Mexico
      List<PhraseMatcher.Match<Continent>> cont = continents.find(pieces, keys);
      if (!cont.isEmpty()) {
        raw.removeIf(f -> {
          boolean world = true;
          for (Sense x : f.senses()) {
            world &= x.world();
          }
          for (PhraseMatcher.Match<Continent> c : cont) {
            if (c.firstPiece() <= f.first() && f.last() <= c.lastPiece()
                && (world || c.lastPiece() - c.firstPiece() > f.last() - f.first())) {
              return true;
            }
          }
          return false;
        });
      }
      List<Draft> drafts = new ArrayList<>();
      // a weak mention ("Basis" in "Basis von Union 3") does not stop a noun of the next one
      int prevLast = -1;
      for (int j = 0; j < raw.size(); j++) {
        int nextFirst = j + 1 < raw.size() ? raw.get(j + 1).first() : pieces.size();
        Draft d = draft(raw.get(j), prevLast, nextFirst);
        if (d != null) {
          while (!drafts.isEmpty() && drafts.get(drafts.size() - 1).weak
              && drafts.get(drafts.size() - 1).last >= d.first) {
            drafts.remove(drafts.size() - 1);
          }
          drafts.add(d);
          if (!d.weak) {
            prevLast = d.last;
          }
        }
      }
      drafts = choose(drafts);
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
      // continents and regions first: "Indian Ocean" and "Central American" hold demonyms
      continents(resolved, covered);
      demonyms(resolved, covered);
      List<Place> out = new ArrayList<>(resolved.size());
      for (Resolved r : resolved.values()) {
        out.add(r.place());
      }
      return out;
    }

    // ---- finding and checking names

    /**
     * The curated and divisional names (phrase matcher) and the world index's places, merged
     * leftmost-longest; a span both name gets the senses of both.
     */
    private List<Found> matches() {
      // every curated match by its first piece, longest first, so that a long name that fails
      // the world index's case rule leaves the shorter one ("Helmand province")
      Map<Integer, List<PhraseMatcher.Match<AliasIndex.Group>>> curated = new HashMap<>();
      for (PhraseMatcher.Match<AliasIndex.Group> m : aliases.matcher().findAll(pieces, keys)) {
        curated.computeIfAbsent(m.firstPiece(), k -> new ArrayList<>(2)).add(m);
      }
      PlaceIndex index = gazetteer.places();
      List<Found> out = new ArrayList<>();
      int i = 0;
      while (i < pieces.size()) {
        Found a = curatedAt(curated.get(i));
        Found w = index.size() == 0 ? null : worldAt(index, i);
        if (a == null && w != null && Gazetteer.ARABIC_ARTICLES.contains(keys.get(i))) {
          // "Al Jawf": the curated names are keyed without the article, from the next piece on;
          // starting there gives the divisions of Yemen and Saudi Arabia besides the Libyan town
          Found next = curatedAt(curated.get(i + 1));
          if (next != null && next.last() >= w.last()) {
            i++;
            continue;
          }
        }
        Found chosen;
        if (a == null && w == null) {
          i++;
          continue;
        } else if (a == null || (w != null && w.last() > a.last())) {
          chosen = w;
        } else if (w == null || w.last() < a.last()) {
          chosen = a;
        } else {
          List<Sense> both = new ArrayList<>(a.senses());
          both.addAll(w.senses());
          chosen = new Found(i, a.last(), both);
        }
        out.add(chosen);
        i = chosen.last() + 1;
      }
      return out;
    }

    /**
     * The longest curated match at a piece (the earliest pattern among equally long ones), but
     * not a longer name whose senses all come from the world tables and whose words are not all
     * capitalized.
     */
    private @Nullable Found curatedAt(
        @Nullable List<PhraseMatcher.Match<AliasIndex.Group>> here) {
      if (here == null) {
        return null;
      }
      PhraseMatcher.Match<AliasIndex.Group> best = null;
      for (PhraseMatcher.Match<AliasIndex.Group> m : here) {
        if (best != null && m.lastPiece() <= best.lastPiece()) {
          continue;
        }
        boolean world = true;
        for (Sense s : m.value().senses()) {
          world &= s.world();
        }
        if (m.firstPiece() == m.lastPiece() || !world
            || worldCased(m.firstPiece(), m.lastPiece())) {
          best = m;
        }
      }
      return best == null ? null
          : new Found(best.firstPiece(), best.lastPiece(), best.value().senses());
    }

    /** The longest name of the world index that starts at piece {@code i}. */
    private @Nullable Found worldAt(PlaceIndex index, int i) {
      Piece p = pieces.get(i);
      if (!startsCapitalized(p.text())) {
        return null;
      }
      String k0 = keys.get(i);
      int key = index.key(k0);
      if (key >= 0) {
        int max = Math.min(index.maxWords(key), pieces.size() - i);
        StringBuilder phrase = new StringBuilder(k0);
        int joined = 1;
        while (joined < max && (!pieces.get(i + joined).gapBefore()
            || abbreviationDot(i + joined - 1))) {
          joined++;
        }
        for (int w = joined; w >= 1; w--) {
          int k = key;
          if (w > 1) {
            phrase.setLength(0);
            phrase.append(k0);
            for (int j = 1; j < w; j++) {
              phrase.append(' ').append(keys.get(i + j));
            }
            k = index.key(phrase);
          }
          // "Helmand province" is Helmand and a noun, not a place's alternate name in lower case
          if (k >= 0 && index.postingCount(k) > 0 && (w == 1 || worldCased(i, i + w - 1))) {
            return worldFound(index, i, i + w - 1, k, false);
          }
        }
      }
      // a genitive or possessive -s ("Berlins", "Ohio's"); one-word names only
      if (k0.length() >= 5 && k0.charAt(k0.length() - 1) == 's') {
        int k = index.key(k0.substring(0, k0.length() - 1));
        if (k >= 0 && index.postingCount(k) > 0) {
          return worldFound(index, i, i, k, true);
        }
      }
      return null;
    }

    /** Every word capitalized, but for connectors ("de", "of", "al") inside the name. */
    private boolean worldCased(int first, int last) {
      for (int i = first; i <= last; i++) {
        if (!startsCapitalized(pieces.get(i).text()) && (i == first || i == last
            || !lang.connectors.contains(keys.get(i)))) {
          return false;
        }
      }
      return true;
    }

    /** "St. Louis", "Ft. Worth": a short capitalized word and its dot inside a name. */
    private boolean abbreviationDot(int i) {
      Piece p = pieces.get(i);
      Piece next = pieces.get(i + 1);
      String t = p.text();
      return t.length() <= 3 && startsCapitalized(t) && !t.contains(".")
          && text.startsWith(". ", p.end()) && next.start() == p.end() + 2;
    }

    private @Nullable Found worldFound(PlaceIndex index, int first, int last, int key,
        boolean genitive) {
      int n = index.postingCount(key);
      List<Sense> senses = new ArrayList<>(Math.min(n, 16));
      for (int j = 0; j < n; j++) {
        int p = index.posting(key, j);
        int place = p >>> PlaceIndex.FLAG_BITS;
        if (!gazetteer.hidden(place)) {
          senses.add(new Sense(index.entry(place), Sense.Role.NAME, genitive,
              (p & PlaceIndex.NEEDS_ARTICLE) != 0, null, true,
              (p & PlaceIndex.ALTERNATE) != 0));
        }
      }
      return senses.isEmpty() ? null : new Found(first, last, senses);
    }

    private @Nullable Draft draft(Found m, int prevLast, int nextFirst) {
      int nameFirst = m.first();
      int last = m.last();
      List<Sense> senses = new ArrayList<>(m.senses());
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
      boolean anyWorld = false;
      for (Sense s : senses) {
        anyWorld |= s.world();
      }
      boolean embedded = false;
      if (anyWorld) {
        if (!worldNameOk(first, nameFirst, last, prevLast)) {
          senses.removeIf(Sense::world);
        } else {
          embedded = insideName(first, last, prevLast);
        }
      }
      if (senses.isEmpty()) {
        return null;
      }
      Draft d = new Draft(first, last, senses);
      d.nameFirst = nameFirst;
      d.embedded = embedded;
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
      boolean allWorld = true;
      long largest = 0;
      for (Sense s : d.senses) {
        allWorld &= s.world();
        largest = Math.max(largest, s.entry().isCountry() ? Long.MAX_VALUE
            : gazetteer.priorPopulation(s.entry()));
      }
      if (allWorld && nameFirst == d.nameLast) {
        String k = keys.get(nameFirst);
        d.stopWord = lang.stopNames.contains(k) || (possessive && lang.stopNames.contains(stripS(k)));
        d.notName = lang.notNames.contains(k) || (possessive && lang.notNames.contains(stripS(k)));
        boolean towns = true;
        for (Sense s : d.senses) {
          towns &= s.entry().kind() == EntryKind.PLACE;
        }
        boolean alternateOnly = true;
        for (Sense s : d.senses) {
          alternateOnly &= s.alternate();
        }
        boolean nameLike = towns
            && (lang.nameLike.contains(k) || (possessive && lang.nameLike.contains(stripS(k))));
        d.weak = d.stopWord || d.notName || largest < WEAK_BELOW
            || (nameLike && largest < NAME_LIKE_BELOW)
            || (alternateOnly && largest < ALTERNATE_BELOW && !lang.exonyms);
        // "Davis said", "Tyler's": a weak or name-like name that speaks or owns is a person
        if ((d.weak || nameLike) && (possessive || (d.last + 1 < pieces.size()
            && !pieces.get(d.last + 1).gapBefore()
            && cueStartingAt(lang.metonymyAfter, d.last + 1, v -> true) != null))) {
          return null;
        }
      }
      // a small or ordinary-word place inside a longer name ("Jordan Peterson") is no place
      if (d.embedded && allWorld && (d.weak || nameFirst == d.nameLast && largest < WEAK_BELOW)) {
        return null;
      }
      return d;
    }

    /**
     * The stricter checks for names from the world index, which were never compared with the
     * words of a language: every word capitalized (but for connectors like "de", "of", "al"), a
     * one-word name of four letters or more and no acronym, and not after a title ("President
     * Jordan"). A name inside a longer run of capitalized words is {@link #insideName}.
     */
    private boolean worldNameOk(int first, int nameFirst, int last, int prevLast) {
      if (!worldCased(nameFirst, last)) {
        return false;
      }
      if (nameFirst == last) {
        String t = pieces.get(last).text();
        int letters = 0;
        boolean lower = false;
        for (int i = 0; i < t.length(); i++) {
          char c = t.charAt(i);
          if (Character.isLetter(c)) {
            letters++;
            lower |= Character.isLowerCase(c);
          }
        }
        if (letters < 4 || (!lower && letters <= 5 && t.chars().anyMatch(Character::isUpperCase))) {
          return false;
        }
      }
      if (first > 0 && first - 1 > prevLast && !pieces.get(first).gapBefore()
          && lang.titles.contains(keys.get(first - 1))) {
        return false;
      }
      return true;
    }

    /**
     * In English, a name inside a longer run of capitalized words ("New York Times", "Air
     * Zimbabwe", "Michael Jordan"): part of another name, so not a literal place.
     */
    private boolean insideName(int first, int last, int prevLast) {
      if (lang.nounsCapitalized) {
        return false;
      }
      if (first > 0 && first - 1 > prevLast && !pieces.get(first).gapBefore()) {
        int b = first - 1;
        if (startsCapitalized(pieces.get(b).text()) && !opensSentence(pieces.get(b).start())
            && !lang.locatives.contains(keys.get(b)) && !lang.connectors.contains(keys.get(b))
            && !lang.articles.contains(keys.get(b))) {
          return true;
        }
      }
      int a = last + 1;
      return a < pieces.size() && !pieces.get(a).gapBefore()
          && startsCapitalized(pieces.get(a).text())
          && !hasNewline(pieces.get(last).end(), pieces.get(a).start());
    }

    private static String stripS(String key) {
      return key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

    /**
     * Two passes over the mentions: each takes its first choice on its own (prior, kind and a
     * qualifier such as ", Texas"); weak mentions (small or ordinary-word names only the world
     * index knows) stay only with support (a locative before, a qualifier after, or another
     * mention in the same country or within 300 km); then every mention is ranked again with the
     * countries, divisions and points of the others.
     */
    private List<Draft> choose(List<Draft> drafts) {
      int n = drafts.size();
      List<List<GazetteerEntry>> qualifiers = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        qualifiers.add(qualifiers(drafts, j));
      }
      for (int j = 0; j < n; j++) {
        Draft d = drafts.get(j);
        List<Sense> named = named(d);
        if (!named.isEmpty()) {
          d.firstChoice = CandidateRanking.best(named, gazetteer, Ranking.CONTEXT,
              new CandidateRanking.Context(Map.of(), Map.of(), List.of(), qualifiers.get(j), j,
                  new int[0]));
        }
      }
      // strong mentions vote; weak ones with a locative or a qualifier are strong enough
      boolean[] votes = new boolean[n];
      for (int j = 0; j < n; j++) {
        Draft d = drafts.get(j);
        // German nouns follow prepositions all the time ("im Osten"): no support for them
        // a name inside another ("Mississippi State" the team) says little about the places
        votes[j] = d.firstChoice != null && !d.embedded && (!d.weak
            || fitsQualifier(d, qualifiers.get(j))
            || (locativeBefore(d) && !d.notName && !(d.stopWord && lang.nounsCapitalized)));
      }
      CandidateRanking.Context ctx = context(drafts, votes, names(drafts));
      List<Draft> kept = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        Draft d = drafts.get(j);
        if (contradicted(d, qualifiers.get(j))) {
          continue;
        }
        if (d.weak && !votes[j]) {
          if (d.notName || (d.stopWord && !lang.nounsCapitalized) || !supported(d, ctx, j)) {
            continue;
          }
        }
        kept.add(d);
      }
      if (ranking == Ranking.CONTEXT) {
        for (int j = 0; j < n; j++) {
          Draft d = drafts.get(j);
          List<Sense> named = named(d);
          if (!named.isEmpty()) {
            d.firstChoice = CandidateRanking.best(named, gazetteer, Ranking.CONTEXT,
                withSelf(ctx, qualifiers.get(j), j));
          }
        }
      } else {
        for (Draft d : drafts) {
          List<Sense> named = named(d);
          if (!named.isEmpty()) {
            d.firstChoice = CandidateRanking.best(named, gazetteer, Ranking.POPULATION, null);
          }
        }
      }
      return kept;
    }

    private List<Sense> named(Draft d) {
      List<Sense> out = new ArrayList<>(d.senses.size());
      for (Sense s : d.senses) {
        if (s.role() != Sense.Role.GENERIC) {
          out.add(s);
        }
      }
      return out;
    }

    private CandidateRanking.Context withSelf(CandidateRanking.Context c,
        List<GazetteerEntry> qualifiers, int self) {
      return new CandidateRanking.Context(c.countryVotes(), c.admin1Votes(), c.anchors(),
          qualifiers, self, c.names());
    }

    /**
     * A number per distinct name, for each mention: the fourth "Nelson" of a text is no evidence
     * for what the first one means.
     */
    private int[] names(List<Draft> drafts) {
      int[] names = new int[drafts.size()];
      Map<String, Integer> first = new HashMap<>();
      for (int j = 0; j < names.length; j++) {
        Draft d = drafts.get(j);
        names[j] = first.computeIfAbsent(
            String.join(" ", keys.subList(d.nameFirst, d.nameLast + 1)), k -> first.size());
      }
      return names;
    }

    private List<PhraseMatcher.Match<String>> demonymMatches() {
      if (demonymMatches == null) {
        demonymMatches = lang.demonyms.find(pieces, keys);
      }
      return demonymMatches;
    }

    private CandidateRanking.Context context(List<Draft> drafts, boolean[] votes, int[] names) {
      Map<String, Set<Integer>> countries = new HashMap<>();
      // "the northern Yemeni city of Saada": a demonym votes for its country (as a voter of its
      // own, numbered below zero, that no mention's name shares)
      int voter = -1;
      for (PhraseMatcher.Match<String> m : demonymMatches()) {
        countries.computeIfAbsent(m.value(), x -> new HashSet<>()).add(voter--);
      }
      Map<String, Set<Integer>> admin1 = new HashMap<>();
      List<CandidateRanking.Anchor> anchors = new ArrayList<>();
      for (int j = 0; j < drafts.size(); j++) {
        GazetteerEntry e = drafts.get(j).firstChoice;
        if (!votes[j] || e == null) {
          continue;
        }
        for (String c : e.countries()) {
          countries.computeIfAbsent(c, x -> new HashSet<>()).add(j);
        }
        if (e.kind() == EntryKind.ADMIN1 || (e.admin1Code() != null && e.kind() != EntryKind.COUNTRY)) {
          admin1.computeIfAbsent(e.countryCode() + "." + e.admin1Code(), x -> new HashSet<>()).add(j);
        }
        // a division's point is no place anything is near to; its name counts as focus above
        if (e.kind() != EntryKind.COUNTRY && e.kind() != EntryKind.REGION
            && e.kind() != EntryKind.ADMIN1) {
          anchors.add(new CandidateRanking.Anchor(j, e.id(), e.point()));
        }
      }
      return new CandidateRanking.Context(countries, admin1, anchors, List.of(), -1, names);
    }

    /**
     * A weak mention is kept when one of its senses lies in a division another mention names or
     * within 100 km of another mention's place; a country in common is not enough ("Johnson" in
     * an American article).
     */
    private boolean supported(Draft d, CandidateRanking.Context ctx, int self) {
      CandidateRanking.Context c = new CandidateRanking.Context(Map.of(), ctx.admin1Votes(),
          ctx.anchors(), List.of(), self, ctx.names());
      for (Sense s : d.senses) {
        GazetteerEntry e = s.entry();
        if (CandidateRanking.context(e, c) >= CandidateRanking.NEAR
            && (e.kind() != EntryKind.PLACE || e.population() >= WEAK_FLOOR)) {
          return true;
        }
      }
      return false;
    }

    private boolean locativeBefore(Draft d) {
      int b = d.first - 1;
      return b >= 0 && !pieces.get(d.first).gapBefore() && lang.locatives.contains(keys.get(b));
    }

    /**
     * Divisions and countries named right after a mention with a comma or an opening parenthesis
     * between ("Columbus, Ohio"; "Tieba (Bankass, Mopti)"), and the seats of first-level
     * divisions, which stand for their division there ("Vesele, Donetsk"). The chain goes on over
     * commas inside it, so a district the gazetteer lacks does not hide the province after it.
     */
    private List<GazetteerEntry> qualifiers(List<Draft> drafts, int j) {
      List<GazetteerEntry> out = new ArrayList<>(2);
      for (int k = j + 1; k < drafts.size() && k <= j + QUALIFIER_CHAIN; k++) {
        Draft prev = drafts.get(k - 1);
        Draft q = drafts.get(k);
        String between = text.substring(pieces.get(prev.last).end(), pieces.get(q.first).start())
            .trim();
        if (!between.equals(",") && !(k == j + 1 && between.equals("("))) {
          break;
        }
        for (Sense s : q.senses) {
          GazetteerEntry e = s.entry();
          if (s.role() == Sense.Role.NAME && (e.kind() == EntryKind.ADMIN1
              || e.kind() == EntryKind.COUNTRY || CandidateRanking.isSeat(e))) {
            out.add(e);
          }
        }
      }
      return out;
    }

    /**
     * A name the gazetteer knows only as small places in other countries than its qualifiers
     * ("As Sabaa (Tripoli)" is no village in Honduras): the name is some place the gazetteer
     * lacks, and the qualifier after it is the best place left. Lists of large places ("Kabul,
     * Islamabad") are not touched.
     */
    private boolean contradicted(Draft d, List<GazetteerEntry> qualifiers) {
      if (qualifiers.isEmpty()) {
        return false;
      }
      for (Sense s : d.senses) {
        GazetteerEntry e = s.entry();
        if (!s.world() || e.kind() != EntryKind.PLACE
            || e.population() >= CandidateRanking.SEAT_POPULATION) {
          return false;
        }
        for (GazetteerEntry q : qualifiers) {
          if (e.countries().contains(q.countryCode())) {
            return false;
          }
        }
      }
      return true;
    }

    /** Whether one of the mention's senses lies where a qualifier after it says. */
    private boolean fitsQualifier(Draft d, List<GazetteerEntry> qualifiers) {
      for (Sense s : d.senses) {
        if (CandidateRanking.qualified(s.entry(), qualifiers)) {
          return true;
        }
      }
      return false;
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

    /**
     * "US-Angriff", "Iran-backed": the name is the first part of a hyphenated compound; but for
     * compounds that say where ("Berlin-based", {@code placesuffix} in {@code words.tsv}).
     */
    private boolean compoundModifier(int end) {
      if (!(end + 1 < text.length() && isHyphen(text.charAt(end))
          && Character.isLetter(text.charAt(end + 1)))) {
        return false;
      }
      return !lang.placeSuffixes.contains(normalizer.key(wordAt(end + 1)));
    }

    private boolean locationCompound(int end) {
      return end + 1 < text.length() && isHyphen(text.charAt(end))
          && lang.placeSuffixes.contains(normalizer.key(wordAt(end + 1)));
    }

    private String wordAt(int from) {
      int to = from;
      while (to < text.length() && Character.isLetter(text.charAt(to))) {
        to++;
      }
      return text.substring(from, to);
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

    /** Countries the document names: the countries of the mentions' choices. */
    private Set<String> focus(List<Draft> drafts) {
      Set<String> focus = new HashSet<>();
      for (Draft d : drafts) {
        if (d.firstChoice != null) {
          focus.addAll(d.firstChoice.countries());
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
      GazetteerEntry best = d.firstChoice != null && containsEntry(ok, d.firstChoice)
          ? d.firstChoice : CandidateRanking.best(ok, gazetteer, ranking, null);
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
      // inside another name ("New York Times"), unless a noun of ours made it the place's name
      literal &= !(d.embedded && Gazetteer.isWorld(best) && d.last == d.nameLast
          && d.first == d.nameFirst);
      // "a Berlin-based company": where the company is, not where anything happens
      literal &= !locationCompound(pieces.get(d.last).end());
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

    /**
     * "Russian forces", "the British government": a country named as a modifier, marked
     * literal=false with the country's precision; it takes no part in focus or ranking.
     */
    private void demonyms(NavigableMap<Integer, Resolved> resolved, BitSet covered) {
      for (PhraseMatcher.Match<String> m : demonymMatches()) {
        // inside another name too ("the Nigerian Army", "American Airlines"): demonyms are never
        // literal places, and the name still tells which country is meant
        if (covered.get(m.firstPiece(), m.lastPiece() + 1).cardinality() > 0
            || compoundModifier(m.end())) {
          continue;
        }
        GazetteerEntry country = gazetteer.byId(m.value()).orElse(null);
        if (country != null && country.isCountry()) {
          Span span = new Span(m.start(), m.end());
          resolved.put(m.start(), new Resolved(place(span, country, country.precision(), null,
              false), country));
          covered.set(m.firstPiece(), m.lastPiece() + 1);
        }
      }
    }

    /** "Europe", "in Africa", "European leaders": a continent, with no country. */
    private void continents(NavigableMap<Integer, Resolved> resolved, BitSet covered) {
      for (PhraseMatcher.Match<Continent> m : continents.find(pieces, keys)) {
        if (covered.get(m.firstPiece(), m.lastPiece() + 1).cardinality() > 0
            || compoundModifier(m.end())) {
          continue;
        }
        Continent c = m.value();
        // "the European Commission", "Council of Europe": part of another name, so no literal
        // place, but still the continent the name refers to
        boolean embedded = insideName(m.firstPiece(), m.lastPiece(), -1);
        Span span = new Span(m.start(), m.end());
        Place p = new Place(span, span.of(text), c.name(), c.geonamesId(), c.latitude(),
            c.longitude(), null, null, null, c.feature(), null, null, 3, null,
            !c.adjective() && !embedded);
        resolved.put(m.start(), new Resolved(p, null));
        covered.set(m.firstPiece(), m.lastPiece() + 1);
      }
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
        if (e == null) {
          continue;
        }
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

  private static boolean containsEntry(List<Sense> senses, GazetteerEntry e) {
    for (Sense s : senses) {
      if (s.entry().equals(e)) {
        return true;
      }
    }
    return false;
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
