package sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import sitrep.model.DateValue;
import sitrep.model.Span;
import sitrep.model.TimeExpression;
import sitrep.model.TimexType;
import sitrep.time.TokenPattern.Capture;

/**
 * Turns matches into TIMEX3 values and calendar intervals, in text order, carrying the reference
 * date of the narrative along: every resolved date becomes the reference that "am Tag darauf" or "a
 * week later" counts from, as HeidelTime does. Expressions relative to publication count from the
 * publication date. Whatever the text and the publication date do not give stays unknown: a
 * year-less date stays {@code --06-27}, and a relative expression without its anchor gets a TIMEX3
 * value such as {@code XXXX-XX-XX} but no calendar interval.
 *
 * <p>One instance resolves one document.
 */
final class TimeResolver {

  /** Offsets beyond this many units are numbers, not times. */
  private static final int MAX_OFFSET = 10_000;

  /** A day whose year may be unknown (0). */
  record Day(int year, int month, int day) {
    static Day of(LocalDate d) {
      return new Day(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    boolean full() {
      return year != 0;
    }

    LocalDate date() {
      return LocalDate.of(year, month, day);
    }

    /** n days later; for a year-less day only when leap and common years agree. */
    @Nullable Day plusDays(long n) {
      if (full()) {
        return of(date().plusDays(n));
      }
      return partial(LocalDate.of(2000, month, day).plusDays(n),
          month == 2 && day == 29 ? null : LocalDate.of(2001, month, day).plusDays(n));
    }

    @Nullable Day plusMonths(long n) {
      if (full()) {
        return of(date().plusMonths(n));
      }
      return partial(LocalDate.of(2000, month, day).plusMonths(n),
          month == 2 && day == 29 ? null : LocalDate.of(2001, month, day).plusMonths(n));
    }

    private static @Nullable Day partial(LocalDate leap, @Nullable LocalDate common) {
      if (common == null || leap.getMonthValue() != common.getMonthValue()
          || leap.getDayOfMonth() != common.getDayOfMonth()) {
        return null;
      }
      return new Day(0, leap.getMonthValue(), leap.getDayOfMonth());
    }

    String timex() {
      return full() ? date().toString() : String.format("XXXX-%02d-%02d", month, day);
    }

    /** ISO 8601 as DateValue writes it: {@code 2021-06-27} or {@code --06-27}. */
    String iso() {
      return full() ? date().toString() : String.format("--%02d-%02d", month, day);
    }

    DateValue value() {
      return full() ? DateValue.day(date()) : DateValue.dayNoYear(month, day);
    }
  }

  /** The narrative's reference: year, month, day as far as known (0 = unknown). */
  record Ref(int year, int month, int day, String timex) {
    static Ref of(Day d) {
      return new Ref(d.year(), d.month(), d.day(), d.timex());
    }

    @Nullable Day asDay() {
      return month != 0 && day != 0 ? new Day(year, month, day) : null;
    }
  }

  /** A resolved expression before it becomes a record; {@code ref}: the new reference, if any. */
  private record Out(TimexType type, String value, @Nullable String anchor,
      @Nullable DateValue date, @Nullable Ref ref) {}

  private final @Nullable LocalDate published;
  private final @Nullable String pubAnchor;
  private final TenseFinder tenses;
  private @Nullable Ref ref;

  private TimeResolver(@Nullable LocalDate published, TenseFinder tenses) {
    this.published = published;
    this.pubAnchor = published == null ? null : "published:" + published;
    this.tenses = tenses;
  }

  static List<TimeExpression> resolve(List<TimeMatch> matches, Tokens t,
      @Nullable LocalDate published, TimeRules rules) {
    TimeResolver r = new TimeResolver(published, new TenseFinder(t, rules.tenses()));
    lendMonths(matches, t, rules);
    List<TimeExpression> out = new ArrayList<>(matches.size());
    for (TimeMatch m : matches) {
      Out o = r.resolve(m);
      if (o == null) {
        continue;
      }
      if (o.ref() != null) {
        r.ref = o.ref();
      }
      Span span = new Span(t.start(m.from), t.end(m.to - 1));
      out.add(new TimeExpression(span, span.of(t.text), o.type(), o.value(), o.anchor(),
          o.date()));
    }
    return out;
  }

  /**
   * Gives each day of a list ("am 3., 4. und 5. Oktober", "am 16. und 17. sowie am 23. Jänner")
   * the month and year of the date that closes the list; a listed day without one is dropped.
   */
  private static void lendMonths(List<TimeMatch> matches, Tokens t, TimeRules rules) {
    for (int k = matches.size() - 2; k >= 0; k--) {
      TimeMatch m = matches.get(k);
      if (m.kind() != Normalization.Kind.LISTDAY) {
        continue;
      }
      TimeMatch next = matches.get(k + 1);
      boolean donor = next.has("DAY") && (next.has("MONTH") || next.has("MONTHNUM"))
          && (next.kind() == Normalization.Kind.LISTDAY
              || (next.kind() == Normalization.Kind.DATE && next.pod == null));
      if (donor && rules.listJoins(t, m.to, next.from)) {
        m.lend(next);
      }
    }
  }

  /** The tense of the clause around a match. */
  private Tense tense(TimeMatch m) {
    return tenses.around(m.from, m.to);
  }

  private @Nullable Out resolve(TimeMatch m) {
    Out o = switch (m.kind()) {
      case DATE -> date(m);
      case LISTDAY -> m.has("MONTH") || m.has("MONTHNUM") ? date(m) : null;
      case RANGE -> range(m);
      case PUB -> pub(m);
      case PUBCAL -> pubcal(m);
      case PREV -> prev(m);
      case PREVCAL -> prevcal(m);
      case WEEKDAY -> weekday(m);
      case WEEKEND -> weekend(m);
      case POD, CLOCK -> timeOfDay(m);
      case FUZZY -> fuzzy(m);
      case RECENT -> recent(m);
      case DURATION -> duration(m);
      case SET -> set(m);
      case IGNORE -> null;
    };
    if (o == null || m.kind() == Normalization.Kind.POD || m.kind() == Normalization.Kind.CLOCK
        || o.type() == TimexType.SET || m.pod == null) {
      return o;
    }
    String base = o.value().equals("PRESENT_REF") ? "XXXX-XX-XX" : o.value();
    return new Out(TimexType.TIME, base + "T" + m.pod, o.anchor(), o.date(), o.ref());
  }

  // ---------------------------------------------------------------- absolute dates

  private @Nullable Out date(TimeMatch m) {
    Capture century = m.capture("CENTURY");
    if (century != null) {
      int c = century.intValue() - 1;
      return c < 1 ? null : new Out(m.rule.type(), String.format("%02d", c), null, null, null);
    }
    Capture decade = m.capture("DECADE");
    if (decade != null) {
      int y = decade.intValue();
      if (y % 10 != 0) {
        return null;
      }
      return new Out(m.rule.type(), String.valueOf((y < 100 ? 1900 + y : y) / 10), null, null,
          null);
    }
    int year = year(m);
    Capture end2 = m.capture("YEAREND2");
    if (year < 0 || (end2 != null && (year + 1) % 100 != end2.intValue())) {
      return null;
    }
    Capture season = m.capture("SEASON");
    if (season != null) {
      return season(m, season.value(), year);
    }
    Capture quarter = m.capture("QUARTER");
    Capture half = m.capture("HALF");
    if (quarter != null || half != null) {
      return partOfYear(m, quarter != null ? "Q" : "H",
          (quarter != null ? quarter : half).intValue(), year);
    }
    Capture monthC = monthCapture(m, "MONTH");
    Capture dayC = m.capture("DAY");
    Capture partC = m.capture("PART");
    String part = partC == null ? null : partC.value();
    String rel = m.rule.normalization().param("rel");
    if (dayC != null && monthC != null) {
      Day d = day(year, monthC.intValue(), dayC.intValue(), rel, m);
      if (d == null) {
        return null;
      }
      String anchor = year == 0 && d.full() ? pubAnchor : null;
      if (m.rule.normalization().param("night") != null) {
        return night(d, anchor);
      }
      return new Out(m.rule.type(), d.timex(), anchor, d.value(), Ref.of(d));
    }
    if (monthC != null) {
      int month = monthC.intValue();
      String anchor = null;
      if (year == 0 && published != null) {
        YearMonth ym = rel == null ? YearResolver.resolve(month, published, tense(m))
            : YearResolver.resolve(month, published);
        if ("before".equals(rel) && !ym.isBefore(YearMonth.from(published))) {
          ym = ym.minusYears(1);
        } else if ("after".equals(rel)) {
          ym = YearMonth.of(published.getYear(), month);
          if (!ym.isAfter(YearMonth.from(published))) {
            ym = ym.plusYears(1);
          }
        }
        year = ym.getYear();
        anchor = pubAnchor;
      }
      if (year == 0) {
        int[] days = monthPart(part, Month.of(month).maxLength());
        DateValue dv = new DateValue(String.format("--%02d", month),
            String.format("--%02d-%02d", month, days[0]),
            String.format("--%02d-%02d", month, days[1]), 3);
        return new Out(m.rule.type(), String.format("XXXX-%02d", month), null, dv,
            new Ref(0, month, 0, String.format("XXXX-%02d", month)));
      }
      YearMonth ym = YearMonth.of(year, month);
      int[] days = monthPart(part, ym.lengthOfMonth());
      DateValue dv = new DateValue(ym.toString(), ym.atDay(days[0]).toString(),
          ym.atDay(days[1]).toString(), 3);
      return new Out(m.rule.type(), ym.toString(), anchor, dv,
          new Ref(year, month, 0, ym.toString()));
    }
    if (year == 0) {
      return null;
    }
    int[] months = part == null ? new int[] {1, 12} : yearPart(part);
    String y = String.valueOf(year);
    DateValue dv = new DateValue(y, LocalDate.of(year, months[0], 1).toString(),
        YearMonth.of(year, months[1]).atEndOfMonth().toString(), 3);
    return new Out(m.rule.type(), y, null, dv, new Ref(year, 0, 0, y));
  }

  /**
   * A season (SP, SU, FA, WI: meteorological, winter from December); without a year the latest
   * one that began on or before publication ({@code rel=before}: the one before that).
   */
  private Out season(TimeMatch m, String code, int year) {
    int startMonth = switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    String anchor = null;
    if (year == 0 && published != null) {
      String rel = m.rule.normalization().param("rel");
      LocalDate start = LocalDate.of(published.getYear(), startMonth, 1);
      if (start.isAfter(published)) {
        start = start.minusYears(1);
      }
      if ("before".equals(rel)) {
        // the last one that is over: "letzten Sommer" in July is the summer before
        year = start.plusMonths(3).isAfter(published) ? start.getYear() - 1 : start.getYear();
      } else if ("after".equals(rel)) {
        year = start.getYear() + 1;
      } else {
        year = YearResolver.seasonYear(startMonth, published, tense(m));
      }
      anchor = pubAnchor;
    }
    if (year == 0) {
      YearMonth last = YearMonth.of(2000, startMonth).plusMonths(2);
      DateValue dv = new DateValue(String.format("--%02d-01", startMonth),
          String.format("--%02d-01", startMonth),
          String.format("--%02d-%02d", last.getMonthValue(), last.lengthOfMonth()), 3);
      return new Out(m.rule.type(), "XXXX-" + code, null, dv, null);
    }
    LocalDate first = LocalDate.of(year, startMonth, 1);
    LocalDate last = YearMonth.from(first).plusMonths(2).atEndOfMonth();
    DateValue dv = new DateValue(first.toString(), first.toString(), last.toString(), 3);
    return new Out(m.rule.type(), year + "-" + code, anchor, dv, null);
  }

  /**
   * A quarter or half of a year ("im dritten Quartal", "der zweiten Jahreshälfte"): without a year,
   * the one its tense and publication put it in, counted from its first month.
   */
  private @Nullable Out partOfYear(TimeMatch m, String unit, int n, int year) {
    int months = unit.equals("Q") ? 3 : 6;
    if (n < 1 || n > 12 / months) {
      return null;
    }
    int first = (n - 1) * months + 1;
    String anchor = null;
    if (year == 0 && published != null) {
      year = YearResolver.resolve(first, published, tense(m)).getYear();
      anchor = pubAnchor;
    }
    if (year == 0) {
      return new Out(m.rule.type(), "XXXX-" + unit + n, null, null, null);
    }
    LocalDate start = LocalDate.of(year, first, 1);
    LocalDate end = start.plusMonths(months).minusDays(1);
    DateValue dv = new DateValue(start.toString(), start.toString(), end.toString(), 3);
    return new Out(m.rule.type(), year + "-" + unit + n, anchor, dv, null);
  }

  /** First and last day of "Anfang/Mitte/Ende" of a month. */
  private static int[] monthPart(@Nullable String part, int length) {
    if (part == null) {
      return new int[] {1, length};
    }
    return switch (part) {
      case "START" -> new int[] {1, 10};
      case "MID" -> new int[] {11, 20};
      default -> new int[] {21, length};
    };
  }

  /**
   * A day from its parts; a missing year comes from publication and the tense of the match's
   * clause, else the day stays partial.
   */
  private @Nullable Day day(int year, int month, int day, @Nullable String rel, TimeMatch m) {
    if (day > Month.of(month).maxLength()) {
      return null;
    }
    if (year != 0) {
      return MonthDay.of(month, day).isValidYear(year) ? new Day(year, month, day) : null;
    }
    if (published == null) {
      return new Day(0, month, day);
    }
    MonthDay md = MonthDay.of(month, day);
    if ("before".equals(rel)) {
      for (int y = published.getYear(); ; y--) {
        if (md.isValidYear(y) && md.atYear(y).isBefore(published)) {
          return Day.of(md.atYear(y));
        }
      }
    }
    if ("after".equals(rel)) {
      for (int y = published.getYear(); ; y++) {
        if (md.isValidYear(y) && md.atYear(y).isAfter(published)) {
          return Day.of(md.atYear(y));
        }
      }
    }
    return Day.of(YearResolver.resolve(md, published, tense(m)));
  }

  /** The YEAR, or YEAR2 in the century publication suggests; 0 for none, -1 for no year pair. */
  private int year(TimeMatch m) {
    Capture y = m.capture("YEAR");
    if (y != null) {
      return y.intValue();
    }
    Capture y2 = m.capture("YEAR2");
    if (y2 == null) {
      return 0;
    }
    int yy = y2.intValue();
    Capture start = m.capture("YEARSTART");
    if (start != null) {
      // "1957-58", "2014/15": the year after the first; anything else is no pair of years
      int next = start.intValue() + 1;
      return next % 100 == yy ? next : -1;
    }
    if (published != null) {
      int c = published.getYear() - published.getYear() % 100 + yy;
      return c > published.getYear() + 1 ? c - 100 : c;
    }
    return yy < 50 ? 2000 + yy : 1900 + yy;
  }

  private static @Nullable Capture monthCapture(TimeMatch m, String name) {
    Capture c = m.capture(name);
    return c != null ? c : m.capture(name + "NUM");
  }

  /** "In der Nacht zum Dienstag": the night that ends on day d. */
  private Out night(Day d, @Nullable String anchor) {
    Day before = d.plusDays(-1);
    if (before == null) {
      return new Out(TimexType.TIME, "XXXX-XX-XXTNI", anchor, null, null);
    }
    DateValue dv = new DateValue(d.iso(), before.iso(), d.iso(), 2);
    return new Out(TimexType.TIME, before.timex() + "TNI", anchor, dv, null);
  }

  private @Nullable Out range(TimeMatch m) {
    int d1 = m.capture("DAY1").intValue();
    int d2 = m.capture("DAY2").intValue();
    Capture m2c = monthCapture(m, "MONTH");
    Capture m1c = monthCapture(m, "MONTH1");
    int m2 = m2c.intValue();
    int m1 = m1c == null ? m2 : m1c.intValue();
    if (d1 > Month.of(m1).maxLength() || d2 > Month.of(m2).maxLength()
        || (m1 == m2 && d1 >= d2)) {
      return null;
    }
    boolean crossesYear = m1 > m2;
    int year = year(m);
    String anchor = null;
    if (year == 0 && published != null) {
      year = YearResolver.resolve(MonthDay.of(m2, d2), published, tense(m)).getYear();
      anchor = pubAnchor;
    }
    Day first;
    Day last;
    long length;
    if (year != 0) {
      int y1 = crossesYear ? year - 1 : year;
      if (!MonthDay.of(m1, d1).isValidYear(y1) || !MonthDay.of(m2, d2).isValidYear(year)) {
        return null;
      }
      first = new Day(y1, m1, d1);
      last = new Day(year, m2, d2);
      length = ChronoUnit.DAYS.between(first.date(), last.date()) + 1;
    } else {
      first = new Day(0, m1, d1);
      last = new Day(0, m2, d2);
      length = ChronoUnit.DAYS.between(LocalDate.of(crossesYear ? 2000 : 2001, m1, Math.min(d1, 28)),
          LocalDate.of(2001, m2, Math.min(d2, 28))) + 1;
    }
    if (length > 366) {
      return null;
    }
    DateValue dv = new DateValue(first.iso(), first.iso(), last.iso(), length <= 7 ? 2 : 3);
    return new Out(m.rule.type(), first.timex(), anchor, dv, null);
  }

  // ---------------------------------------------------------------- relative to publication

  private @Nullable Out pub(TimeMatch m) {
    Integer n = count(m);
    String unit = m.unit();
    if (n == null || unit == null) {
      return null;
    }
    if (published == null) {
      return new Out(m.rule.type(), unresolved(unit, n), null, null, null);
    }
    return offset(m, Day.of(published), n, unit, true, pubAnchor);
  }

  private @Nullable Out pubcal(TimeMatch m) {
    int n = m.rule.normalization().intParam("n", 0);
    String unit = m.rule.normalization().param("unit");
    if (published == null) {
      return new Out(m.rule.type(), unresolved(unit, 1), null, null, null);
    }
    return calendar(m, published, unit, n, pubAnchor);
  }

  /** A calendar week, month or year n units from the one containing {@code base}. */
  private Out calendar(TimeMatch m, LocalDate base, String unit, int n, String anchor) {
    Capture partC = m.capture("PART");
    String part = partC == null ? null : partC.value();
    switch (unit) {
      case "W" -> {
        LocalDate monday = base.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .plusWeeks(n);
        // "Anfang/Mitte/Ende der Woche": Monday to Wednesday, Wednesday to Friday, Thursday on
        int[] days = part == null ? new int[] {0, 6}
            : switch (part) {
              case "START" -> new int[] {0, 2};
              case "MID" -> new int[] {2, 4};
              default -> new int[] {3, 6};
            };
        DateValue dv = new DateValue(monday.plusDays(days[0]).toString(),
            monday.plusDays(days[0]).toString(), monday.plusDays(days[1]).toString(), 2);
        return new Out(m.rule.type(), isoWeek(monday), anchor, dv, null);
      }
      case "M" -> {
        YearMonth ym = YearMonth.from(base).plusMonths(n);
        int[] days = monthPart(part, ym.lengthOfMonth());
        DateValue dv = new DateValue(ym.toString(), ym.atDay(days[0]).toString(),
            ym.atDay(days[1]).toString(), 3);
        return new Out(m.rule.type(), ym.toString(), anchor, dv,
            new Ref(ym.getYear(), ym.getMonthValue(), 0, ym.toString()));
      }
      default -> {
        int y = base.getYear() + n;
        Out whole = yearOut(m, y, anchor);
        if (part == null) {
          return whole;
        }
        int[] months = yearPart(part);
        DateValue dv = new DateValue(whole.value(), LocalDate.of(y, months[0], 1).toString(),
            YearMonth.of(y, months[1]).atEndOfMonth().toString(), 3);
        return new Out(whole.type(), whole.value(), anchor, dv, whole.ref());
      }
    }
  }

  /** First and last month of "Anfang/Mitte/Ende" of a year. */
  private static int[] yearPart(String part) {
    return switch (part) {
      case "START" -> new int[] {1, 4};
      case "MID" -> new int[] {5, 8};
      default -> new int[] {9, 12};
    };
  }

  private Out yearOut(TimeMatch m, int y, @Nullable String anchor) {
    String v = String.valueOf(y);
    DateValue dv = new DateValue(v, LocalDate.of(y, 1, 1).toString(),
        LocalDate.of(y, 12, 31).toString(), 3);
    return new Out(m.rule.type(), v, anchor, dv, new Ref(y, 0, 0, v));
  }

  private @Nullable Out weekday(TimeMatch m) {
    int dow = m.weekday();
    boolean night = m.rule.normalization().param("night") != null;
    if (published == null) {
      return new Out(night ? TimexType.TIME : m.rule.type(), "XXXX-WXX-" + dow
          + (night ? "TNI" : ""), null, null, null);
    }
    String rel = m.rule.normalization().param("rel");
    LocalDate d = nearest(DayOfWeek.of(dow), rel, m);
    Day day = Day.of(d);
    if (night) {
      return night(day, pubAnchor);
    }
    return new Out(m.rule.type(), day.timex(), pubAnchor, day.value(), Ref.of(day));
  }

  /**
   * The weekday strictly before publication ("last"), strictly after ("next"), or as the tense
   * says: on or after publication for the future, else on or before (news reports what happened).
   */
  private LocalDate nearest(DayOfWeek dow, @Nullable String rel, TimeMatch m) {
    if ("after".equals(rel)) {
      return published.with(TemporalAdjusters.next(dow));
    }
    if ("before".equals(rel)) {
      return published.with(TemporalAdjusters.previous(dow));
    }
    if (tense(m) == Tense.FUTURE) {
      return published.with(TemporalAdjusters.nextOrSame(dow));
    }
    return published.with(TemporalAdjusters.previousOrSame(dow));
  }

  private Out weekend(TimeMatch m) {
    if (published == null) {
      return new Out(m.rule.type(), "XXXX-WXX-WE", null, null, null);
    }
    String rel = m.rule.normalization().param("rel");
    if (rel == null && tense(m) == Tense.FUTURE) {
      rel = "after";
    }
    LocalDate saturday;
    if ("after".equals(rel)) {
      saturday = published.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    } else {
      saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      if ("before".equals(rel) && !saturday.plusDays(1).isBefore(published)) {
        saturday = saturday.minusWeeks(1);
      }
    }
    LocalDate sunday = saturday.plusDays(1);
    DateValue dv = new DateValue(saturday.toString(), saturday.toString(), sunday.toString(), 2);
    return new Out(m.rule.type(), isoWeek(saturday) + "-WE", pubAnchor, dv, null);
  }

  private @Nullable Out fuzzy(TimeMatch m) {
    Normalization norm = m.rule.normalization();
    String value = norm.param("value");
    int days = norm.intParam("days", -1);
    if (published == null || days < 0) {
      return new Out(m.rule.type(), value, null, null, null);
    }
    LocalDate from = published.minusDays(days);
    DateValue dv = new DateValue(from.toString(), from.toString(), published.toString(),
        norm.intParam("precision", 3));
    return new Out(m.rule.type(), value, pubAnchor, dv, null);
  }

  /** "In den vergangenen drei Tagen": a duration that ends at publication. */
  private @Nullable Out recent(TimeMatch m) {
    String unit = m.unit();
    Capture num = m.capture("NUM");
    int mult = multiplier(unit);
    String base = baseUnit(unit);
    String value;
    LocalDate from = null;
    if (num != null) {
      int n = num.intValue() * mult;
      if (n > MAX_OFFSET) {
        return null;
      }
      value = durationValue(n, base);
      if (published != null) {
        from = base.startsWith("T") ? published.minusDays(daysOf(n, base))
            : minus(published, n, base);
      }
    } else {
      value = base.startsWith("T") ? "PTX" + base.substring(1) : "PX" + base;
      int days = m.rule.normalization().intParam("days", -1);
      if (published != null && days >= 0) {
        from = published.minusDays(days);
      }
    }
    if (from == null) {
      return new Out(m.rule.type(), value, null, null, null);
    }
    long length = ChronoUnit.DAYS.between(from, published);
    DateValue dv = new DateValue(from.toString(), from.toString(), published.toString(),
        length <= 7 ? 2 : 3);
    return new Out(m.rule.type(), value, pubAnchor, dv, null);
  }

  // ---------------------------------------------------------------- relative to the narrative

  private @Nullable Out prev(TimeMatch m) {
    Integer n = count(m);
    String unit = m.unit();
    if (n == null || unit == null) {
      return null;
    }
    Ref r = ref;
    String unresolved = unresolved(unit, n);
    if (r == null) {
      return new Out(m.rule.type(), unresolved, null, null, null);
    }
    String anchor = "previous:" + r.timex();
    Day d = r.asDay();
    String base = baseUnit(unit);
    if (d != null && !base.startsWith("T")) {
      Out o = offset(m, d, n, unit, false, anchor);
      return o != null ? o : new Out(m.rule.type(), unresolved, null, null, null);
    }
    long k = (long) n * multiplier(unit);
    if (base.equals("M") && r.month() != 0 && Math.abs(k) <= MAX_OFFSET) {
      if (r.year() == 0) {
        int month = (int) Math.floorMod(r.month() - 1 + k, 12L) + 1;
        DateValue dv = new DateValue(String.format("--%02d", month),
            String.format("--%02d-01", month),
            String.format("--%02d-%02d", month, Month.of(month).maxLength()), 3);
        String v = String.format("XXXX-%02d", month);
        return new Out(m.rule.type(), v, anchor, dv, new Ref(0, month, 0, v));
      }
      YearMonth ym = YearMonth.of(r.year(), r.month()).plusMonths(k);
      return new Out(m.rule.type(), ym.toString(), anchor,
          DateValue.month(ym.getYear(), ym.getMonthValue()),
          new Ref(ym.getYear(), ym.getMonthValue(), 0, ym.toString()));
    }
    if (base.equals("Y") && r.year() != 0 && Math.abs(k) <= MAX_OFFSET) {
      int y = (int) (r.year() + k);
      if (r.month() != 0) {
        YearMonth ym = YearMonth.of(y, r.month());
        return new Out(m.rule.type(), ym.toString(), anchor,
            DateValue.month(ym.getYear(), ym.getMonthValue()),
            new Ref(ym.getYear(), ym.getMonthValue(), 0, ym.toString()));
      }
      return yearOut(m, y, anchor);
    }
    return new Out(base.startsWith("T") ? TimexType.TIME : m.rule.type(), unresolved, null, null,
        null);
  }

  private @Nullable Out prevcal(TimeMatch m) {
    int n = m.rule.normalization().intParam("n", 0);
    String unit = m.rule.normalization().param("unit");
    Ref r = ref;
    if (r == null && n == 0 && published != null) {
      // "Ende des Jahres" before any date: the year of publication, unless the tense puts the
      // part on the other side of it ("peaked by the end of the year" in March is last year's)
      int shift = 0;
      Capture part = m.capture("PART");
      if (unit.equals("Y") && part != null) {
        int[] months = yearPart(part.value());
        int month = published.getMonthValue();
        Tense tense = tense(m);
        if (tense == Tense.PAST && months[0] > month) {
          shift = -1;
        } else if (tense == Tense.FUTURE && months[1] < month) {
          shift = 1;
        }
      }
      return calendar(m, published, unit, shift, pubAnchor);
    }
    if (r == null || r.year() == 0 || (r.month() == 0 && !unit.equals("Y"))
        || (r.day() == 0 && unit.equals("W"))) {
      return new Out(m.rule.type(), unresolved(unit, 1), null, null, null);
    }
    LocalDate base = LocalDate.of(r.year(), Math.max(1, r.month()), Math.max(1, r.day()));
    return calendar(m, base, unit, n, "previous:" + r.timex());
  }

  /**
   * A part of the day or a clock time on its own: on the previous day of the narrative; before any
   * date, on the publication day, which the report's times of day mostly mean ("um 20 Uhr"), with
   * the day before it still in the interval.
   */
  private Out timeOfDay(TimeMatch m) {
    String suffix = m.kind() == Normalization.Kind.POD ? podOf(m) : clockText(clockOf(m));
    if (ref == null && published != null) {
      DateValue dv = new DateValue(published.toString(), published.minusDays(1).toString(),
          published.toString(), 2);
      return new Out(TimexType.TIME, published + "T" + suffix, pubAnchor, dv, null);
    }
    Day d = ref == null ? null : ref.asDay();
    if (d == null) {
      return new Out(TimexType.TIME, "XXXX-XX-XXT" + suffix, null, null, null);
    }
    return new Out(TimexType.TIME, d.timex() + "T" + suffix, "previous:" + ref.timex(), d.value(),
        null);
  }

  // ---------------------------------------------------------------- offsets

  /**
   * Day, week, month or year offsets from a day. Days are exact; "a week ago" is the day seven
   * days back give or take three (precision 2), a month ±15 days, a year the calendar year
   * (precision 3), unless an EXACT word ("genau", "exactly") makes them exact.
   */
  private @Nullable Out offset(TimeMatch m, Day base, int n, String unit, boolean calendarValue,
      @Nullable String anchor) {
    boolean exact = m.has("EXACT");
    boolean approx = m.has("APPROX");
    long k = (long) n * multiplier(unit);
    if (Math.abs(k) > MAX_OFFSET) {
      return null;
    }
    String b = baseUnit(unit);
    TimexType type = m.rule.type();
    switch (b) {
      case "D" -> {
        Day target = base.plusDays(k);
        if (target == null) {
          return null;
        }
        if (approx) {
          DateValue dv = window(target, 1, 2);
          return new Out(type, target.timex(), anchor, dv, null);
        }
        return new Out(type, target.timex(), anchor, target.value(), Ref.of(target));
      }
      case "W" -> {
        Day target = base.plusDays(7 * k);
        if (target == null) {
          return null;
        }
        if (exact) {
          return new Out(type, target.timex(), anchor, target.value(), Ref.of(target));
        }
        String v = calendarValue && target.full() ? isoWeek(target.date()) : target.timex();
        return new Out(type, v, anchor, window(target, 3, 2), null);
      }
      case "M" -> {
        Day target = base.plusMonths(k);
        if (target == null) {
          return null;
        }
        if (exact) {
          return new Out(type, target.timex(), anchor, target.value(), Ref.of(target));
        }
        String v = target.full() ? YearMonth.from(target.date()).toString()
            : String.format("XXXX-%02d", target.month());
        return new Out(type, v, anchor, window(target, 15, 3), null);
      }
      case "Y" -> {
        if (!base.full()) {
          return null;
        }
        LocalDate target = base.date().plusYears(k);
        if (exact) {
          Day d = Day.of(target);
          return new Out(type, d.timex(), anchor, d.value(), Ref.of(d));
        }
        Out y = yearOut(m, target.getYear(), anchor);
        return new Out(y.type(), y.value(), y.anchor(), y.date(), null);
      }
      default -> {
        // hours, minutes, seconds: only publication gives a clock to count from
        if (!calendarValue || !base.full()) {
          return null;
        }
        long hours = switch (b) {
          case "TH" -> k;
          case "TM" -> k / 60;
          default -> k / 3600;
        };
        if (Math.abs(hours) <= 12) {
          return new Out(TimexType.DATE, base.timex(), anchor, base.value(), null);
        }
        Day target = base.plusDays(Math.round(hours / 24.0));
        return new Out(TimexType.DATE, target.timex(), anchor, window(target, 1, 2), null);
      }
    }
  }

  /** A day give or take {@code days}, or null when a year-less window cannot be placed. */
  private static @Nullable DateValue window(Day target, int days, int precision) {
    Day from = target.plusDays(-days);
    Day to = target.plusDays(days);
    if (from == null || to == null) {
      return null;
    }
    return new DateValue(target.iso(), from.iso(), to.iso(), precision);
  }

  /** n from the rule, or dir × the captured number. */
  private static @Nullable Integer count(TimeMatch m) {
    Normalization norm = m.rule.normalization();
    if (norm.param("n") != null) {
      return norm.intParam("n", 0);
    }
    Capture num = m.capture("NUM");
    if (num == null) {
      return null;
    }
    return norm.intParam("dir", 1) * num.intValue();
  }

  /** TIMEX3 value of an offset whose anchor is unknown. */
  private static String unresolved(String unit, int n) {
    return switch (baseUnit(unit)) {
      case "D" -> n == 0 ? "PRESENT_REF" : "XXXX-XX-XX";
      case "W" -> "XXXX-WXX";
      case "M" -> "XXXX-XX";
      case "Y" -> "XXXX";
      default -> "XXXX-XX-XXTXX:XX";
    };
  }

  /** Whole days that {@code n} hours, minutes or seconds reach into: "the past 24 hours" is 1. */
  private static long daysOf(long n, String base) {
    long seconds = switch (base) {
      case "TH" -> n * 3600;
      case "TM" -> n * 60;
      default -> n;
    };
    return Math.max(1, (seconds + 86_399) / 86_400);
  }

  private static LocalDate minus(LocalDate d, long n, String base) {
    return switch (base) {
      case "W" -> d.minusWeeks(n);
      case "M" -> d.minusMonths(n);
      case "Y" -> d.minusYears(n);
      default -> d.minusDays(n);
    };
  }

  // ---------------------------------------------------------------- durations and sets

  private @Nullable Out duration(TimeMatch m) {
    String fixed = m.rule.normalization().param("value");
    if (fixed != null) {
      return new Out(m.rule.type(), fixed, null, null, null);
    }
    String unit = m.unit();
    String base = baseUnit(unit);
    Capture num = m.capture("NUM");
    if (num == null) {
      return new Out(m.rule.type(), base.startsWith("T") ? "PTX" + base.substring(1)
          : "PX" + base, null, null, null);
    }
    long n = (long) num.intValue() * multiplier(unit);
    if (n > 100 * MAX_OFFSET) {
      return null;
    }
    return new Out(m.rule.type(), durationValue(n, base), null, null, null);
  }

  private @Nullable Out set(TimeMatch m) {
    String fixed = m.rule.normalization().param("value");
    if (fixed != null) {
      return new Out(TimexType.SET, fixed, null, null, null);
    }
    if (m.has("WEEKDAY")) {
      return new Out(TimexType.SET, "XXXX-WXX-" + m.weekday() + (m.pod == null ? "" : "T" + m.pod),
          null, null, null);
    }
    String unit = m.unit();
    Capture num = m.capture("NUM");
    long n = (long) (num == null ? 1 : num.intValue()) * multiplier(unit);
    if (n > MAX_OFFSET) {
      return null;
    }
    return new Out(TimexType.SET, durationValue(n, baseUnit(unit)), null, null, null);
  }

  private static String durationValue(long n, String base) {
    return base.startsWith("T") ? "PT" + n + base.substring(1) : "P" + n + base;
  }

  // ---------------------------------------------------------------- helpers

  static String podOf(TimeMatch m) {
    if (m.pod != null) {
      return m.pod;
    }
    Capture c = m.capture("PARTOFDAY");
    return c == null ? "DT" : c.value();
  }

  /** Hour and minute of a CLOCK match, "p.m." or a following part of the day applied. */
  static int[] clockOf(TimeMatch m) {
    int hour = m.capture("HOUR").intValue();
    Capture min = m.capture("MINUTE");
    int minute = min == null ? 0 : min.intValue();
    String ampm = m.rule.normalization().param("ampm");
    if ("pm".equals(ampm) && hour < 12) {
      hour += 12;
    } else if ("am".equals(ampm) && hour == 12) {
      hour = 0;
    } else if (m.pod != null && hour >= 1 && hour < 12) {
      boolean afternoon = switch (m.pod) {
        case "AF", "EV" -> true;
        case "NI" -> hour >= 6;
        case "MI" -> hour <= 5;
        default -> false;
      };
      if (afternoon) {
        hour += 12;
      }
    }
    return new int[] {hour, minute};
  }

  /** The {@code hh:mm} of a CLOCK match. */
  static String clockValue(TimeMatch m) {
    return clockText(clockOf(m));
  }

  private static String clockText(int[] clock) {
    return String.format("%02d:%02d", clock[0], clock[1]);
  }

  private static String isoWeek(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static int multiplier(@Nullable String unit) {
    if (unit == null) {
      return 1;
    }
    int i = 0;
    while (i < unit.length() && Character.isDigit(unit.charAt(i))) {
      i++;
    }
    return i == 0 ? 1 : Integer.parseInt(unit.substring(0, i));
  }

  private static String baseUnit(@Nullable String unit) {
    if (unit == null) {
      return "D";
    }
    int i = 0;
    while (i < unit.length() && Character.isDigit(unit.charAt(i))) {
      i++;
    }
    return unit.substring(i);
  }
}
