package sitrep.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A document and every annotation layer the stages have added to it. Stages never change what an
 * earlier stage produced: each {@code with…} method adds one layer and refuses to replace it.
 *
 * @param id input id, or file path (+ record index for container formats)
 * @param source where it came from, for warnings
 * @param raw the raw content as read (text or HTML)
 * @param layers which layers are present
 */
public record Document(
    String id,
    SourceRef source,
    Metadata meta,
    Format format,
    String raw,
    @Nullable CleanText clean,
    @Nullable String language,
    List<Sentence> sentences,
    List<Mention> mentions,
    List<TimeExpression> times,
    List<Place> places,
    List<EventClaim> events,
    List<PostureRecord> posture,
    List<Warning> warnings,
    Set<Layer> layers) {

  public Document {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
    places = List.copyOf(places);
    events = List.copyOf(events);
    posture = List.copyOf(posture);
    warnings = List.copyOf(warnings);
    layers = Set.copyOf(layers);
  }

  /** A freshly read document: only the raw layer. */
  public static Document raw(String id, SourceRef source, Metadata meta, Format format, String raw) {
    return new Document(id, source, meta, format, raw, null, null, List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), Set.of(Layer.RAW));
  }

  /** The cleaned text, or an error when the clean stage has not run. */
  public String text() {
    if (clean == null) {
      throw new IllegalStateException("document " + id + " has no cleaned text yet");
    }
    return clean.text();
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  public <M extends Mention> List<M> mentions(Class<M> type) {
    List<M> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (type.isInstance(m)) {
        out.add(type.cast(m));
      }
    }
    return out;
  }

  private Set<Layer> adding(Layer... added) {
    EnumSet<Layer> next = EnumSet.noneOf(Layer.class);
    next.addAll(layers);
    for (Layer l : added) {
      if (!next.add(l)) {
        throw new IllegalStateException("layer " + l + " of document " + id + " is already set");
      }
    }
    return next;
  }

  public Document withMeta(Metadata m) {
    return new Document(id, source, m, format, raw, clean, language, sentences, mentions, times,
        places, events, posture, warnings, layers);
  }

  public Document withClean(CleanText c) {
    return new Document(id, source, meta, format, raw, c, language, sentences, mentions, times,
        places, events, posture, warnings, adding(Layer.CLEAN_TEXT));
  }

  public Document withLanguage(String lang) {
    return new Document(id, source, meta, format, raw, clean, lang, sentences, mentions, times,
        places, events, posture, warnings, adding(Layer.LANGUAGE));
  }

  /** Adds sentences with their tokens; {@code analyzed} names what the tokens carry. */
  public Document withSentences(List<Sentence> s, Layer... analyzed) {
    Layer[] all = new Layer[analyzed.length + 1];
    all[0] = Layer.SENTENCES;
    System.arraycopy(analyzed, 0, all, 1, analyzed.length);
    return new Document(id, source, meta, format, raw, clean, language, s, mentions, times,
        places, events, posture, warnings, adding(all));
  }

  public Document withMentions(List<? extends Mention> m) {
    return new Document(id, source, meta, format, raw, clean, language, sentences, List.copyOf(m),
        times, places, events, posture, warnings, adding(Layer.MENTIONS));
  }

  public Document withTimes(List<TimeExpression> t) {
    return new Document(id, source, meta, format, raw, clean, language, sentences, mentions, t,
        places, events, posture, warnings, adding(Layer.TIMES));
  }

  public Document withPlaces(List<Place> p) {
    return new Document(id, source, meta, format, raw, clean, language, sentences, mentions, times,
        p, events, posture, warnings, adding(Layer.PLACES));
  }

  public Document withEvents(List<EventClaim> e) {
    return new Document(id, source, meta, format, raw, clean, language, sentences, mentions, times,
        places, e, posture, warnings, adding(Layer.EVENTS));
  }

  /**
   * The same events with their incident ids set (incident linking runs after the events stage
   * and only fills that field).
   *
   * @throws IllegalArgumentException when the claims are not this document's events in order
   */
  public Document withIncidentIds(List<EventClaim> linked) {
    if (linked.size() != events.size()) {
      throw new IllegalArgumentException("linked claims differ from the document's events");
    }
    for (int i = 0; i < linked.size(); i++) {
      if (!linked.get(i).eventId().equals(events.get(i).eventId())) {
        throw new IllegalArgumentException("linked claims differ from the document's events");
      }
    }
    return new Document(id, source, meta, format, raw, clean, language, sentences, mentions, times,
        places, linked, posture, warnings, layers);
  }

  public Document withPosture(List<PostureRecord> p) {
    return new Document(id, source, meta, format, raw, clean, language, sentences, mentions, times,
        places, events, p, warnings, adding(Layer.POSTURE));
  }

  /** Adds a warning; warnings accumulate and are never removed. */
  public Document withWarning(Warning w) {
    List<Warning> next = new ArrayList<>(warnings);
    next.add(w);
    return new Document(id, source, meta, format, raw, clean, language, sentences, mentions, times,
        places, events, posture, next, layers);
  }

  /** Adds a warning about this document. */
  public Document warn(String code, String message) {
    return withWarning(new Warning(source, code, message));
  }

  /** The sentence that contains a cleaned-text offset, or null between sentences. */
  public @Nullable Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.span().start()) {
        hi = mid - 1;
      } else if (offset >= s.span().end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }
}
