package sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import sitrep.geo.GeoStage;
import sitrep.model.Document;
import sitrep.model.EventClaim;
import sitrep.model.Factuality;
import sitrep.model.PostureChange;
import sitrep.model.PostureRecord;
import sitrep.model.Stage;
import sitrep.model.testkit.StageConformanceTest;
import sitrep.model.testkit.TestStages;
import sitrep.nlp.NlpStage;
import sitrep.nlp.RecognizeStage;
import sitrep.time.TimeStage;

/** Event coding as an analyst would check it, on sentences written for these tests. */
class EventStageTest {
  static final List<Stage> BEFORE = List.of(new NlpStage(), new RecognizeStage(), new TimeStage(),
      new GeoStage());
  static final EventStage STAGE = new EventStage();
  static final LocalDate PUBLISHED = LocalDate.of(2023, 11, 8);

  @Nested
  class GermanConformance extends StageConformanceTest {
    GermanConformance() {
      super(STAGE, prepend(TestStages.plainText("de")));
    }
  }

  @Nested
  class EnglishConformance extends StageConformanceTest {
    EnglishConformance() {
      super(STAGE, prepend(TestStages.plainText("en")));
    }
  }

  static List<Stage> prepend(Stage first) {
    List<Stage> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(BEFORE);
    return all;
  }

  static Document analyze(String lang, String text) {
    Stage[] stages = new Stage[BEFORE.size() + 1];
    for (int i = 0; i < BEFORE.size(); i++) {
      stages[i] = BEFORE.get(i);
    }
    stages[BEFORE.size()] = STAGE;
    return TestStages.process(text, lang, PUBLISHED, stages);
  }

  static EventClaim only(Document d) {
    assertThat(d.events()).as("events of: %s", d.text()).hasSize(1);
    return d.events().get(0);
  }

  @Test
  void rocketsOnABaseAreShellingWithTheBaseHolderAsTarget() {
    EventClaim e = only(analyze("de", "Am 3. November trafen mindestens fünf Raketen den "
        + "Luftwaffenstützpunkt Ain al-Asad im Irak. Es gab keine Verletzten."));
    assertThat(e.subEventType()).isEqualTo("Shelling/artillery/missile attack");
    assertThat(e.eventType()).isEqualTo("Explosions/Remote violence");
    assertThat(e.date().value()).isEqualTo("2023-11-03");
    assertThat(e.place().site()).isEqualTo("Ain al-Asad Air Base");
    assertThat(e.actor1().name()).isEqualTo("Unidentified Armed Group (Iraq)");
    assertThat(e.actor2().name()).isEqualTo("Military Forces of the United States");
    assertThat(e.actor2().inter()).isEqualTo(8);
    assertThat(e.injuries()).isZero();
    assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
  }

  @Test
  void aDenialAttachesToTheClaimItDenies() {
    Document d = analyze("de", "Aktivisten berichteten am Montag von einem Drohnenangriff auf "
        + "das Conoco-Gasfeld. Die Koalition dementierte den Angriff.");
    EventClaim e = only(d);
    assertThat(e.subEventType()).isEqualTo("Air/drone strike");
    assertThat(e.factuality()).isEqualTo(Factuality.DENIED);
    assertThat(e.evidence()).hasSize(2);
  }

  @Test
  void aShotDownDroneIsDisruptedWeaponsUse() {
    EventClaim e = only(analyze("en", "On Nov. 5, a drone approaching Erbil Air Base was shot "
        + "down by air defences, officials said."));
    assertThat(e.subEventType()).isEqualTo("Disrupted weapons use");
    assertThat(e.eventType()).isEqualTo("Strategic developments");
    assertThat(e.date().value()).isEqualTo("2023-11-05");
  }

  @Test
  void aMonitorsCountIsReportedWithItsSource() {
    EventClaim e = only(analyze("en", "Three civilians were killed in a Russian air strike on "
        + "Hajin on Tuesday, according to the Syrian Observatory for Human Rights."));
    assertThat(e.subEventType()).isEqualTo("Air/drone strike");
    assertThat(e.fatalities()).isEqualTo(3);
    assertThat(e.actor1().name()).isEqualTo("Military Forces of Russia");
    assertThat(e.actor2().name()).isEqualTo("Civilians (Syria)");
    assertThat(e.factuality()).isEqualTo(Factuality.REPORTED);
    assertThat(e.claimSource()).isEqualTo("SOHR");
    assertThat(e.date().value()).isEqualTo("2023-11-07");
  }

