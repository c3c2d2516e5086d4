package sitrep.events.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A learned sub-event classifier: OpenNLP's maximum-entropy document categorizer over words and
 * word pairs of an event's evidence sentences, trained by {@code ./sitrep train} from data the
 * user supplies (ACLED's terms govern ACLED data, so no model ships with sitrep). The rules still
 * decide whether there is an event, who, where and when; the model may only change the sub-event
 * type, when it is confident, and the claim notes say so.
 *
 * <p>Immutable once loaded; {@link #predict} is safe from many threads (a categorizer per call
 * is cheap: it only wraps the shared model).
 */
public final class SubTypeModel {
  /** A labelled text to train on. */
  public record Sample(String text, String label) {}

  /** The best label and its probability. */
  public record Prediction(String label, double probability) {}

  private final DoccatModel model;

  private SubTypeModel(DoccatModel model) {
    this.model = model;
  }

  /** Trains on the samples; {@code iterations} of maximum-entropy training (100 is usual). */
  public static SubTypeModel train(List<Sample> samples, int iterations) throws IOException {
    List<DocumentSample> docs = new ArrayList<>(samples.size());
    for (Sample s : samples) {
      docs.add(new DocumentSample(s.label(), tokens(s.text())));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, 2);
    DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
        new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
    return new SubTypeModel(DocumentCategorizerME.train("x-unspecified",
        ObjectStreamUtils.createObjectStream(docs), params, factory));
  }

  public static SubTypeModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new SubTypeModel(new DoccatModel(in));
    }
  }

  public void save(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      model.serialize(out);
    }
  }

  public Prediction predict(String text) {
    DocumentCategorizerME cat = new DocumentCategorizerME(model);
    double[] p = cat.categorize(tokens(text));
    String best = cat.getBestCategory(p);
    double max = 0;
    for (double v : p) {
      max = Math.max(max, v);
    }
    return new Prediction(best, max);
  }

  /**
   * Lower-cased words with digits folded to "0" (dates and counts say little about the type);
   * punctuation dropped.
   */
  static String[] tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w.replaceAll("\\p{N}+", "0"));
      }
    }
    return out.toArray(String[]::new);
  }
}
