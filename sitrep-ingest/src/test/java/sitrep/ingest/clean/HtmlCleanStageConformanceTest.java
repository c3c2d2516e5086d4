package sitrep.ingest.clean;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Entities;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.SourceRef;
import sitrep.model.Stage;
import sitrep.model.testkit.StageConformanceTest;

/** The same checks with every text wrapped into an HTML page, one paragraph per line. */
class HtmlCleanStageConformanceTest extends StageConformanceTest {
  HtmlCleanStageConformanceTest() {
    super(new CleanStage(), List.of());
  }

  @Override
  protected Document rawDocument(String text) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>T</title></head>"
        + "<body><nav><a href=/>Home</a></nav><article>\n");
    for (String line : text.split("\n", -1)) {
      html.append("<p>").append(Entities.escape(line)).append("</p>\n");
    }
    html.append("</article><footer>© 2021</footer></body></html>");
    Metadata meta = Metadata.EMPTY.withPublished(LocalDate.of(2021, 7, 8));
    return Document.raw("conformance", SourceRef.file("conformance.html"), meta, Format.HTML,
        html.toString());
  }
}