  @Test
  void habitualAndNegatedMentionsAreNoEvents() {
    assertThat(analyze("de", "Die Basis bei Tabqa wird regelmäßig mit Raketen angegriffen.")
        .events()).isEmpty();
    assertThat(analyze("en", "There were no signs of an attack on the base near Manbij.")
        .events()).isEmpty();
  }

  @Test
  void sentencesAboutOneOccurrenceMakeOneClaim() {
    EventClaim e = only(analyze("en", "Militants attacked an army checkpoint near Mosul on "
        + "Sunday. The attack killed two soldiers."));
    assertThat(e.fatalities()).isEqualTo(2);
    assertThat(e.evidence()).hasSize(2);
    assertThat(e.place().name()).isEqualTo("Mosul");
  }

  @Test
  void twoClausesTwoEvents() {
    Document d = analyze("de", "Die Basis in Tal Tamr wurde im März 2021 mit Mörsern beschossen, "
        + "nachdem türkische Drohnen dort zwei Kämpfer getötet hatten.");
    assertThat(d.events()).extracting(EventClaim::subEventType)
        .containsExactly("Shelling/artillery/missile attack", "Air/drone strike");
  }

  @Test
  void aClashBetweenArmedGroups() {
    EventClaim e = only(analyze("en", "SDF fighters clashed with Islamic State militants in Hajin "
        + "on Monday, killing four IS fighters."));
    assertThat(e.subEventType()).isEqualTo("Armed clash");
    assertThat(e.actor1().name()).isEqualTo("Syrian Democratic Forces");
    assertThat(e.actor2().name()).isEqualTo("Islamic State (Syria)");
    assertThat(e.fatalities()).isEqualTo(4);
  }

  @Test
  void backgroundMonthsBeforePublicationAreHistorical() {
    EventClaim e = only(analyze("en", "The base at al-Tanf was hit by rockets in March 2021."));
    assertThat(e.historical()).isTrue();
    assertThat(e.date().precision()).isEqualTo(3);
  }

  @Test
  void reinforcementsArePostureNotEvents() {
    Document d = analyze("en", "On Tuesday, a convoy of 40 US trucks carrying ammunition arrived "
        + "at the al-Omar oil field, according to SOHR.");
    assertThat(d.events()).isEmpty();
    assertThat(d.posture()).hasSize(1);
    PostureRecord p = d.posture().get(0);
    assertThat(p.change()).isEqualTo(PostureChange.REINFORCED);
    assertThat(p.site()).isEqualTo("al-Omar oil field");
    assertThat(p.holder().name()).isEqualTo("Military Forces of the United States");
    assertThat(p.quantity()).isEqualTo(40);
    assertThat(p.equipment()).contains("trucks", "ammunition");
    assertThat(p.claimSource()).isEqualTo("SOHR");
  }

  @Test
  void aNewBaseIsBothAnEventAndPosture() {
    Document d = analyze("en", "US forces set up a new military base near Tal Baydar last week.");
    assertThat(only(d).subEventType()).isEqualTo("Headquarters or base established");
    assertThat(d.posture()).extracting(PostureRecord::change)
        .containsExactly(PostureChange.ESTABLISHED);
  }

  @Test
  void aDatelineSaysWhereAndWhenTheReportWasFiledNotTheEvent() {
    EventClaim e = only(analyze("de", "BAGHDAD, 6. November 2023 (dpa) – Am Freitag trafen drei "
        + "Raketen den Luftwaffenstützpunkt Ain al-Asad."));
    assertThat(e.date().value()).isEqualTo("2023-11-03");
    assertThat(e.place().site()).isEqualTo("Ain al-Asad Air Base");
    assertThat(analyze("de", "BAGHDAD, 6. November 2023 – Die Serie von Angriffen reißt nicht ab.")
        .events()).isEmpty();
  }

