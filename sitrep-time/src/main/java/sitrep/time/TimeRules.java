package sitrep.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import sitrep.model.TimexType;
import sitrep.model.resource.Tsv;
import sitrep.time.Normalization.Kind;

/**
 * Everything one language knows about time, loaded once from {@code sitrep/time/<lang>/words.tsv}
 * and {@code rules.tsv} and shared by all threads: the word classes, the compiled rules, and an
 * index from a token to the rules that can start there, so that a token no rule starts with costs
 * one hash lookup.
 *
 * <p>Finding expressions is leftmost-longest over the rules' spans (ties: the earlier rule), then a
 * merge step that joins a part of the day to the day it belongs to.
 */
final class TimeRules {

  /** One line of {@code rules.tsv}. */
  record Rule(String id, TimexType type, String pattern, List<TokenPattern.Variant> variants,
      Normalization normalization, int order, String where) {}

  private record Found(Rule rule, TokenPattern.Found found) {}

  static final TimeRules NONE = new TimeRules("none", TimeLexicon.EMPTY, TenseLexicon.EMPTY,
      List.of(), new TokenPattern.Trie<>());

  private static final Map<String, TimeRules> CACHE = new ConcurrentHashMap<>();

  private final String language;
  private final TimeLexicon lexicon;
  private final TenseLexicon tenses;
  private final List<Rule> rules;
  private final TokenPattern.Trie<Rule> trie;

  private TimeRules(String language, TimeLexicon lexicon, TenseLexicon tenses, List<Rule> rules,
      TokenPattern.Trie<Rule> trie) {
    this.language = language;
    this.lexicon = lexicon;
    this.tenses = tenses;
    this.rules = rules;
    this.trie = trie;
  }

  /**
   * The rules for an ISO 639-1 code ("de", "de-AT" and "DE" alike), loaded on first use; {@link
   * #NONE} for a language without rule files.
   *
   * @throws sitrep.model.resource.ResourceException naming file and line when a file is malformed
   */
  static TimeRules forLanguage(@Nullable String language) {
    if (language == null) {
      return NONE;
    }
    String code = language.toLowerCase(Locale.ROOT);
    int dash = code.indexOf('-');
    if (dash < 0) {
      dash = code.indexOf('_');
    }
    if (dash >= 0) {
      code = code.substring(0, dash);
    }
    if (!code.matches("[a-z]{2,3}")) {
      return NONE;
    }
    return CACHE.computeIfAbsent(code, c -> load("sitrep/time/" + c, c));
  }

  /** Loads the rule files under a classpath directory; NONE when it has no {@code rules.tsv}. */
  static TimeRules load(String directory, String language) {
    List<Tsv.Row> ruleRows = Tsv.readOptional(directory + "/rules.tsv");
    if (ruleRows == null) {
      return NONE;
    }
    TimeLexicon lexicon = TimeLexicon.load(directory + "/words.tsv");
    List<Rule> rules = new ArrayList<>();
    TokenPattern.Trie<Rule> trie = new TokenPattern.Trie<>();
    Set<String> ids = new HashSet<>();
    for (Tsv.Row row : ruleRows) {
      if (row.fields().size() != 4) {
        throw row.error("expected 4 tab-separated fields (id, type, pattern, normalization), found "
            + row.fields().size());
      }
      String id = row.get(0).trim();
      if (id.isEmpty() || !ids.add(id)) {
        throw row.error("rule id must be present and unique: '" + id + "'");
      }
      TimexType type = row.getEnum(1, TimexType.class);
      String pattern = row.get(2).trim();
      List<TokenPattern.Variant> variants = TokenPattern.compile(pattern, row, lexicon);
      Normalization norm = Normalization.parse(row.get(3), row);
      norm.check(variants, row);
      Rule rule = new Rule(id, type, pattern, variants, norm, rules.size(),
          row.file() + ":" + row.line());
      rules.add(rule);
      for (int v = 0; v < variants.size(); v++) {
        trie.add(rule, v, variants.get(v), lexicon);
      }
    }
    return new TimeRules(language, lexicon, TenseLexicon.load(directory + "/tense.tsv"),
        List.copyOf(rules), trie);
  }

  String language() {
    return language;
  }

  List<Rule> rules() {
    return rules;
  }

  boolean isEmpty() {
    return rules.isEmpty();
  }

  /** The tense cues of the language ({@code tense.tsv}); empty when it has none. */
  TenseLexicon tenses() {
    return tenses;
  }

