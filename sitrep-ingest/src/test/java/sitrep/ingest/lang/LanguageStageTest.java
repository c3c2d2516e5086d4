package sitrep.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.ingest.clean.CleanStage;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.Pipeline;
import sitrep.model.SourceRef;
import sitrep.model.Warning;

class LanguageStageTest {
  private final Pipeline pipeline = Pipeline.of(java.util.List.of(new CleanStage(), new LanguageStage()));

  private Document run(Metadata meta, Format format, String raw) {
    return pipeline.process(Document.raw("t", SourceRef.file("t"), meta, format, raw));
  }

  private static Metadata hint(String lang) {
    return new Metadata(null, null, null, null, lang, Map.of());
  }

  @Test
  void theInputsLanguageWinsAndIsNormalised() {
    assertThat(run(hint("de-DE"), Format.TEXT, "The attack took place on Monday.").language())
        .isEqualTo("de");
    assertThat(run(hint("eng"), Format.TEXT, "x").language()).isEqualTo("en");
    assertThat(run(hint("German"), Format.TEXT, "x").language()).isEqualTo("de");
  }

  @Test
  void anUnknownHintIsReportedAndTheTextDecides() {
    Document d = run(hint("klingon!"), Format.TEXT, "Die Antwort erfolgte gleich am Tag darauf.");
    assertThat(d.language()).isEqualTo("de");
    assertThat(d.warnings()).extracting(Warning::code).containsExactly("language");
  }

  @Test
  void longTextsAreDetected() {
    String de = "Die USA scheinen in eine Wespenneste getreten zu sein nach ihren neuesten "
        + "Angriffen auf die Positionen entlang der syrisch-irakischen Grenze. Der US-Angriff fand "
        + "am 27. Juni statt. Die Antwort des Widerstandes erfolgte gleich am Tag darauf.";
    assertThat(run(Metadata.EMPTY, Format.TEXT, de).language()).isEqualTo("de");
    assertThat(run(Metadata.EMPTY, Format.HTML, "<p>" + de + "</p>").language()).isEqualTo("de");
  }

  @Test
  void nothingToGoOnIsUndWithAWarning() {
    Document empty = run(Metadata.EMPTY, Format.TEXT, "");
    assertThat(empty.language()).isEqualTo("und");
    assertThat(empty.warnings()).extracting(Warning::code).containsExactly("language");
    assertThat(run(Metadata.EMPTY, Format.TEXT, "12345 678 -- 2021").language()).isEqualTo("und");
  }

  @Test
  void aPagesLangAttributeIsTheLastResort() {
    Document d = run(Metadata.EMPTY, Format.HTML, "<html lang=fr-FR><body><p>2021</p></body></html>");
    assertThat(d.language()).isEqualTo("fr");
    assertThat(d.warnings()).extracting(Warning::code).containsExactly("language");
  }
}
