package sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import sitrep.model.CleanText;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.SourceRef;
import sitrep.model.TimeExpression;

/** Test helpers: run the stage on a sentence and pick out one expression. */
final class Times {
  private Times() {}

  /** Runs {@link TimeStage#process} on a plain-text document. */
  static List<TimeExpression> tag(String text, String language, @Nullable String published) {
    Metadata meta = Metadata.EMPTY.withPublished(published == null ? null : LocalDate.parse(published));
    Document doc = Document.raw("test", SourceRef.file("test.txt"), meta, Format.TEXT, text)
        .withClean(CleanText.identity(text))
        .withLanguage(language);
    List<TimeExpression> times = new TimeStage().process(doc).times();
    for (TimeExpression t : times) {
      assertThat(t.span().of(text)).isEqualTo(t.text());
    }
    return times;
  }

  static List<TimeExpression> de(String text, @Nullable String published) {
    return tag(text, "de", published);
  }

  static List<TimeExpression> en(String text, @Nullable String published) {
    return tag(text, "en", published);
  }

  /** The one expression found; fails when there are none or several. */
  static TimeExpression only(List<TimeExpression> times) {
    assertThat(times).as("expressions found").hasSize(1);
    return times.get(0);
  }

  /** The first expression whose text is {@code text}. */
  static TimeExpression find(List<TimeExpression> times, String text) {
    return times.stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no expression '" + text + "' in " + texts(times)));
  }

  static List<String> texts(List<TimeExpression> times) {
    return times.stream().map(TimeExpression::text).toList();
  }

  static List<String> values(List<TimeExpression> times) {
    return times.stream().map(TimeExpression::value).toList();
  }

  /** DateValue values of the expressions that have one, in text order. */
  static List<String> dates(List<TimeExpression> times) {
    return times.stream().filter(t -> t.date() != null).map(t -> t.date().value()).toList();
  }
}
