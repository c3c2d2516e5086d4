package sitrep.nlp.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.ResourceException;
import sitrep.model.resource.Tsv;

/**
 * The OpenNLP models of one language and its sentence-join rules. Models are immutable and
 * thread-safe (the {@code …ME} tools that use them are not: see {@link Analyzer}). Loaded at most
 * once per language, on first use, from {@code sitrep/nlp/<lang>/models.tsv}. A sentence model is
 * required; token, part-of-speech and lemma models are used when listed (French has no token or
 * lemma model on Maven Central).
 */
public record LanguageModels(
    String language,
    SentenceModel sentences,
    @Nullable TokenizerModel tokens,
    @Nullable POSModel pos,
    @Nullable LemmatizerModel lemmas,
    List<SentenceJoin> joins) {

  /** Undo a sentence split when the text before ends like {@code before} and after starts like {@code after}. */
  public record SentenceJoin(Pattern before, Pattern after) {}

  private static final Map<String, LanguageModels> LOADED = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> MISSING = new ConcurrentHashMap<>();

  /** The models for a language, or null when sitrep has none for it. */
  public static @Nullable LanguageModels forLanguage(String language) {
    if (MISSING.containsKey(language)) {
      return null;
    }
    LanguageModels m = LOADED.get(language);
    if (m != null) {
      return m;
    }
    synchronized (LOADED) {
      m = LOADED.get(language);
      if (m == null && !MISSING.containsKey(language)) {
        m = load(language);
        if (m == null) {
          MISSING.put(language, true);
        } else {
          LOADED.put(language, m);
        }
      }
      return m;
    }
  }

  private static @Nullable LanguageModels load(String language) {
    if (!language.matches("[a-z]{2,3}")) {
      return null;
    }
    String base = "sitrep/nlp/" + language + "/";
    List<Tsv.Row> rows = Tsv.readOptional(base + "models.tsv");
    if (rows == null) {
      return null;
    }
    Map<String, Tsv.Row> byComponent = new java.util.HashMap<>();
    for (Tsv.Row r : rows) {
      byComponent.put(r.get(0).trim(), r);
    }
    try {
      SentenceModel s = new SentenceModel(open(byComponent, "sentence", base));
      TokenizerModel t = byComponent.containsKey("tokens")
          ? new TokenizerModel(open(byComponent, "tokens", base)) : null;
      POSModel p = byComponent.containsKey("pos") ? new POSModel(open(byComponent, "pos", base))
          : null;
      LemmatizerModel l = byComponent.containsKey("lemmas")
          ? new LemmatizerModel(open(byComponent, "lemmas", base)) : null;
      return new LanguageModels(language, s, t, p, l, joins(base + "sentence-joins.tsv"));
    } catch (IOException e) {
      throw new ResourceException(base + "models.tsv: cannot load a model: " + e.getMessage(), e);
    }
  }

  private static InputStream open(Map<String, Tsv.Row> rows, String component, String base) {
    Tsv.Row row = rows.get(component);
    if (row == null) {
      throw new ResourceException(base + "models.tsv: no '" + component + "' model listed");
    }
    String resource = row.get(1).trim();
    InputStream in = LanguageModels.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw row.error("model '" + resource + "' is not on the classpath (missing Maven dependency?)");
    }
    return in;
  }

  private static List<SentenceJoin> joins(String resource) {
    List<Tsv.Row> rows = Tsv.readOptional(resource);
    if (rows == null) {
      return List.of();
    }
    return rows.stream().map(r -> {
      try {
        return new SentenceJoin(Pattern.compile("(?:" + r.get(0) + ")$"),
            Pattern.compile("^(?:" + r.get(1) + ")"));
      } catch (PatternSyntaxException e) {
        throw r.error("bad regular expression: " + e.getDescription());
      }
    }).toList();
  }
}