  @Test
  void protestsRiotsAndTheirPolicing() {
    assertThat(only(analyze("en", "On Monday, hundreds of teachers protested in Mosul against unpaid "
        + "salaries.")).subEventType()).isEqualTo("Peaceful protest");
    EventClaim broken = only(analyze("en", "On Monday, hundreds of teachers protested in Mosul. "
        + "Police dispersed them with tear gas."));
    assertThat(broken.subEventType()).isEqualTo("Protest with intervention");
    assertThat(broken.actor1().name()).isEqualTo("Protesters (Iraq)");
    assertThat(only(analyze("en", "On Monday, protesters in Mosul threw stones at government "
        + "buildings and burned tyres.")).subEventType()).isEqualTo("Violent demonstration");
    EventClaim mob = only(analyze("en", "On Monday, a mob lynched a man accused of theft in Kirkuk."));
    assertThat(mob.subEventType()).isEqualTo("Mob violence");
    assertThat(mob.actor1().name()).isEqualTo("Rioters (Iraq)");
  }

  @Test
  void killingsAbductionsAndLooting() {
    EventClaim found = only(analyze("en", "On Sunday, the body of a man was found dead near Tikrit "
        + "with gunshot wounds."));
    assertThat(found.subEventType()).isEqualTo("Attack");
    assertThat(found.eventType()).isEqualTo("Violence against civilians");
    assertThat(found.actor2().name()).isEqualTo("Civilians (Iraq)");
    assertThat(only(analyze("en", "On Sunday, gunmen abducted two farmers near Hawija."))
        .subEventType()).isEqualTo("Abduction/forced disappearance");
    assertThat(only(analyze("de", "Am Sonntag wurden bei Hawija zwei Bauern von Bewaffneten "
        + "entführt.")).subEventType()).isEqualTo("Abduction/forced disappearance");
  }

  @Test
  void smallArmsMakeAClashAndGrenadeLaunchersShelling() {
    assertThat(only(analyze("en", "On Sunday, Syrian troops fired grenade launchers at SDF "
        + "positions near Manbij.")).subEventType()).isEqualTo("Shelling/artillery/missile attack");
    assertThat(only(analyze("en", "On Sunday, Syrian troops fired grenade launchers and small arms "
        + "at SDF positions near Manbij.")).subEventType()).isEqualTo("Armed clash");
  }

  @Test
  void fireBothWaysIsABattleAndExplosionsHeardFromAfarAreShelling() {
    assertThat(only(analyze("en", "On Sunday, Syrian troops and SDF fighters exchanged artillery "
        + "near Manbij.")).subEventType()).isEqualTo("Armed clash");
    assertThat(only(analyze("en", "On Sunday, monitors recorded 40 projectiles fired in both "
        + "directions of the frontline near Manbij.")).subEventType()).isEqualTo("Armed clash");
    assertThat(only(analyze("en", "On Sunday, monitors recorded 12 explosions involving unknown "
        + "weapons near Manbij.")).subEventType()).isEqualTo("Shelling/artillery/missile attack");
    assertThat(only(analyze("en", "On Sunday, residents heard explosions near Manbij."))
        .subEventType()).isEqualTo("Shelling/artillery/missile attack");
    // one explosion at a spot, cause unknown, stays a remote explosive
    assertThat(only(analyze("en", "On Sunday, an explosion hit a market in Manbij, killing two "
        + "people.")).subEventType()).isEqualTo("Remote explosive/landmine/IED");
  }

  @Test
  void anAttackOnArmedPeopleIsAClashAndOnUnarmedPeopleAnAttack() {
    assertThat(only(analyze("en", "On Monday, gunmen shot and killed a policewoman in Kandahar."))
        .subEventType()).isEqualTo("Armed clash");
    assertThat(only(analyze("en", "On Monday, gunmen attacked a pastor and his family in Jos."))
        .subEventType()).isEqualTo("Attack");
    assertThat(only(analyze("de", "Am Montag erschossen Bewaffnete in Kandahar einen Polizisten."))
        .subEventType()).isEqualTo("Armed clash");
    assertThat(only(analyze("de", "Am Montag erschossen Bewaffnete in Jos einen Pfarrer."))
        .subEventType()).isEqualTo("Attack");
    // the preposition of "On Monday," governs the date, not the gunmen after the comma
    EventClaim killed = only(analyze("en", "On Monday, gunmen killed two civilians in Kirkuk."));
    assertThat(killed.subEventType()).isEqualTo("Attack");
    assertThat(killed.actor2().name()).isEqualTo("Civilians (Iraq)");
    // German puts the subject after the verb when the date comes first
    EventClaim erschossen = only(analyze("de", "Am Montag töteten IS-Kämpfer in Kirkuk drei "
        + "Soldaten."));
    assertThat(erschossen.actor1().name()).isEqualTo("Islamic State (Iraq)");
    assertThat(erschossen.actor2().name()).isEqualTo("Military Forces of Iraq");
  }

