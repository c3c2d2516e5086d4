/**
 * Temporal tagging and normalization: {@link sitrep.time.TimeStage} finds dates, times, durations
 * and sets in the cleaned text and resolves them against the publication date and the narrative;
 * {@link sitrep.time.YearResolver} places year-less dates in a year.
 *
 * <p>Everything language-specific is data under {@code sitrep/time/<lang>/}:
 *
 * <ul>
 *   <li>{@code words.tsv}: {@code class<TAB>word<TAB>value[<TAB>flags]}, one word per line. Classes
 *       the resolver reads: MONTH (1–12), WEEKDAY (1 = Monday … 7), NUMBER (the count),
 *       UNIT (D, W, M, Y, TH, TM, TS, optionally with a multiplier: 10Y is a decade),
 *       PARTOFDAY (MO, MI, AF, EV, NI, DT), PART and PARTNOUN (START, MID, END), ORDINAL (the
 *       number), and by presence EXACT, APPROX, FUZZYNUM, ORDSUFFIX, JOIN, LISTJOIN. Any other
 *       class is a word set for patterns.
 *   <li>{@code rules.tsv}: {@code id<TAB>type<TAB>pattern<TAB>normalization}; see {@code
 *       TokenPattern} for the pattern syntax and {@code Normalization.Kind} for the mechanisms.
 *   <li>{@code tense.tsv} (optional): {@code class<TAB>cue}, the verb forms and hints that tell
 *       past from future ({@code TenseLexicon}); {@link sitrep.time.YearResolver} uses what they
 *       say to place year-less dates. Without the file every date is of unknown tense.
 * </ul>
 *
 * <p>Adding a language means adding these two files; a malformed line fails at load with its file
 * and line.
 */
@NullMarked
package sitrep.time;

import org.jspecify.annotations.NullMarked;
