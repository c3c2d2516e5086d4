package sitrep.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import sitrep.app.Analysis;
import sitrep.geo.gazetteer.GeoPoint;
import sitrep.model.Document;
import sitrep.model.EventClaim;
import sitrep.model.Format;
import sitrep.model.Metadata;
import sitrep.model.Place;
import sitrep.model.SourceRef;

/**
 * ACLED's own coding as the reference: each row's {@code notes} paragraph is analyzed as an English
 * document published the day after the event, and the main event sitrep finds (the one from the
 * earliest sentence) is compared with the row: event type, sub-event type, date, place within 50
 * km, fatalities, actor1. Actor recognition is scored apart: is the coded actor1 among the actors
 * the lexicons recognized in the note (generic ones named for the note's country)?
 *
 * <p>ACLED's bookkeeping sentences ("[size=no report]", "Fatalities coded as 10") are removed
 * first: they carry the answer, not the report. Rows are taken in file order; {@code --limit}
 * takes the first N.
 */
public final class AcledSuite implements EvalSuite {
  private static final String FILE = "eval/acled/acled-2020-05-dev.csv";
  private static final DateTimeFormatter ACLED_DATE =
      DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH);
  private static final double PLACE_KM = 50;
  private static final Pattern BOOKKEEPING = Pattern.compile(
      "\\s*\\[[^\\]]*\\]|\\s*[^.]*\\bfatalit(?:y|ies)\\b[^.]*\\bcoded as\\b[^.]*\\.?"
          + "|\\s*[^.]*\\b(?:coded|recorded) as \\d+\\b[^.]*\\.?",
      Pattern.CASE_INSENSITIVE);

  @Override
  public String name() {
    return "acled";
  }

  @Override
  public String description() {
    return "ACLED notes against ACLED's coding (" + FILE + ")";
  }

  /** A row of the file: the note and what ACLED coded. */
  record Row(String id, String notes, LocalDate date, String eventType, String subEventType,
      String actor1, String country, double lat, double lon, int fatalities) {}

  @Override
  public Map<String, Object> run(Path shared, Options options, PrintWriter out, PrintWriter err) {
    Path file = shared.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("acled suite needs " + file);
    }
    List<Row> rows = read(file, options, err);
    Score score = new Score();
    Map<String, Integer> confusions = new LinkedHashMap<>();
    int recognized = 0;
    int inEvents = 0;
    for (Row r : rows) {
      Document d = Analysis.standard().processOrWarn(Document.raw("acled:" + r.id(),
          SourceRef.record(file.toString(), rows.indexOf(r) + 1),
          new Metadata(null, null, r.date().plusDays(1), "ACLED notes", "en", Map.of()),
          Format.TEXT, strip(r.notes())));
      EventClaim main = Judged.mainEvent(d).orElse(null);
      score.add("found", main != null);
      score.add("event_type", main != null && main.eventType().equals(r.eventType()));
      boolean sub = main != null && main.subEventType().equals(r.subEventType());
      score.add("sub_event_type", sub);
      if (!sub) {
        confusions.merge(r.subEventType() + " → " + (main == null ? "(none)"
            : main.subEventType()), 1, Integer::sum);
      }
      score.add("event_date", main != null && main.date() != null
          && main.date().value().equals(r.date().toString()));
      Place p = main == null ? null : main.place();
      score.add("place_50km", p != null && p.latitude() != null && p.longitude() != null
          && GeoPoint.distanceKm(r.lat(), r.lon(), p.latitude(), p.longitude()) <= PLACE_KM);
      score.add("fatalities", main != null && Objects.equals(main.fatalities() == null ? 0
          : main.fatalities(), r.fatalities()));
      score.add("actor1", main != null && main.actor1() != null
          && sameActor(r.actor1(), main.actor1().name()));
      boolean rec = RecognizedActors.names(d).stream().anyMatch(n -> sameActor(r.actor1(), n));
      recognized += rec ? 1 : 0;
      boolean ev = false;
      for (EventClaim e : d.events()) {
        ev |= (e.actor1() != null && sameActor(r.actor1(), e.actor1().name()))
            || (e.actor2() != null && sameActor(r.actor1(), e.actor2().name()));
      }
      inEvents += ev ? 1 : 0;
    }
    Table table = new Table("metric", "right", "of", "accuracy");
    score.rows(table);
    table.row("actor1 among recognized actors", recognized, rows.size(),
        Table.fmt((double) recognized / rows.size()));
    table.row("actor1 among event actors", inEvents, rows.size(),
        Table.fmt((double) inEvents / rows.size()));
    table.print(out);
    out.println();
    Judged.printConfusions(out, "most frequent sub-event confusions (ACLED → sitrep):",
        confusions, 12);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("suite", name());
    metrics.put("notes", rows.size());
    metrics.putAll(score.metrics());
    metrics.put("actor1_recognized", Table.round((double) recognized / rows.size()));
    metrics.put("actor1_in_events", Table.round((double) inEvents / rows.size()));
    return metrics;
  }

  /** Removes ACLED's bookkeeping: bracketed size notes, "fatalities coded as …". */
  public static String strip(String notes) {
    return BOOKKEEPING.matcher(notes).replaceAll("").strip();
  }

  /**
   * ACLED names carry date ranges ("Military Forces of Yemen (2016-) Supreme Political Council")
   * and "and/or" alternatives; a name matches when it equals one alternative without the dates, or
   * one contains the other.
   */
  static boolean sameActor(String acled, String ours) {
    String o = norm(ours);
    if (o.length() < 4) {
      return false;
    }
    for (String alt : acled.split(" and/or ")) {
      String a = norm(alt);
      if (a.equals(o) || (a.length() >= 5 && (a.contains(o) || o.contains(a)))) {
        return true;
      }
    }
    return false;
  }

  private static String norm(String name) {
    return name.replaceAll("\\(\\d{4}-\\d{0,4}\\)", "").replaceAll("\\bthe\\b", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}()]+", " ").strip();
  }

  private static List<Row> read(Path file, Options options, PrintWriter err) {
    int limit = options.limit();
    int position = -1;
    List<Row> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
          .get().parse(in)) {
        position++;
        if (options.fold() != null && !options.fold().contains(position)) {
          continue;
        }
        try {
          rows.add(new Row(rec.get("data_id"), rec.get("notes"),
              LocalDate.parse(rec.get("event_date").trim(), ACLED_DATE), rec.get("event_type"),
              rec.get("sub_event_type"), rec.get("actor1"), rec.get("country"),
              Double.parseDouble(rec.get("latitude").trim()),
              Double.parseDouble(rec.get("longitude").trim()),
              Integer.parseInt(rec.get("fatalities").trim())));
        } catch (RuntimeException e) {
          err.println("warning: " + file + ":" + rec.getRecordNumber() + ": row skipped ("
              + e.getMessage() + ")");
          continue;
        }
        if (limit > 0 && rows.size() >= limit) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Accuracy per field over all rows (a note without an event is wrong everywhere). */
  private static final class Score {
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    void add(String field, boolean right) {
      int[] c = counts.computeIfAbsent(field, k -> new int[2]);
      c[1]++;
      c[0] += right ? 1 : 0;
    }

    void rows(Table t) {
      counts.forEach((k, c) -> t.row(k, c[0], c[1], Table.fmt((double) c[0] / c[1])));
    }

    Map<String, Object> metrics() {
      Map<String, Object> m = new LinkedHashMap<>();
      counts.forEach((k, c) -> m.put(k, Table.round((double) c[0] / c[1])));
      return m;
    }
  }

}
