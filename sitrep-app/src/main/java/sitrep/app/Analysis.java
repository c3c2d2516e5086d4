package sitrep.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import sitrep.events.EventStage;
import sitrep.geo.GeoStage;
import sitrep.ingest.clean.CleanStage;
import sitrep.ingest.lang.LanguageStage;
import sitrep.model.Layer;
import sitrep.model.Pipeline;
import sitrep.model.Stage;
import sitrep.nlp.NlpStage;
import sitrep.nlp.RecognizeStage;
import sitrep.time.TimeStage;

/**
 * The standard per-document pipeline, assembled (and its chain checked) once per process. It comes
 * in two parts so a batch can look for duplicates between them: {@link #cleaning()} makes the
 * cleaned text, {@link #analysis()} does the rest.
 */
public final class Analysis {
  private static final Pipeline CLEANING = Pipeline.of(List.of(new CleanStage()));
  private static final Pipeline ANALYSIS = Pipeline.of(Set.of(Layer.RAW, Layer.CLEAN_TEXT),
      List.of(new LanguageStage(), new NlpStage(), new RecognizeStage(), new TimeStage(),
          new GeoStage(), new EventStage(Models.subType())));
  private static final Pipeline STANDARD = Pipeline.of(concat());

  private Analysis() {}

  /** Raw document → cleaned text. */
  public static Pipeline cleaning() {
    return CLEANING;
  }

  /** Cleaned text → events and posture. */
  public static Pipeline analysis() {
    return ANALYSIS;
  }

  /** Both parts in one chain. */
  public static Pipeline standard() {
    return STANDARD;
  }

  private static List<Stage> concat() {
    List<Stage> all = new ArrayList<>(CLEANING.stages());
    all.addAll(ANALYSIS.stages());
    return all;
  }
}
