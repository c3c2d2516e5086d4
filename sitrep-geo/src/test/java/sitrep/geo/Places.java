package sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.Pipeline;
import sitrep.model.Place;
import sitrep.model.SourceRef;
import sitrep.model.testkit.TestStages;

/** Runs the geo stage on a text the way the pipeline does, for behaviour tests. */
final class Places {
  private static final GeoStage STAGE = new GeoStage();

  private final String text;
  private final List<Place> places;

  private Places(String text, List<Place> places) {
    this.text = text;
    this.places = places;
  }

  static Places in(String language, String text) {
    Document raw = Document.raw("test", SourceRef.file("test.txt"),
        Metadata.EMPTY.withPublished(LocalDate.of(2021, 7, 8)), Format.TEXT, text);
    Document out = Pipeline.of(List.of(TestStages.plainText(language), STAGE)).process(raw);
    for (Place p : out.places()) {
      assertThat(p.span().of(text)).isEqualTo(p.text());
    }
    return new Places(text, out.places());
  }

  static Places de(String text) {
    return in("de", text);
  }

  static Places en(String text) {
    return in("en", text);
  }

  List<Place> all() {
    return places;
  }

  /** The place whose text is exactly {@code mention}; fails when there is none. */
  Place at(String mention) {
    for (Place p : places) {
      if (p.text().equals(mention)) {
        return p;
      }
    }
    throw new AssertionError("no place '" + mention + "' in " + texts() + "\n  text: " + text);
  }

  /** The first place resolved to {@code name}; fails when there is none. */
  Place named(String name) {
    for (Place p : places) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no place named '" + name + "' in " + names() + "\n  text: " + text);
  }

  List<String> texts() {
    List<String> out = new ArrayList<>();
    for (Place p : places) {
      out.add(p.text());
    }
    return out;
  }

  List<String> names() {
    List<String> out = new ArrayList<>();
    for (Place p : places) {
      out.add(p.name());
    }
    return out;
  }
}
