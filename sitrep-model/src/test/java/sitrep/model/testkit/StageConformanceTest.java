package sitrep.model.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sitrep.model.Document;
import sitrep.model.EventClaim;
import sitrep.model.Evidence;
import sitrep.model.Format;
import sitrep.model.Mention;
import sitrep.model.Metadata;
import sitrep.model.Pipeline;
import sitrep.model.Place;
import sitrep.model.PostureRecord;
import sitrep.model.Sentence;
import sitrep.model.SourceRef;
import sitrep.model.Span;
import sitrep.model.Stage;
import sitrep.model.TimeExpression;
import sitrep.model.Token;

/**
 * The checks every {@link Stage} must pass, in the manner of Lucene's BaseTokenStreamTestCase: empty
 * text, random unicode, a 5 MB document, offsets inside the text, and the same output for the same
 * input. A stage's test extends this class and passes the stage and what runs before it.
 */
public abstract class StageConformanceTest {
  private final Stage stage;
  private final List<Stage> before;

  /**
   * @param stage the stage under test
   * @param before the stages that bring a raw document to what {@code stage} requires
   */
  protected StageConformanceTest(Stage stage, List<Stage> before) {
    this.stage = stage;
    this.before = List.copyOf(before);
  }

  protected final Stage stage() {
    return stage;
  }

  protected final List<Stage> before() {
    return before;
  }

  /** A realistic paragraph; the large-document test repeats it to 5 MB. */
  protected String sampleText() {
    return """
        Der US-Angriff fand am 27. Juni statt. Die Antwort erfolgte am Tag darauf: mindestens acht \
        Raketen trafen den Stützpunkt am al-Omar Ölfeld, ohne Verletzte. Laut SOHR wurden vier \
        Kämpfer getötet.
        On 5 July at least three rockets hit Ain al-Asad Air Base in Anbar, Iraq, the Pentagon said. \
        A week ago Russian jets attacked SDF units east of Deir ez-Zor; the claim was denied.
        """;
  }

  protected Document rawDocument(String text) {
    Metadata meta = Metadata.EMPTY.withPublished(LocalDate.of(2021, 7, 8));
    return Document.raw("conformance", SourceRef.file("conformance.txt"), meta, Format.TEXT, text);
  }

  protected final Document run(String text) {
    List<Stage> all = new ArrayList<>(before());
    all.add(stage());
    return Pipeline.of(all).process(rawDocument(text));
  }

  @Test
  void emptyText() {
    Document out = run("");
    assertThat(out.layers()).containsAll(stage().produces());
    assertOffsetsValid(out);
  }

  @Test
  void whitespaceAndPunctuationOnly() {
    Document out = run(" \n\n\t .,;:!?–—…\u00a0\u2028 ");
    assertThat(out.layers()).containsAll(stage().produces());
    assertOffsetsValid(out);
  }

  @Test
  void randomUnicodeSurvives() {
    Random random = new Random(42);
    for (int round = 0; round < 5; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 4000; i++) {
        int cp;
        switch (random.nextInt(6)) {
          case 0 -> cp = ' ';
          case 1 -> cp = 'a' + random.nextInt(26);
          case 2 -> cp = '0' + random.nextInt(10);
          case 3 -> cp = 0x0600 + random.nextInt(0x100); // Arabic
          case 4 -> cp = "\n.,'-’‘\"()[]/".charAt(random.nextInt(13));
          default -> {
            do {
              cp = random.nextInt(0x10FFFF);
            } while (Character.getType(cp) == Character.SURROGATE || !Character.isDefined(cp));
          }
        }
        sb.appendCodePoint(cp);
      }
      Document out = run(sb.toString());
      assertOffsetsValid(out);
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void largeDocumentOfFiveMegabytes() {
    String unit = sampleText();
    StringBuilder sb = new StringBuilder(5 * 1024 * 1024 + unit.length());
    while (sb.length() < 5 * 1024 * 1024) {
      sb.append(unit);
    }
    Document out = run(sb.toString());
    assertThat(out.layers()).containsAll(stage().produces());
    assertOffsetsValid(out);
  }

  @Test
  void sameInputSameOutput() {
    String text = sampleText();
    assertThat(run(text)).isEqualTo(run(text));
  }

  @Test
  void producesWhatItDeclares() {
    Document out = run(sampleText());
    assertThat(out.layers()).containsAll(stage().produces());
    assertOffsetsValid(out);
  }

  /** Every span of every layer lies inside the cleaned text, and evidence quotes it exactly. */
  public static void assertOffsetsValid(Document doc) {
    if (doc.clean() == null) {
      return;
    }
    String text = doc.text();
    int n = text.length();
    for (Sentence s : doc.sentences()) {
      within(s.span(), n, "sentence " + s.index());
      for (Token t : s.tokens()) {
        within(t.span(), n, "token");
        assertThat(s.span().contains(t.span())).as("token inside its sentence").isTrue();
        assertThat(t.span().of(text)).isEqualTo(t.text());
      }
    }
    for (Mention m : doc.mentions()) {
      within(m.span(), n, "mention " + m);
      assertThat(m.span().of(text)).isEqualTo(m.text());
    }
    for (TimeExpression t : doc.times()) {
      within(t.span(), n, "time " + t);
      assertThat(t.span().of(text)).isEqualTo(t.text());
    }
    for (Place p : doc.places()) {
      within(p.span(), n, "place " + p);
      assertThat(p.span().of(text)).isEqualTo(p.text());
    }
    for (EventClaim e : doc.events()) {
      checkEvidence(e.evidence(), text);
      assertThat(e.confidence()).isBetween(0.0, 1.0);
    }
    for (PostureRecord p : doc.posture()) {
      checkEvidence(p.evidence(), text);
    }
    for (var seg : doc.clean().segments()) {
      assertThat(seg.cleanStart() + seg.length()).isLessThanOrEqualTo(n);
      assertThat(seg.rawStart() + seg.length()).isLessThanOrEqualTo(doc.raw().length());
    }
  }

  private static void checkEvidence(List<Evidence> evidence, String text) {
    assertThat(evidence).as("every claim carries evidence").isNotEmpty();
    for (Evidence ev : evidence) {
      within(new Span(ev.start(), ev.end()), text.length(), "evidence");
      assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text());
    }
  }

  private static void within(Span s, int n, String what) {
    assertThat(s.end()).as(what + " ends inside the text").isLessThanOrEqualTo(n);
  }
}
