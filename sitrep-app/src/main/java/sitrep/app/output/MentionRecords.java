package sitrep.app.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sitrep.events.PloverCoder;
import sitrep.model.ActorMention;
import sitrep.model.Document;
import sitrep.model.Format;
import sitrep.model.Place;
import sitrep.model.Span;
import sitrep.model.TimeExpression;
import sitrep.nlp.lexicon.Actor;
import sitrep.nlp.lexicon.Lexicon;

/**
 * Mention records of {@code ./sitrep annotate} (SCHEMA.md): one per place, time or actor, with
 * offsets into the text as given: the raw text for plain text and JSONL, the cleaned text for
 * HTML (whose raw form is markup).
 */
public final class MentionRecords {
  private MentionRecords() {}

  /** The annotation layers {@code annotate} can write. */
  public enum Layer {
    PLACES, TIMES, ACTORS, PLOVER;

    public static Layer parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown layer '" + s + "': use places, times, actors or plover");
      }
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static List<Map<String, @Nullable Object>> of(Document d, Layer layer) {
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    switch (layer) {
      case PLACES -> {
        for (Place p : d.places()) {
          Map<String, @Nullable Object> m = base(d, layer, p.span());
          m.put("name", p.name());
          m.put("latitude", p.latitude());
          m.put("longitude", p.longitude());
          m.put("geonames_id", p.geonamesId());
          m.put("country_code", p.countryCode());
          m.put("feature", p.feature());
          m.put("literal", p.literal());
          m.put("site", p.site());
          m.put("relation", p.relation());
          m.put("geo_precision", p.geoPrecision());
          out.add(m);
        }
      }
      case TIMES -> {
        for (TimeExpression t : d.times()) {
          Map<String, @Nullable Object> m = base(d, layer, t.span());
          m.put("type", t.type().name());
          m.put("value", t.value());
          m.put("anchor", t.anchor());
          m.put("date_earliest", t.date() == null ? null : t.date().earliest());
          m.put("date_latest", t.date() == null ? null : t.date().latest());
          out.add(m);
        }
      }
      case ACTORS -> {
        Map<String, Actor> actors = Lexicon.actors();
        for (ActorMention a : d.mentions(ActorMention.class)) {
          Map<String, @Nullable Object> m = base(d, layer, a.span());
          Actor actor = actors.get(a.id());
          m.put("name", actor == null ? a.name() : actor.nameIn(null));
          m.put("country_code", a.countryCode());
          m.put("inter", a.inter() == 0 ? null : a.inter());
          m.put("actor_id", a.id());
          out.add(m);
        }
      }
      case PLOVER -> {
        for (PloverCoder.PloverEvent p : PloverCoder.forLanguage(d.language()).code(d)) {
          Map<String, @Nullable Object> m = base(d, layer, new Span(p.start(), p.end()));
          m.put("event", p.type());
          m.put("sentence", p.sentence());
          m.put("verbal", p.verbal());
          out.add(m);
        }
      }
      default -> throw new AssertionError(layer);
    }
    return out;
  }

  private static Map<String, @Nullable Object> base(Document d, Layer layer, Span clean) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("doc_id", d.id());
    m.put("layer", layer.label());
    boolean raw = d.format() == Format.TEXT && d.clean() != null;
    Span span = raw ? d.clean().toRaw(clean) : clean;
    m.put("start", span.start());
    m.put("end", span.end());
    m.put("text", raw ? span.of(d.raw()) : clean.of(d.text()));
    return m;
  }
}
