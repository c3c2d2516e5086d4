package sitrep.nlp.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.jspecify.annotations.Nullable;

/**
 * Runs one language's OpenNLP models. OpenNLP's tools keep per-call state and are not thread-safe,
 * so each thread gets its own set, built once from the shared models.
 *
 * <p>Lemmas are looked up per (word, tag) and cached. OpenNLP's statistical lemmatizer decodes
 * whole sentences with a beam over thousands of edit-script classes and runs at about 14,000
 * tokens/s, six times slower than tagging; lemmatizing each distinct word once, without sentence
 * context, gives the same lemma for the same word and tag everywhere and makes the cost depend
 * on the vocabulary instead of the text length. Measured on seed 000 repeated to 1 MB: lemmas
 * took 11.8 s by sentence; see the bench module for the current figure.
 */
public final class Analyzer {
  private static final int LEMMA_CACHE_LIMIT = 200_000;

  private final LanguageModels models;
  private final ThreadLocal<Tools> tools;
  private final Map<String, String> lemmaCache = new ConcurrentHashMap<>();

  /** One thread's tools; null where the language has no model. */
  private record Tools(SentenceDetectorME sentences, @Nullable TokenizerME tokens,
      @Nullable POSTaggerME pos, @Nullable LemmatizerME lemmas) {}

  public Analyzer(LanguageModels models) {
    this.models = models;
    this.tools = ThreadLocal.withInitial(() -> new Tools(
        new SentenceDetectorME(models.sentences()),
        models.tokens() == null ? null : new TokenizerME(models.tokens()),
        models.pos() == null ? null : new POSTaggerME(models.pos()),
        models.lemmas() == null ? null : new LemmatizerME(models.lemmas())));
  }

  public LanguageModels models() {
    return models;
  }

  /** Sentence spans inside {@code text[from, to)}, with the language's wrong splits undone. */
  public List<int[]> sentences(String text, int from, int to) {
    String block = text.substring(from, to);
    Span[] spans = tools.get().sentences().sentPosDetect(block);
    List<int[]> out = new ArrayList<>();
    for (Span s : spans) {
      int start = from + s.getStart();
      int end = from + s.getEnd();
      if (!out.isEmpty() && shouldJoin(text, out.get(out.size() - 1), start, end)) {
        out.get(out.size() - 1)[1] = end;
      } else {
        out.add(new int[] {start, end});
      }
    }
    return out;
  }

  private boolean shouldJoin(String text, int[] previous, int start, int end) {
    CharSequence before = text.subSequence(previous[0], previous[1]);
    CharSequence after = text.subSequence(start, end);
    for (LanguageModels.SentenceJoin j : models.joins()) {
      if (j.before().matcher(before).find() && j.after().matcher(after).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Token spans of {@code sentence}, relative to it; OpenNLP's rule tokenizer without a model. */
  public Span[] tokenize(String sentence) {
    TokenizerME t = tools.get().tokens();
    return t == null ? SimpleTokenizer.INSTANCE.tokenizePos(sentence) : t.tokenizePos(sentence);
  }

  /** Universal Dependencies tags, or null without a part-of-speech model. */
  public String @Nullable [] tag(String[] tokens) {
    POSTaggerME p = tools.get().pos();
    return p == null ? null : p.tag(tokens);
  }

  /**
   * Lemmas for tagged tokens, one distinct (word, tag) at a time (see the class comment), or null
   * without a lemma model.
   */
  public String @Nullable [] lemmatize(String[] tokens, String[] tags) {
    LemmatizerME lemmatizer = tools.get().lemmas();
    if (lemmatizer == null) {
      return null;
    }
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      String key = tags[i] + '\u0000' + tokens[i];
      String lemma = lemmaCache.get(key);
      if (lemma == null) {
        lemma = lemmatizer.lemmatize(new String[] {tokens[i]}, new String[] {tags[i]})[0];
        if (lemmaCache.size() >= LEMMA_CACHE_LIMIT) {
          lemmaCache.clear();
        }
        lemmaCache.put(key, lemma);
      }
      out[i] = lemma;
    }
    return out;
  }
}
