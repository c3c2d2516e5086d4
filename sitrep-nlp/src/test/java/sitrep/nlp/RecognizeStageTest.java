package sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import sitrep.model.ActorMention;
import sitrep.model.CueMention;
import sitrep.model.CueType;
import sitrep.model.DemonymMention;
import sitrep.model.Document;
import sitrep.model.NumberMention;
import sitrep.model.Stage;
import sitrep.model.TriggerClass;
import sitrep.model.TriggerMention;
import sitrep.model.WeaponClass;
import sitrep.model.WeaponMention;
import sitrep.model.testkit.StageConformanceTest;
import sitrep.model.testkit.TestStages;

class RecognizeStageTest {
  static final NlpStage NLP = NlpStageTest.STAGE;
  static final RecognizeStage STAGE = new RecognizeStage();

  @Nested
  class GermanConformance extends StageConformanceTest {
    GermanConformance() {
      super(STAGE, List.of(TestStages.plainText("de"), NLP));
    }
  }

  @Nested
  class EnglishConformance extends StageConformanceTest {
    EnglishConformance() {
      super(STAGE, List.of(TestStages.plainText("en"), NLP));
    }
  }

  static Document recognize(String lang, String text) {
    return TestStages.process(text, lang, null, NLP, STAGE);
  }

  @Test
  void germanCompoundsReachTheTriggerLexiconThroughTheirHead() {
    Document d = recognize("de", "Luftabwehr reagierte auf einen Selbstmord-Drohnenangriff. "
        + "Die Raketenangriffe und Luftangriffen auf Stützpunkte gingen weiter.");
    assertThat(d.mentions(TriggerMention.class)).extracting(TriggerMention::text,
        TriggerMention::trigger).contains(
            org.assertj.core.groups.Tuple.tuple("Drohnenangriff", TriggerClass.DRONE_STRIKE),
            org.assertj.core.groups.Tuple.tuple("Raketenangriffe", TriggerClass.SHELLING),
            org.assertj.core.groups.Tuple.tuple("Luftangriffen", TriggerClass.AIR_STRIKE));
    assertThat(d.mentions(WeaponMention.class)).extracting(WeaponMention::weaponClass)
        .contains(WeaponClass.AIR_DEFENSE);
  }

  @Test
  void actorsAreFoundInTheirSpellingVariants() {
    Document d = recognize("de", "Das Hashed-al-Shaabi und die US-Truppen; ein Sprecher der SDF "
        + "und IS-Kämpfer sowie vom Iran unterstützte Milizen.");
    assertThat(d.mentions(ActorMention.class)).extracting(ActorMention::id)
        .containsSubsequence("pmf", "usa_military", "sdf", "islamic_state", "iran_backed_militia");
  }

  @Test
  void caseDistinguishesAcronymsFromWords() {
    Document d = recognize("en", "It is clear that IS fighters and US troops told us nothing.");
    assertThat(d.mentions(ActorMention.class)).extracting(ActorMention::text)
        .containsExactly("IS fighters", "US troops");
  }

  @Test
  void demonymsCarryTheirCountry() {
    Document d = recognize("de", "Der Stützpunkt wurde von iranischen ballistischen Raketen anvisiert.");
    assertThat(d.mentions(DemonymMention.class)).extracting(DemonymMention::countryCode)
        .containsExactly("IR");
    assertThat(d.mentions(WeaponMention.class)).extracting(WeaponMention::id)
        .containsExactly("ballistic_missile");
  }

  @Test
  void numbersInWordsAndDigitsWithHedges() {
    Document d = recognize("en", "At least eight rockets hit; some 1,200 troops and 300 trucks arrived.");
    assertThat(d.mentions(NumberMention.class)).extracting(NumberMention::value,
        NumberMention::approximate).containsExactly(
            org.assertj.core.groups.Tuple.tuple(8L, true),
            org.assertj.core.groups.Tuple.tuple(1200L, true),
            org.assertj.core.groups.Tuple.tuple(300L, false));
  }

  @Test
  void cuesSayHowAClaimIsMade() {
    Document d = recognize("de", "Die Berichte wurden von der SDF dementiert, laut SOHR regelmäßig.");
    assertThat(d.mentions(CueMention.class)).extracting(CueMention::cue)
        .contains(CueType.REPORT, CueType.DENY, CueType.ACCORDING_TO, CueType.HABITUAL);
  }

  @Test
  void modifierPartsOfGermanCompoundsReachTheLexicons() {
    Document d = recognize("de", "Nach den Raketenangriffen meldete die Armee einen Drohnenabschuss "
        + "und festgenommene Milizkämpfer.");
    assertThat(d.mentions(WeaponMention.class)).extracting(WeaponMention::text,
        WeaponMention::id).contains(
            org.assertj.core.groups.Tuple.tuple("Raketen", "rocket"),
            org.assertj.core.groups.Tuple.tuple("Drohnen", "drone"));
    assertThat(d.mentions(TriggerMention.class)).extracting(TriggerMention::trigger)
        .contains(TriggerClass.SHELLING, TriggerClass.INTERCEPT);
    assertThat(d.mentions(ActorMention.class)).extracting(ActorMention::text).contains("Miliz");
  }
}
