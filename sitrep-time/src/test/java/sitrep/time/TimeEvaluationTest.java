package sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import sitrep.model.TimeExpression;

/**
 * Scores the tagger on the TimeML development data in ../shared/eval (TempEval-3 platinum for
 * English, KRAUTS Dolomiten for German) the way the TempEval-3 scorer does: strict and relaxed
 * extent F1, and value F1 over relaxed matches. The numbers are printed; the assertions are only
 * floors well below them, to catch a rule file that broke.
 */
class TimeEvaluationTest {

  /** A gold or system TIMEX: character span, type and value. */
  record Timex(int start, int end, String type, String value) {}

  record Doc(String name, String text, LocalDate published, List<Timex> gold) {}

  record Score(int gold, int system, int strict, int relaxed, int value, int type) {
    double p(int k) {
      return system == 0 ? 0 : (double) k / system;
    }

    double r(int k) {
      return gold == 0 ? 0 : (double) k / gold;
    }

    double f(int k) {
      double p = p(k);
      double r = r(k);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String line(String name) {
      return String.format(Locale.ROOT,
          "%-10s gold %4d system %4d | strict F1 %.3f | relaxed P %.3f R %.3f F1 %.3f | "
              + "value F1 %.3f | type acc %.3f",
          name, gold, system, f(strict), p(relaxed), r(relaxed), f(relaxed), f(value),
          relaxed == 0 ? 0 : (double) type / relaxed);
    }
  }

  @Test
  void tempEval3English() throws IOException {
    Score s = score(corpus("tempeval3"), "en");
    System.out.println(s.line("tempeval3"));
    assertThat(s.f(s.relaxed())).isGreaterThan(0.6);
    assertThat(s.f(s.value())).isGreaterThan(0.4);
  }

  @Test
  void krautsGerman() throws IOException {
    Score s = score(corpus("krauts/Dolomiten-100"), "de");
    System.out.println(s.line("krauts"));
    assertThat(s.f(s.relaxed())).isGreaterThan(0.6);
    assertThat(s.f(s.value())).isGreaterThan(0.4);
  }

  private static List<Doc> corpus(String dir) throws IOException {
    String shared = System.getProperty("sitrep.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "eval", dir)),
        "evaluation data not available");
    List<Doc> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(shared, "eval", dir))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
        docs.add(parse(p.getFileName().toString(), Files.readString(p)));
      }
    }
    assumeTrue(!docs.isEmpty(), "no .tml files");
    return docs;
  }

  private static final Pattern DCT =
      Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /** Strips the tags of the TEXT element, keeping gold TIMEX3 offsets into the plain text. */
  static Doc parse(String name, String tml) {
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

  private static Score score(List<Doc> docs, String language) {
    int gold = 0;
    int system = 0;
    int strict = 0;
    int relaxed = 0;
    int value = 0;
    int type = 0;
    boolean verbose = Boolean.getBoolean("sitrep.eval.verbose");
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
          if (verbose) {
            System.out.println("FP " + d.name() + " [" + t.text() + "] " + t.value());
          }
          continue;
        }
        used[hit] = true;
        Timex x = d.gold().get(hit);
        relaxed++;
        if (x.start() == t.span().start() && x.end() == t.span().end()) {
          strict++;
        } else if (verbose) {
          System.out.println("EXTENT " + d.name() + " [" + t.text() + "] gold ["
              + d.text().substring(x.start(), x.end()) + "]");
        }
        if (x.value().equalsIgnoreCase(t.value())) {
          value++;
        } else if (verbose) {
          System.out.println("VALUE " + d.name() + " [" + t.text() + "] " + t.value() + " gold "
              + x.value());
        }
        if (x.type().equals(t.type().name())) {
          type++;
        }
      }
      if (verbose) {
        for (int g = 0; g < used.length; g++) {
          if (!used[g]) {
            Timex x = d.gold().get(g);
            System.out.println("FN " + d.name() + " [" + d.text().substring(x.start(), x.end())
                + "] " + x.type() + " " + x.value());
          }
        }
      }
    }
    return new Score(gold, system, strict, relaxed, value, type);
  }
}
