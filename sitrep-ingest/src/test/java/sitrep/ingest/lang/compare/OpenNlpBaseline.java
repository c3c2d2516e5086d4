package sitrep.ingest.lang.compare;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import sitrep.ingest.lang.FunctionWords;
import sitrep.ingest.lang.Iso639;

/**
 * sitrep's language identification before optimaize, kept only as the baseline of {@link
 * DetectorComparison}: OpenNLP's langdetect model (103 languages) and function words, in this order:
 * detector ≥ 0.5; function words with two or more hits ahead of the rest; the top-hit language the
 * detector ranks highest among its first five; the detector's first at ≥ 0.02 and 1.2 × ahead;
 * else {@code und}.
 */
final class OpenNlpBaseline {
  private final LanguageDetectorModel model;
  private final FunctionWords words;

  OpenNlpBaseline(FunctionWords words) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("langdetect-183.bin")) {
      if (in == null) {
        throw new IOException("langdetect-183.bin is not on the classpath (-Plang-compare)");
      }
      this.model = new LanguageDetectorModel(in);
    }
    this.words = words;
  }

  String identify(String text) {
    if (text.codePoints().noneMatch(Character::isLetter)) {
      return "und";
    }
    List<Map.Entry<String, Double>> ranked = ranked(
        new LanguageDetectorME(model).predictLanguages(text));
    Map.Entry<String, Double> best = ranked.get(0);
    double runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
    if (best.getValue() >= 0.5) {
      return best.getKey();
    }
    List<FunctionWords.Vote> votes = words.votes(text);
    FunctionWords.Vote clear = words.decide(votes);
    if (clear != null) {
      return clear.language();
    }
    if (!votes.isEmpty()) {
      int most = votes.get(0).hits();
      for (int i = 0; i < Math.min(5, ranked.size()); i++) {
        String lang = ranked.get(i).getKey();
        if (votes.stream().anyMatch(v -> v.hits() == most && v.language().equals(lang))) {
          return lang;
        }
      }
    }
    return best.getValue() >= 0.02 && best.getValue() >= 1.2 * runnerUp ? best.getKey() : "und";
  }

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
      out.add(Map.entry("und", 0.0));
    }
    return out;
  }
}
