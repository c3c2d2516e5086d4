package sitrep.app;

import java.util.List;
import sitrep.events.EventStage;
import sitrep.geo.GeoStage;
import sitrep.ingest.clean.CleanStage;
import sitrep.ingest.lang.LanguageStage;
import sitrep.model.Pipeline;
import sitrep.nlp.NlpStage;
import sitrep.nlp.RecognizeStage;
import sitrep.time.TimeStage;

/** The standard per-document pipeline, assembled (and its chain checked) once per process. */
public final class Analysis {
  private static volatile Pipeline standard;

  private Analysis() {}

  public static Pipeline standard() {
    Pipeline p = standard;
    if (p == null) {
      synchronized (Analysis.class) {
        if (standard == null) {
          standard = Pipeline.of(List.of(new CleanStage(), new LanguageStage(), new NlpStage(),
              new RecognizeStage(), new TimeStage(), new GeoStage(), new EventStage()));
        }
        p = standard;
      }
    }
    return p;
  }
}
