package sitrep.ingest.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import sitrep.model.resource.ResourceException;
import sitrep.model.resource.Tsv;

/**
 * The language of a text, from optimaize's n-gram detector over the languages listed in {@code
 * languages.tsv}, with function words ({@link FunctionWords}) for one-sentence texts that a
 * language outside sitrep's core took.
 *
 * <ol>
 *   <li>the detector's first language, if function words have a list for it (a core language);
 *   <li>else, when function words clearly point to a core language (two or more hits, more than any
 *       other), that language: on one sentence the detector now and then gives Russian to
 *       Bulgarian or Serbian, and the words tell them apart;
 *   <li>else the detector's first language (Polish stays Polish);
 *   <li>when the detector finds nothing it knows (a script none of its languages uses), function
 *       words if they are clear, otherwise {@code und}.
 * </ol>
 *
 * <p>The profiles are loaded once per language list and shared: the detector is immutable and
 * thread-safe, and deterministic (a fixed seed for the sampling it does on texts over 50 characters).
 * Only the first {@value #SAMPLE_CHARS} characters are looked at.
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

  /** The languages the detector knows, by optimaize profile name. */
  public static final String LANGUAGES_FILE = "sitrep/ingest/lang/languages.tsv";

  /** Only the start of a long text is looked at: enough for certainty, and fast. */
  static final int SAMPLE_CHARS = 10_000;

  private static final class Holder {
    static final Detector STANDARD = Detector.load(LANGUAGES_FILE);
  }

  private static final class StandardHolder {
    static final LanguageIdentifier STANDARD =
        new LanguageIdentifier(Holder.STANDARD, FunctionWords.standard());
  }

  /** The loaded profiles: a detector and the ISO 639-1 code of each of its languages. */
  private record Detector(LanguageDetector detector, Set<String> languages) {
    static Detector load(String resource) {
      Set<LdLocale> builtIn = Set.copyOf(BuiltInLanguages.getLanguages());
      List<LdLocale> locales = new ArrayList<>();
      Set<String> codes = new LinkedHashSet<>();
      for (Tsv.Row row : Tsv.read(resource)) {
        String name = row.get(0).trim();
        LdLocale locale;
        try {
          locale = LdLocale.fromString(name);
        } catch (RuntimeException e) {
          throw row.error("not a language profile name: '" + name + "'");
        }
        if (!builtIn.contains(locale)) {
          throw row.error("no built-in profile '" + name + "'; known: " + builtIn);
        }
        String code = Iso639.normalize(locale.getLanguage());
        if (code == null) {
          throw row.error("no ISO 639 code for '" + name + "'");
        }
        if (locales.contains(locale)) {
          throw row.error("'" + name + "' listed twice");
        }
        locales.add(locale);
        codes.add(code);
      }
      if (locales.isEmpty()) {
        throw new ResourceException(resource + ": no languages");
      }
      List<LanguageProfile> profiles;
      try {
        profiles = new LanguageProfileReader().readBuiltIn(locales);
      } catch (IOException e) {
        throw new ResourceException(resource + ": cannot load the language profiles: "
            + e.getMessage(), e);
      }
      return new Detector(LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(profiles).build(), Set.copyOf(codes));
    }
  }

  private final Detector detector;
  private final FunctionWords words;

  private LanguageIdentifier(Detector detector, FunctionWords words) {
    this.detector = detector;
    this.words = words;
  }

  /** The standard languages with other function words (the profiles are still loaded once). */
  public LanguageIdentifier(FunctionWords words) {
    this(Holder.STANDARD, words);
  }

  /** A detector over the profiles a file lists ({@code profile<TAB>note}); errors name file and line. */
  public static LanguageIdentifier load(String languagesResource, FunctionWords words) {
    return new LanguageIdentifier(Detector.load(languagesResource), words);
  }

  public static LanguageIdentifier standard() {
    return StandardHolder.STANDARD;
  }

  /** Loads the language profiles now rather than on the first document (for start-up checks). */
  public static void preload() {
    standard();
  }

  /** The ISO 639-1 codes the detector can answer. */
  public Set<String> languages() {
    return detector.languages();
  }

  public Guess identify(CharSequence text) {
    String sample = sample(text);
    if (sample.codePoints().noneMatch(Character::isLetter)) {
      return new Guess(UNDETERMINED, 0, Method.NONE);
    }
    // drops URLs and e-mail addresses, and a minority script (the Latin acronyms in an Arabic text)
    List<DetectedLanguage> ranked = detector.detector().getProbabilities(
        CommonTextObjectFactories.forDetectingOnLargeText().forText(sample));
    if (!ranked.isEmpty()) {
      String best = Iso639.normalize(ranked.get(0).getLocale().getLanguage());
      double p = ranked.get(0).getProbability();
      if (best != null && words.languages().contains(best)) {
        return new Guess(best, p, Method.DETECTOR);
      }
      FunctionWords.Vote clear = words.decide(sample);
      if (clear != null) {
        return fromWords(clear);
      }
      if (best != null) {
        return new Guess(best, p, Method.DETECTOR);
      }
      return new Guess(UNDETERMINED, p, Method.NONE);
    }
    FunctionWords.Vote clear = words.decide(sample);
    return clear != null ? fromWords(clear) : new Guess(UNDETERMINED, 0, Method.NONE);
  }

  private static Guess fromWords(FunctionWords.Vote vote) {
    double share = (double) vote.hits() / Math.max(1, vote.words());
    return new Guess(vote.language(), Math.min(0.9, 0.3 + share), Method.FUNCTION_WORDS);
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
