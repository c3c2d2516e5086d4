package sitrep.ingest.lang;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import sitrep.model.resource.ResourceException;

/**
 * The language of a text, from OpenNLP's detector (model {@code langdetect-183.bin}, loaded once)
 * and, for short texts, function words ({@link FunctionWords}).
 *
 * <p>The detector gives a probability over 103 languages (1/103 ≈ 0.01 means no idea); varieties
 * that map to one ISO 639-1 code ({@code deu}, {@code gsw}, {@code nds} → {@code de}; {@code pes},
 * {@code fas} → {@code fa}) count with the best of them. It passes 0.5 from about 300 characters of
 * news text; one
 * sentence usually gets 0.02–0.08, often still ranked first but hardly ahead of the next. So:
 *
 * <ol>
 *   <li>detector probability ≥ {@value #CONFIDENT}: the detector decides;
 *   <li>function words clearly point to one language (two or more hits, more than any other): they
 *       decide;
 *   <li>of the languages with the most function-word hits (even one), the one the detector ranks
 *       highest, if it is among its first {@value #TOP} — the words settle what the detector only
 *       narrowed down, and the detector breaks ties between languages sharing a word;
 *   <li>the detector's first language if it has at least {@value #PLAUSIBLE} and is {@value #AHEAD}
 *       times ahead of the second;
 *   <li>otherwise {@code und}.
 * </ol>
 *
 * <p>Thread-safe: the model is shared, a detector is made per call (cheap; OpenNLP's tools are not
 * thread-safe).
 */
public final class LanguageIdentifier {

  /** How the language was found. */
  public enum Method { DETECTOR, FUNCTION_WORDS, NONE }

  /**
   * A guess: an ISO 639-1 code ({@code und} when unknown), a confidence in [0, 1] and how it was
   * found.
   */
  public record Guess(String language, double confidence, Method method) {
    public boolean known() {
      return !language.equals(UNDETERMINED);
    }
  }

  public static final String UNDETERMINED = "und";

  /** The detector alone decides from this confidence up. */
  static final double CONFIDENT = 0.5;

  /** Below this the detector's best guess is noise (uniform is about 0.01). */
  static final double PLAUSIBLE = 0.02;

  /** How far ahead of the second language a weak first one must be. */
  static final double AHEAD = 1.2;

  /** How many of the detector's first languages function words may choose from. */
  static final int TOP = 5;

  /** Only the start of a long text is looked at: enough for certainty, and fast. */
  static final int SAMPLE_CHARS = 10_000;

  private static final String MODEL = "langdetect-183.bin";

  private static final class Holder {
    static final LanguageDetectorModel MODEL_INSTANCE = loadModel();
  }

  private static final LanguageIdentifier STANDARD = new LanguageIdentifier(FunctionWords.standard());

  private final FunctionWords words;

  public LanguageIdentifier(FunctionWords words) {
    this.words = words;
  }

  public static LanguageIdentifier standard() {
    return STANDARD;
  }

  private static LanguageDetectorModel loadModel() {
    ClassLoader cl = LanguageIdentifier.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new ResourceException("missing " + MODEL + " on the classpath "
            + "(org.apache.opennlp:opennlp-models-langdetect)");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new ResourceException(MODEL + ": cannot load: " + e.getMessage(), e);
    }
  }

  /** Loads the detector model now rather than on the first document (for start-up checks). */
  public static void preload() {
    Holder.MODEL_INSTANCE.getClass();
  }

  public Guess identify(CharSequence text) {
    String sample = sample(text);
    if (sample.codePoints().noneMatch(Character::isLetter)) {
      return new Guess(UNDETERMINED, 0, Method.NONE);
    }
    List<Map.Entry<String, Double>> ranked = ranked(
        new LanguageDetectorME(Holder.MODEL_INSTANCE).predictLanguages(sample));
    Map.Entry<String, Double> best = ranked.get(0);
    double runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
    if (best.getValue() >= CONFIDENT) {
      return new Guess(best.getKey(), best.getValue(), Method.DETECTOR);
    }
    List<FunctionWords.Vote> votes = words.votes(sample);
    FunctionWords.Vote clear = words.decide(votes);
    if (clear != null) {
      double share = (double) clear.hits() / Math.max(1, clear.words());
      return new Guess(clear.language(), Math.min(0.9, 0.3 + share), Method.FUNCTION_WORDS);
    }
    if (!votes.isEmpty()) {
      int most = votes.get(0).hits();
      for (int i = 0; i < Math.min(TOP, ranked.size()); i++) {
        String lang = ranked.get(i).getKey();
        if (votes.stream().anyMatch(v -> v.hits() == most && v.language().equals(lang))) {
          return new Guess(lang, ranked.get(i).getValue(), Method.FUNCTION_WORDS);
        }
      }
    }
    if (best.getValue() >= PLAUSIBLE && best.getValue() >= AHEAD * runnerUp) {
      return new Guess(best.getKey(), best.getValue(), Method.DETECTOR);
    }
    return new Guess(UNDETERMINED, best.getValue(), Method.NONE);
  }

  /**
   * Detector probabilities per ISO 639-1 code, highest first (ties by code). Varieties that share a
   * code count with their best one, not their sum: on short texts, three German varieties at 0.01
   * each would otherwise outweigh English at 0.026.
   */
  private static List<Map.Entry<String, Double>> ranked(Language[] languages) {
    Map<String, Double> byCode = new HashMap<>();
    for (Language l : languages) {
      String code = Iso639.normalize(l.getLang());
      if (code != null) {
        byCode.merge(code, l.getConfidence(), Math::max);
      }
    }
    List<Map.Entry<String, Double>> out = new ArrayList<>(byCode.entrySet());
    out.sort(Map.Entry.<String, Double>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    if (out.isEmpty()) {
      out.add(Map.entry(UNDETERMINED, 0.0));
    }
    return out;
  }

  private static String sample(CharSequence text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text.toString();
    }
    int cut = SAMPLE_CHARS;
    while (cut > SAMPLE_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    if (Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    return text.subSequence(0, cut).toString();
  }
}
