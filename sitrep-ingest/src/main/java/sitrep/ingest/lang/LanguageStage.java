package sitrep.ingest.lang;

import java.util.Set;
import sitrep.model.Document;
import sitrep.model.Layer;
import sitrep.model.Stage;

/**
 * Sets the document language (ISO 639-1). The input's own language field wins when it names a
 * language; otherwise {@link LanguageIdentifier} decides from the cleaned text. When nothing can be
 * told, an HTML page's {@code lang} attribute is the last resort, and failing that the language is
 * {@code und} with a warning.
 */
public final class LanguageStage implements Stage {
  private final LanguageIdentifier identifier;

  public LanguageStage() {
    this(LanguageIdentifier.standard());
  }

  public LanguageStage(LanguageIdentifier identifier) {
    this.identifier = identifier;
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.CLEAN_TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.LANGUAGE);
  }

  @Override
  public Document process(Document doc) {
    String hint = doc.meta().languageHint();
    if (hint != null && !hint.isBlank()) {
      String code = Iso639.normalize(hint);
      if (code != null) {
        return doc.withLanguage(code);
      }
      doc = doc.warn("language", "unknown language '" + hint + "' in the input; detecting instead");
    }
    String text = doc.text();
    LanguageIdentifier.Guess guess = identifier.identify(text);
    if (guess.known()) {
      return doc.withLanguage(guess.language());
    }
    String pageLang = Iso639.normalize(doc.meta().extra().get("html_lang"));
    if (pageLang != null) {
      return doc.withLanguage(pageLang).warn("language",
          "language not detectable from the text; using the page's lang attribute '" + pageLang
              + "'");
    }
    return doc.withLanguage(LanguageIdentifier.UNDETERMINED).warn("language", text.isBlank()
        ? "no text; language unknown"
        : "language could not be detected from the text");
  }
}
