package sitrep.ingest.clean;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import sitrep.ingest.meta.HtmlMetadata;
import sitrep.ingest.meta.TextMetadata;
import sitrep.model.CleanText;
import sitrep.model.Document;
import sitrep.model.Layer;
import sitrep.model.Metadata;
import sitrep.model.Stage;

/**
 * Turns raw input into the text the analysis reads.
 *
 * <ul>
 *   <li>Plain text: web-junk lines (comment forms, share bars, cookie notices, related-article
 *       lists; see {@code boilerplate.tsv}) are dropped, every other line is kept character for
 *       character, so offsets map back exactly.
 *   <li>HTML: page furniture is removed (navigation, scripts, forms, comment/share/related/cookie
 *       blocks by tag, class or id), the main content is chosen ({@code <article>} or the element
 *       with the most paragraph text), headings and paragraphs are emitted separated by blank
 *       lines, the same junk-line rules then run over the result. Characters are mapped back into
 *       the raw markup; decoded entities and inserted separators map to the nearest preceding
 *       copied character.
 * </ul>
 *
 * Metadata the content reveals (HTML title, url, date, site; a text's dateline and headline) fills
 * gaps in the document's metadata; values already set are kept.
 */
public final class CleanStage implements Stage {
  private final Boilerplate rules;

  public CleanStage() {
    this(Boilerplate.standard());
  }

  public CleanStage(Boilerplate rules) {
    this.rules = rules;
  }

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.RAW);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.CLEAN_TEXT);
  }

  @Override
  public Document process(Document doc) {
    String raw = doc.raw();
    CleanText clean;
    Metadata meta;
    switch (doc.format()) {
      case HTML -> {
        org.jsoup.nodes.Document page = Jsoup.parse(raw, "", Parser.htmlParser().setTrackPosition(true));
        meta = HtmlMetadata.fill(doc.meta(), page);
        clean = trimEnd(LineCleaner.clean(HtmlText.extract(page, raw), rules));
      }
      case TEXT -> {
        clean = LineCleaner.clean(CleanText.identity(raw), rules);
        meta = TextMetadata.fill(doc.meta(), clean.text());
      }
      default -> throw new IllegalStateException("unknown format " + doc.format());
    }
    Document out = doc.withClean(clean);
    if (!meta.equals(doc.meta())) {
      out = out.withMeta(meta);
    }
    if (clean.text().isBlank() && !raw.isBlank()) {
      out = out.warn("no-text", doc.format() == sitrep.model.Format.HTML
          ? "no article text found in the page"
          : "the text is all boilerplate");
    }
    return out;
  }

  /** HTML text ends at its last character; a dropped junk tail must not leave a line break. */
  private static CleanText trimEnd(CleanText c) {
    String t = c.text();
    int end = t.length();
    while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    if (end == t.length()) {
      return c;
    }
    CleanText.Builder b = CleanText.builder();
    CleanTexts.keepRange(b, c, 0, end);
    return b.build();
  }

  @Override
  public String toString() {
    return "CleanStage[" + rules + "]";
  }
}
