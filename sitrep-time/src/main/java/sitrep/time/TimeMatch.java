package sitrep.time;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.time.Normalization.Kind;
import sitrep.time.TokenPattern.Capture;

/**
 * A rule that matched, before it is resolved: its token span, what it captured, and the part of
 * the day merged into it from a neighbouring expression ("in den frühen Morgenstunden am 6. Juli",
 * "Thursday night"). Belongs to one document scan.
 */
final class TimeMatch {
  final TimeRules.Rule rule;
  final Map<String, Capture> captures;
  /** Tokens [from, to) of the span, context excluded; merging widens them. */
  int from;
  int to;
  @Nullable String pod;

  TimeMatch(TimeRules.Rule rule, TokenPattern.Found found) {
    this.rule = rule;
    this.captures = found.captures();
    this.from = found.spanFrom();
    this.to = found.spanTo();
    String pod = rule.normalization().param("pod");
    Capture weekday = captures.get("WEEKDAY");
    if (pod == null && weekday != null && weekday.value().indexOf(':') > 0) {
      // a compound such as "Donnerstagabend" carries its part of the day
      pod = weekday.value().substring(weekday.value().indexOf(':') + 1);
    }
    this.pod = pod;
  }

  /** Takes the month and year of the date that closes a list of days ("3., 4. und 5. Oktober"). */
  void lend(TimeMatch donor) {
    for (String key : new String[] {"MONTH", "MONTHNUM", "YEAR", "YEAR2"}) {
      Capture c = donor.captures.get(key);
      if (c != null) {
        captures.put(key, c);
      }
    }
  }

  /** The weekday number 1-7 of a WEEKDAY capture, without a compound's part of the day. */
  int weekday() {
    String v = captures.get("WEEKDAY").value();
    return v.charAt(0) - '0';
  }

  Kind kind() {
    return rule.normalization().kind();
  }

  @Nullable Capture capture(String name) {
    return captures.get(name);
  }

  boolean has(String name) {
    return captures.containsKey(name);
  }

  /** The unit of a PUB or PREV rule: its parameter or the captured UNIT word's value. */
  @Nullable String unit() {
    String u = rule.normalization().param("unit");
    if (u == null) {
      Capture c = captures.get("UNIT");
      u = c == null ? null : c.value();
    }
    return u;
  }

  /** True for expressions that name one day, to which a part of the day can attach. */
  boolean namesADay() {
    return switch (kind()) {
      case DATE -> has("DAY");
      case PUB, PREV -> "D".equals(unit());
      case WEEKDAY -> true;
      default -> false;
    };
  }

  boolean isPartOfDay() {
    return kind() == Kind.POD;
  }
}
