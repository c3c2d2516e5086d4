package sitrep.ingest.read;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jspecify.annotations.Nullable;
import sitrep.model.Document;
import sitrep.model.Metadata;
import sitrep.model.SourceRef;

/**
 * The items of one feed, parsed as a stream: each item is turned into a result when its end tag
 * has been read and is then removed from the parser's tree, so a feed of any length is read in the
 * memory of one item. Items are numbered from 1 in the order they start.
 */
final class FeedItems extends QueuedRecords {

  /** At most this many bad items of one feed are reported one by one; the rest are counted. */
  static final int MAX_ITEM_REPORTS = 100;

  /** Parse errors kept between two items; more are dropped (they still count as one). */
  private static final int MAX_ERRORS = 1000;

  private final Source src;
  private final ReadOptions opts;
  private final FeedHead head;
  private final FallbackReader text;
  private final Parser parser;
  private final StreamParser stream;
  private final Iterator<Element> elements;
  /** Items that were opened but not closed before an item inside them ended. */
  private final Map<Element, Integer> reserved = new IdentityHashMap<>();
  private @Nullable String feedTitle;
  private @Nullable String feedLanguage;
  private int items;
  private int reported;
  private int unreported;

  FeedItems(Source src, ReadOptions opts, FeedHead head, FallbackReader text) {
    this.src = src;
    this.opts = opts;
    this.head = head;
    this.text = text;
    this.parser = Parser.xmlParser().setTrackErrors(MAX_ERRORS).setTrackPosition(true);
    this.stream = new StreamParser(parser).parse(text, "");
    this.elements = stream.iterator();
  }

  @Override
  public void close() {
    stream.close();
  }

  /** How many nodes the parser still holds (for tests: stays small however long the feed). */
  int retainedNodes() {
    int[] n = {0};
    stream.document().traverse((node, depth) -> n[0]++);
    return n[0];
  }

  @Override
  protected void advance() {
    Element el;
    try {
      if (!elements.hasNext()) {
        finish();
        return;
      }
      el = elements.next();
    } catch (UncheckedIOException e) {
      ready.add(new ReadResult.Rejected(SourceRef.record(src.path(), items + 1),
          src.compressed() ? "gzip" : "unreadable",
          Content.describe(e.getCause(), src.compressed()) + lost()));
      finish();
      return;
    } catch (RuntimeException e) {
      ready.add(new ReadResult.Rejected(SourceRef.record(src.path(), items + 1), "error",
          "XML parser failed: " + Content.message(e) + lost()));
      finish();
      return;
    }
    if (FeedEntry.own(el, head.kind(), head.kind().entry)) {
      item(el);
      return;
    }
    Element parent = el.parent();
    if (parent == null) {
      return;
    }
    String container = parent.tag().localName().toLowerCase(Locale.ROOT);
    if (container.equals("channel") || container.equals("feed")) {
      if (FeedEntry.own(el, head.kind(), "title") && feedTitle == null) {
        feedTitle = FeedEntry.title(el);
      } else if (FeedEntry.own(el, head.kind(), "language") && feedLanguage == null) {
        feedLanguage = el.text().isBlank() ? null : el.text().strip();
      }
    }
    if (isContainer(parent)) {
      prune(el);
    }
  }

  private void item(Element el) {
    List<Element> open = new ArrayList<>();
    for (Element a = el.parent(); a != null; a = a.parent()) {
      if (a.tag().localName().equalsIgnoreCase(head.kind().entry)) {
        open.add(0, a);
      }
    }
    for (Element a : open) {
      reserved.computeIfAbsent(a, k -> ++items);
    }
    Integer kept = reserved.remove(el);
    int index = kept != null ? kept : ++items;
    int start = el.sourceRange().startPos();
    int end = el.endSourceRange().endPos();
    List<String> problems = new ArrayList<>();
    if (el.endSourceRange().isImplicit()) {
      problems.add("no </" + el.tagName() + "> (the feed is cut off or the tag is missing); "
          + "read up to where the element ends");
    }
    // errors of an unclosed item around this one are kept for it
    int keepFrom = open.isEmpty() ? end : open.get(0).sourceRange().startPos();
    String errors = errors(start, end, keepFrom);
    if (errors != null) {
      problems.add(errors);
    }
    int fallbacks = text.fallbacksBefore(start, end);
    ReadResult r = result(FeedEntry.of(el, head.kind()), index, problems, fallbacks,
        entitiesUsed(el));
    if (r instanceof ReadResult.Rejected rej) {
      reject(rej);
    } else {
      ready.add(r);
    }
    Element parent = el.parent();
    if (parent != null && isContainer(parent)) {
      prune(el);
    } else {
      el.remove(); // inside an unclosed item: keep that item's own fields
    }
  }

