package sitrep.events.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.events.EventStage;
import sitrep.geo.GeoStage;
import sitrep.model.Document;
import sitrep.model.EventClaim;
import sitrep.model.testkit.TestStages;
import sitrep.nlp.NlpStage;
import sitrep.nlp.RecognizeStage;
import sitrep.time.TimeStage;

/** The trained classifier: it learns, saves and loads, and may only re-type a confident claim. */
class SubTypeModelTest {

  static List<SubTypeModel.Sample> samples() {
    List<SubTypeModel.Sample> out = new ArrayList<>();
    String[] towns = {"Kidal", "Gao", "Mopti", "Timbuktu", "Segou", "Kayes", "Sikasso", "Menaka"};
    for (String t : towns) {
      out.add(new SubTypeModel.Sample("Unknown gunmen attacked the village of " + t
          + " and killed two civilians in their homes.", "Attack"));
      out.add(new SubTypeModel.Sample("Gunmen stormed a market in " + t
          + " and shot dead three traders.", "Attack"));
      out.add(new SubTypeModel.Sample("Soldiers and militants exchanged fire for hours near "
          + t + "; both sides lost fighters.", "Armed clash"));
      out.add(new SubTypeModel.Sample("The army clashed with jihadist fighters outside " + t
          + " in a long battle.", "Armed clash"));
    }
    return out;
  }

  @Test
  void learnsSavesAndLoads(@TempDir Path dir) throws Exception {
    SubTypeModel m = SubTypeModel.train(samples(), 50);
    assertThat(m.predict("Gunmen attacked a village and killed civilians in their homes.")
        .label()).isEqualTo("Attack");
    Path file = dir.resolve("m.bin");
    m.save(file);
    SubTypeModel back = SubTypeModel.load(file);
    assertThat(back.predict("The army clashed with fighters in a battle.").label())
        .isEqualTo("Armed clash");
  }

  @Test
  void theEventStageNotesWhenTheClassifierChangesTheRulesType() throws Exception {
    // a model that knows one label besides the rules' own, so that it must overrule them
    List<SubTypeModel.Sample> inverted = new ArrayList<>();
    for (SubTypeModel.Sample s : samples()) {
      inverted.add(new SubTypeModel.Sample(s.text(), "Mob violence"));
    }
    inverted.add(new SubTypeModel.Sample("Parliament passed a new budget.", "Other"));
    SubTypeModel m = SubTypeModel.train(inverted, 50);
    String text = "On Monday, gunmen attacked the village of Gao and killed two civilians in "
        + "their homes.";
    java.time.LocalDate published = java.time.LocalDate.of(2020, 5, 6);
    Document ruled = TestStages.process(text, "en", published, new NlpStage(),
        new RecognizeStage(), new TimeStage(), new GeoStage(), new EventStage());
    Document learned = TestStages.process(text, "en", published, new NlpStage(),
        new RecognizeStage(), new TimeStage(), new GeoStage(), new EventStage(m));
    assertThat(ruled.events()).hasSize(1);
    String rules = ruled.events().get(0).subEventType();
    assertThat(rules).isNotEqualTo("Mob violence");
    EventClaim e = learned.events().get(0);
    assertThat(e.subEventType()).isEqualTo("Mob violence");
    assertThat(e.eventType()).isEqualTo("Riots");
    assertThat(e.notes()).anyMatch(n -> n.startsWith("sub-event type by the trained classifier")
        && n.endsWith("the rules said " + rules));
    assertThat(e.evidence()).isEqualTo(ruled.events().get(0).evidence());
  }
}
