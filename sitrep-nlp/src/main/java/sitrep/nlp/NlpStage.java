package sitrep.nlp;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.jspecify.annotations.Nullable;
import sitrep.model.Document;
import sitrep.model.Layer;
import sitrep.model.Sentence;
import sitrep.model.Stage;
import sitrep.model.Token;
import sitrep.nlp.opennlp.Analyzer;
import sitrep.nlp.opennlp.LanguageModels;

/**
 * Sentences, tokens, parts of speech (Universal Dependencies tags) and lemmas with OpenNLP.
 *
 * <p>Line structure counts: cleaned text keeps one paragraph or heading per line, and a title line
 * without a full stop must not run into the first sentence, so every line break is a sentence
 * boundary, except in hard-wrapped text (most lines 55–80 characters long), where only blank
 * lines are. Languages without models get sentences from the JDK's BreakIterator and tokens from
 * OpenNLP's SimpleTokenizer, without tags or lemmas, and a warning; a language with some models
 * (French: sentences and tags) uses what it has.
 */
public final class NlpStage implements Stage {
  private static final int MAX_TOKENS_PER_SENTENCE = 400;

  private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.CLEAN_TEXT, Layer.LANGUAGE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMAS);
  }

  private @Nullable Analyzer analyzer(String language) {
    Analyzer a = analyzers.get(language);
    if (a == null) {
      LanguageModels m = LanguageModels.forLanguage(language);
      if (m == null) {
        return null;
      }
      a = analyzers.computeIfAbsent(language, l -> new Analyzer(m));
    }
    return a;
  }

  @Override
  public Document process(Document doc) {
    String text = doc.text();
    String language = doc.language() == null ? "und" : doc.language();
    Analyzer analyzer = analyzer(language);
    List<Sentence> sentences = new ArrayList<>();
    for (int[] block : blocks(text)) {
      List<int[]> spans = analyzer != null
          ? analyzer.sentences(text, block[0], block[1])
          : breakSentences(text, block[0], block[1], language);
      for (int[] s : spans) {
        int start = s[0];
        int end = s[1];
        while (start < end && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        if (end > start) {
          sentences.add(sentence(sentences.size(), text, start, end, analyzer));
        }
      }
    }
    Document out = doc.withSentences(sentences, Layer.TOKENS, Layer.POS, Layer.LEMMAS);
    if (analyzer == null && !text.isBlank()) {
      out = out.warn("nlp", "no language models for '" + language
          + "': sentences and tokens only, no parts of speech or lemmas");
    }
    return out;
  }

  private static Sentence sentence(int index, String text, int start, int end,
      @Nullable Analyzer analyzer) {
    String s = text.substring(start, end);
    Span[] spans = analyzer != null ? analyzer.tokenize(s) : SimpleTokenizer.INSTANCE.tokenizePos(s);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = s.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = null;
    String[] lemmas = null;
    // a "sentence" of hundreds of tokens is a table, a list or noise: tagging it costs much and
    // tells little, so it keeps tokens only
    if (analyzer != null && words.length > 0 && words.length <= MAX_TOKENS_PER_SENTENCE) {
      tags = analyzer.tag(words);
      lemmas = tags == null ? null : analyzer.lemmatize(words, tags);
    }
    List<Token> tokens = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      tokens.add(new Token(new sitrep.model.Span(start + spans[i].getStart(),
          start + spans[i].getEnd()), words[i], tags == null ? null : tags[i],
          lemmas == null ? null : lemmas[i]));
    }
    return new Sentence(index, new sitrep.model.Span(start, end), tokens);
  }

  private static List<int[]> breakSentences(String text, int from, int to, String language) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
    it.setText(text.substring(from, to));
    List<int[]> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(new int[] {from + start, from + end});
    }
    return out;
  }

  /** Blocks that sentences may not cross: lines, or paragraphs in hard-wrapped text. */
  static List<int[]> blocks(String text) {
    boolean wrapped = isHardWrapped(text);
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        boolean boundary = !wrapped || c == '\u2029' || blankLineFollows(text, i);
        if (boundary) {
          if (i > start) {
            out.add(new int[] {start, i});
          }
          start = i + 1;
        }
      }
      i++;
    }
    if (n > start) {
      out.add(new int[] {start, n});
    }
    return out;
  }

  private static boolean blankLineFollows(String text, int newline) {
    for (int k = newline + 1; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHardWrapped(String text) {
    int lines = 0;
    int wrappedLines = 0;
    int lineStart = 0;
    for (int i = 0; i <= text.length() && lines < 10_000; i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int len = i - lineStart;
        if (len > 0 && !text.substring(lineStart, i).isBlank()) {
          lines++;
          if (len >= 55 && len <= 80) {
            wrappedLines++;
          }
        }
        lineStart = i + 1;
      }
    }
    return lines >= 5 && wrappedLines >= 0.7 * lines;
  }
}