  /**
   * True when tokens [from, to) can join the days of a list: at most four of LISTJOIN words,
   * commas and the dots of ordinals, within one paragraph ("., 18., und", ". sowie am").
   */
  boolean listJoins(Tokens t, int from, int to) {
    if (from >= to || to - from > 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!t.sameParagraph(i) || !(t.isPunct(i, ',') || t.isPunct(i, '.')
          || lexicon.is(t, i, "LISTJOIN"))) {
        return false;
      }
    }
    return t.sameParagraph(to);
  }

  /** The expressions in the text, in order, not overlapping, with time-of-day parts merged. */
  List<TimeMatch> find(Tokens t) {
    if (rules.isEmpty()) {
      return List.of();
    }
    List<Found> all = new ArrayList<>();
    // per rule, the longest match at this token; on a tie the variant listed first
    TokenPattern.Found[] best = new TokenPattern.Found[rules.size()];
    int[] bestVariant = new int[rules.size()];
    List<Rule> touched = new ArrayList<>();
    TokenPattern.Sink<Rule> sink = (rule, variant, f) -> {
      TokenPattern.Found previous = best[rule.order()];
      if (previous == null) {
        touched.add(rule);
      }
      if (previous == null || f.spanTo() > previous.spanTo()
          || (f.spanTo() == previous.spanTo() && variant < bestVariant[rule.order()])) {
        best[rule.order()] = f;
        bestVariant[rule.order()] = variant;
      }
    };
    TokenPattern.Trie<Rule>.Scan scan = trie.scan(t, lexicon, sink);
    for (int i = 0; i < t.size(); i++) {
      scan.at(i);
      for (Rule rule : touched) {
        all.add(new Found(rule, best[rule.order()]));
        best[rule.order()] = null;
      }
      touched.clear();
    }
    all.sort(Comparator.comparingInt((Found f) -> f.found().spanFrom())
        .thenComparing(Comparator.comparingInt((Found f) -> f.found().spanTo()).reversed())
        .thenComparingInt(f -> f.rule().order()));
    List<TimeMatch> chosen = new ArrayList<>();
    int end = 0;
    for (Found f : all) {
      if (f.found().spanFrom() >= end) {
        chosen.add(new TimeMatch(f.rule(), f.found()));
        end = f.found().spanTo();
      }
    }
    return merge(chosen, t);
  }

  /**
   * Joins a part of the day to the day it belongs to: "in den frühen Morgenstunden am 6. Juli",
   * "Thursday night", "Nacht des 14. August"; only JOIN words ("am", "des", "on", "of") or a comma
   * may stand between. A clock time directly before a day joins it too ("15:00 GMT Saturday"), and
   * a part of the day directly after a clock time joins the clock ("8 Uhr abends").
   */
  private List<TimeMatch> merge(List<TimeMatch> matches, Tokens t) {
    List<TimeMatch> out = new ArrayList<>(matches.size());
    for (int k = 0; k < matches.size(); k++) {
      TimeMatch m = matches.get(k);
      TimeMatch last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (m.kind() == Kind.CLOCK) {
        // "15:00 GMT Saturday": a clock time right before its day is one TIME with it
        TimeMatch next = k + 1 < matches.size() ? matches.get(k + 1) : null;
        if (next != null && next.namesADay() && next.pod == null && next.from == m.to
            && t.sameParagraph(next.from)) {
          next.pod = TimeResolver.clockValue(m);
          next.from = m.from;
          continue;
        }
      }
      if (m.isPartOfDay() && last != null && last.kind() == Kind.CLOCK && last.pod == null
          && last.to == m.from && t.sameParagraph(m.from)) {
        // "8 Uhr abends" is 20:00, "3 Uhr nachts" 03:00
        last.pod = TimeResolver.podOf(m);
        last.to = m.to;
        continue;
      }
      if (m.isPartOfDay()) {
        TimeMatch next = k + 1 < matches.size() ? matches.get(k + 1) : null;
        if (next != null && next.namesADay() && joins(t, m.to, next.from) && absorb(next, m)) {
          next.from = m.from;
          continue;
        }
        if (last != null && last.namesADay() && joins(t, last.to, m.from) && absorb(last, m)) {
          last.to = m.to;
          continue;
        }
      }
      if (m.namesADay()) {
        int limit = k + 1 < matches.size() ? matches.get(k + 1).from : t.size();
        if (m.pod == null && m.to < limit && t.sameParagraph(m.to)) {
          TimeLexicon.Entry pod = lexicon.at(t, m.to, "PARTOFDAY", Set.of());
          if (pod != null && m.to + pod.match(t, m.to) <= limit) {
            m.pod = pod.value();
            m.to += pod.match(t, m.to);
          }
        }
        int floor = last == null ? 0 : last.to;
        int join = m.from - 1;
        if (m.pod == null && join - 1 >= floor && lexicon.is(t, join, "JOIN")
            && t.sameParagraph(join) && t.sameParagraph(m.from)) {
          TimeLexicon.Entry pod = lexicon.at(t, join - 1, "PARTOFDAY", Set.of());
          if (pod != null && pod.match(t, join - 1) == 1) {
            m.pod = pod.value();
            m.from = join - 1;
          }
        }
      }
      out.add(m);
    }
    return out;
  }

  /**
   * Moves a part of the day into a day match; false if the day has one already. Clock times stay
   * separate TIME expressions (as in TimeML): they resolve to the day just before them anyway.
   */
  private static boolean absorb(TimeMatch day, TimeMatch partOfDay) {
    if (partOfDay.kind() != Kind.POD || day.pod != null) {
      return false;
    }
    day.pod = TimeResolver.podOf(partOfDay);
    return true;
  }

  /** True when tokens [from, to) are at most two JOIN words or commas within one paragraph. */
  private boolean joins(Tokens t, int from, int to) {
    if (from > to || to - from > 2 || (to < t.size() && !t.sameParagraph(to))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!t.sameParagraph(i) || !(t.isPunct(i, ',') || lexicon.is(t, i, "JOIN"))) {
        return false;
      }
    }
    return true;
  }
}