  @Test
  void seizedWeaponsAndDefusedBombsAreDisruptedWeaponsUse() {
    assertThat(only(analyze("en", "On Monday police seized nine pistols and 1,100 rounds of "
        + "ammunition in a raid in Kingston.")).subEventType()).isEqualTo("Disrupted weapons use");
    assertThat(only(analyze("de", "Am Montag entschärfte die Polizei in Kirkuk einen Sprengsatz; "
        + "Sprengstoff wurde sichergestellt.")).subEventType()).isEqualTo("Disrupted weapons use");
    assertThat(only(analyze("en", "On Monday rebels seized the town of Saraqib."))
        .subEventType()).isEqualTo("Non-state actor overtakes territory");
  }

  @Test
  void protestersClashingWithPoliceAreAViolentDemonstration() {
    EventClaim clash = only(analyze("en", "On Monday protesters clashed with police in Santiago."));
    assertThat(clash.subEventType()).isEqualTo("Violent demonstration");
    assertThat(clash.actor1().name()).isEqualTo("Rioters (Chile)");
    assertThat(clash.actor2().name()).isEqualTo("Police Forces of Chile");
  }

  @Test
  void crowdsClashingWithEachOtherAreMobViolence() {
    assertThat(only(analyze("en", "On Monday two mobs clashed with each other in Santiago over a "
        + "land dispute.")).subEventType()).isEqualTo("Mob violence");
  }

  @Test
  void anUndatedReportStillCodesWhatHappenedButNotWhatIsGeneric() {
    Stage[] stages = new Stage[BEFORE.size() + 1];
    for (int i = 0; i < BEFORE.size(); i++) {
      stages[i] = BEFORE.get(i);
    }
    stages[BEFORE.size()] = STAGE;
    Document told = TestStages.process("Two suicide bombers killed at least ten people outside a "
        + "mosque in Cameroon.", "en", null, stages);
    assertThat(only(told).subEventType()).isEqualTo("Suicide bomb");
    assertThat(only(told).date()).isNull();
    Document generic = TestStages.process("Suicide bombings remain a threat in Cameroon.", "en",
        null, stages);
    assertThat(generic.events()).isEmpty();
    // with a publication date, a sentence without date, place or actors stays unanchored
    assertThat(analyze("en", "Two suicide bombers killed at least ten people in Cameroon.")
        .events()).isEmpty();
  }

  @Test
  void everyAcledSubEventTypeHasItsCameoAndPloverCodesListed() {
    for (AcledType t : AcledType.values()) {
      assertThat(sitrep.model.EventCodes.lists(t.subEventType())).as(t.subEventType()).isTrue();
    }
    assertThat(sitrep.model.EventCodes.of("Air/drone strike").plover()).isEqualTo("FIGHT");
    assertThat(sitrep.model.EventCodes.of("Arrests").cameo()).isEqualTo("173");
  }

  @Test
  void ploverCoderTakesTheMainVerbOfEachSentence() {
    Document d = analyze("en", "Russia warned Ukraine on Monday that it would retaliate. The two "
        + "sides later agreed to a prisoner exchange, officials said.");
    assertThat(PloverCoder.forLanguage("en").code(d)).extracting(PloverCoder.PloverEvent::type)
        .containsExactly("THREATEN", "AGREE");
    Document de = analyze("de", "Die Regierung lehnte die Forderung am Montag ab. Danach "
        + "verurteilte die EU den Angriff.");
    assertThat(PloverCoder.forLanguage("de").code(de)).extracting(PloverCoder.PloverEvent::type)
        .containsExactly("DEMAND", "DISAPPROVE");
    assertThat(PloverCoder.forLanguage("xx").code(d)).isEmpty();
  }
}