  private ReadResult result(FeedEntry e, int index, List<String> problems, int fallbacks,
      List<String> entities) {
    SourceRef where = SourceRef.record(src.path(), index);
    String noun = head.kind().entry;
    if (e.content() == null) {
      String reason = e.title() != null
          ? noun + " has a title but no text (no description or content)"
          : noun + " has no title and no text";
      return new ReadResult.Rejected(where, "no-text",
          problems.isEmpty() ? reason : reason + "; " + problems.get(0));
    }
    String id = e.id() != null ? e.id() : src.idBase() + ":" + index;
    LocalDate published = FeedDates.parse(e.date());
    Map<String, String> extra = new HashMap<>();
    putIfPresent(extra, "author", e.author());
    putIfPresent(extra, "categories", e.categories());
    putIfPresent(extra, "feed_language", feedLanguage);
    Metadata meta = new Metadata(e.title(), e.link(), published, feedTitle, null, extra);
    StringBuilder truncation = new StringBuilder();
    String content = Documents.limit(e.content(), opts.maxChars(), truncation);
    Document doc = Documents.build(id, where, meta, e.format(), content, opts);
    if (e.date() != null && published == null) {
      doc = doc.warn("field", "date: not a date: '" + e.date() + "'");
    }
    for (String p : problems) {
      doc = doc.warn("xml", p);
    }
    if (fallbacks > 0) {
      doc = doc.warn("encoding", fallbacks + " bytes not valid " + head.charset().name()
          + " in this " + noun + "; read as windows-1252");
    }
    for (String name : entities) {
      doc = doc.warn("entity", "&" + name + "; is declared in the feed's DOCTYPE and was not "
          + "expanded (DOCTYPE entities are never resolved); kept as written");
    }
    if (truncation.length() > 0) {
      doc = doc.warn("truncated", truncation.toString());
    }
    return new ReadResult.Loaded(doc);
  }

  /**
   * The parse errors inside {@code [start, end)}, as one line. They are forgotten, and so are
   * those before {@code keepFrom} (between items).
   */
  private @Nullable String errors(int start, int end, int keepFrom) {
    ParseErrorList all = parser.getErrors();
    int count = 0;
    ParseError first = null;
    for (ParseError pe : all) {
      if (pe.getPosition() >= start && pe.getPosition() < end) {
        count++;
        first = first == null ? pe : first;
      }
    }
    all.removeIf(pe -> pe.getPosition() < keepFrom
        || pe.getPosition() >= start && pe.getPosition() < end);
    if (first == null) {
      return null;
    }
    return count + (count == 1 ? " markup error" : " markup errors") + " (read as well as "
        + "possible); first at line:column " + first.getCursorPos() + ": "
        + first.getErrorMessage();
  }

  /** DOCTYPE entities this item refers to; the parser leaves them as written. */
  private List<String> entitiesUsed(Element el) {
    List<String> used = new ArrayList<>();
    if (head.entities().isEmpty()) {
      return used;
    }
    String all = el.wholeText();
    for (String name : head.entities()) {
      if (all.contains("&" + name + ";")) {
        used.add(name);
      }
    }
    return used;
  }

  private boolean isContainer(Element e) {
    String local = e.tag().localName().toLowerCase(Locale.ROOT);
    return local.equals("channel") || local.equals("feed")
        || e.parent() != null && e.parent().parent() == null; // the root element (rdf:RDF)
  }

  /** Drops an element that has been read, and what came before it in its parent. */
  private static void prune(Element el) {
    Node before = el.previousSibling();
    while (before != null) {
      Node prev = before.previousSibling();
      before.remove();
      before = prev;
    }
    el.remove();
  }

  private void reject(ReadResult.Rejected r) {
    if (reported < MAX_ITEM_REPORTS) {
      reported++;
      ready.add(r);
    } else {
      unreported++;
    }
  }

  private String lost() {
    return "; the " + head.kind().entry + "s before were kept, the rest of the feed is lost";
  }

  private void finish() {
    finished = true;
    String noun = head.kind().entry;
    if (items == 0 && ready.isEmpty()) {
      ready.add(new ReadResult.Rejected(SourceRef.file(src.path()), "empty",
          "no <" + noun + "> in the feed"));
    }
    if (unreported > 0) {
      ready.add(new ReadResult.Rejected(SourceRef.file(src.path()), "no-text",
          unreported + " more " + noun + "s without text (only the first " + MAX_ITEM_REPORTS
              + " are listed)"));
    }
    close();
  }

  private static void putIfPresent(Map<String, String> m, String key, @Nullable String value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
