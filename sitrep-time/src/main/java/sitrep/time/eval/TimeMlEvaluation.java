package sitrep.time.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import sitrep.model.TimeExpression;
import sitrep.time.TimeStage;

/**
 * Scores the tagger on TimeML documents the way the TempEval-3 scorer does: strict and relaxed
 * extent F1, value F1 over relaxed matches, and type accuracy. The TEXT element's tags are
 * stripped and its character content is the text; the document creation time (DCT) is the
 * publication date (SCHEMA.md).
 */
public final class TimeMlEvaluation {
  private TimeMlEvaluation() {}

  /** A gold TIMEX: character span into the stripped text, type and value. */
  public record Timex(int start, int end, String type, String value) {}

  /** A TimeML document as plain text with its gold TIMEX3s. */
  public record Doc(String name, String text, @Nullable LocalDate published, List<Timex> gold) {}

  /** Counts of a run; F1 figures from them. */
  public record Score(int gold, int system, int strict, int relaxed, int value, int type) {
    public double p(int k) {
      return system == 0 ? 0 : (double) k / system;
    }

    public double r(int k) {
      return gold == 0 ? 0 : (double) k / gold;
    }

    public double f(int k) {
      double p = p(k);
      double r = r(k);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double strictF1() {
      return f(strict);
    }

    public double relaxedF1() {
      return f(relaxed);
    }

    public double valueF1() {
      return f(value);
    }

    public String line(String name) {
      return String.format(Locale.ROOT,
          "%-10s gold %4d system %4d | strict F1 %.3f | relaxed P %.3f R %.3f F1 %.3f | "
              + "value F1 %.3f | type acc %.3f",
          name, gold, system, f(strict), p(relaxed), r(relaxed), f(relaxed), f(value),
          relaxed == 0 ? 0 : (double) type / relaxed);
    }
  }

  /** Every {@code .tml} file of a directory, sorted by name. */
  public static List<Doc> corpus(Path dir) {
    List<Doc> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
        docs.add(parse(p.getFileName().toString(), Files.readString(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  private static final Pattern DCT =
      Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /** Strips the tags of the TEXT element, keeping gold TIMEX3 offsets into the plain text. */
  public static Doc parse(String name, String tml) {
    Matcher dct = DCT.matcher(tml);
    LocalDate published = dct.find() ? LocalDate.parse(dct.group(1)) : null;
    int from = tml.indexOf("<TEXT>") + "<TEXT>".length();
    int to = tml.indexOf("</TEXT>");
    String body = tml.substring(from, to);
    StringBuilder text = new StringBuilder();
    List<Timex> gold = new ArrayList<>();
    Deque<String[]> open = new ArrayDeque<>();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '<') {
        int close = body.indexOf('>', i);
        String tag = body.substring(i + 1, close);
        if (tag.startsWith("TIMEX3")) {
          String type = null;
          String value = null;
          Matcher a = ATTR.matcher(tag);
          while (a.find()) {
            if (a.group(1).equals("type")) {
              type = a.group(2);
            } else if (a.group(1).equals("value")) {
              value = a.group(2);
            }
          }
          open.push(new String[] {String.valueOf(text.length()), type, value});
        } else if (tag.equals("/TIMEX3")) {
          String[] o = open.pop();
          gold.add(new Timex(Integer.parseInt(o[0]), text.length(), o[1], o[2].trim()));
        }
        i = close + 1;
      } else if (c == '&') {
        int semi = body.indexOf(';', i);
        String entity = body.substring(i + 1, semi);
        text.append(switch (entity) {
          case "amp" -> '&';
          case "lt" -> '<';
          case "gt" -> '>';
          case "quot" -> '"';
          case "apos" -> '\'';
          default -> '?';
        });
        i = semi + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return new Doc(name, text.toString(), published, gold);
  }

  /** Scores the tagger on {@code docs}; {@code errors} hears about every miss (may ignore them). */
  public static Score score(List<Doc> docs, String language, Consumer<String> errors) {
    int gold = 0;
    int system = 0;
    int strict = 0;
    int relaxed = 0;
    int value = 0;
    int type = 0;
    for (Doc d : docs) {
      List<TimeExpression> found = TimeStage.find(d.text(), language, d.published());
      gold += d.gold().size();
      system += found.size();
      boolean[] used = new boolean[d.gold().size()];
      for (TimeExpression t : found) {
        int hit = -1;
        for (int g = 0; g < d.gold().size(); g++) {
          Timex x = d.gold().get(g);
          if (!used[g] && x.start() < t.span().end() && t.span().start() < x.end()) {
            hit = g;
            break;
          }
        }
        if (hit < 0) {
          errors.accept("FP " + d.name() + " [" + t.text() + "] " + t.value());
          continue;
        }
        used[hit] = true;
        Timex x = d.gold().get(hit);
        relaxed++;
        if (x.start() == t.span().start() && x.end() == t.span().end()) {
          strict++;
        } else {
          errors.accept("EXTENT " + d.name() + " [" + t.text() + "] gold ["
              + d.text().substring(x.start(), x.end()) + "]");
        }
        if (x.value().equalsIgnoreCase(t.value())) {
          value++;
        } else {
          errors.accept("VALUE " + d.name() + " [" + t.text() + "] " + t.value() + " gold "
              + x.value());
        }
        if (x.type().equals(t.type().name())) {
          type++;
        }
      }
      for (int g = 0; g < used.length; g++) {
        if (!used[g]) {
          Timex x = d.gold().get(g);
          errors.accept("FN " + d.name() + " [" + d.text().substring(x.start(), x.end())
              + "] " + x.type() + " " + x.value());
        }
      }
    }
    return new Score(gold, system, strict, relaxed, value, type);
  }
}
