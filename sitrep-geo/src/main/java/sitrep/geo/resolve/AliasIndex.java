package sitrep.geo.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.geo.gazetteer.EntryKind;
import sitrep.geo.gazetteer.Gazetteer;
import sitrep.geo.gazetteer.GazetteerEntry;
import sitrep.nlp.text.NameNormalizer;
import sitrep.nlp.text.PhraseMatcher;
import sitrep.nlp.text.Piece;

/**
 * Every name, core and generic phrase of the gazetteer in one phrase matcher. Patterns that match
 * the same texts share one {@link Group}, so that a matched phrase yields all its candidate entries
 * ("Tripoli": Libya's and Lebanon's; "Hasakah": the city and the governorate; "Qamishli": the city,
 * and the airport's core).
 *
 * <p>Three normalizations make the groups: a leading Arabic article is taken off the pattern and
 * demanded of the text instead ({@link Sense#needsArticle}), so "al-Hasakah" and "Hasakah" share a
 * group; {@code =Cased} marks become a check on the sense, so "=Hit" and "Hit" share one; and every
 * name also gets a genitive variant with -s ("Iraks", "Tehran's"), marked {@link Sense#genitive}
 * and checked per language.
 */
final class AliasIndex {

  /** All senses of the patterns that match the same texts. */
  record Group(String canonical, List<Sense> senses) {}

  private final PhraseMatcher<Group> matcher;

  private AliasIndex(PhraseMatcher<Group> matcher) {
    this.matcher = matcher;
  }

  PhraseMatcher<Group> matcher() {
    return matcher;
  }

  /** A pattern taken apart: what to register, how to group it, and what the sense demands. */
  private record Parsed(String registered, String canonical, boolean needsArticle,
      @Nullable List<@Nullable String> cased, boolean genitiveCapable) {}

  private record Pending(GazetteerEntry entry, String alias) {}

  private record Word(String prefix, List<String> pieceTexts, boolean cased, boolean star) {}

  static AliasIndex build(Gazetteer gazetteer) {
    NameNormalizer normalizer = gazetteer.normalizer();
    Map<String, String> registered = new LinkedHashMap<>();
    Map<String, List<Sense>> senses = new LinkedHashMap<>();
    List<Pending> genitives = new ArrayList<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      for (String alias : e.aliases()) {
        Parsed p = parse(normalizer, alias, false);
        put(registered, senses, p,
            new Sense(e, Sense.Role.NAME, false, p.needsArticle(), p.cased()));
        if (p.genitiveCapable() && e.kind() != EntryKind.INSTALLATION) {
          genitives.add(new Pending(e, alias));
        }
      }
      for (String core : e.cores()) {
        Parsed p = parse(normalizer, core, false);
        put(registered, senses, p,
            new Sense(e, Sense.Role.CORE, false, p.needsArticle(), p.cased()));
      }
      for (String generic : e.generic()) {
        Parsed p = parse(normalizer, generic, false);
        put(registered, senses, p,
            new Sense(e, Sense.Role.GENERIC, false, p.needsArticle(), p.cased()));
      }
    }
    // a genitive form that is also a name of its own ("Homs" is not "Hom" + s) stays that name
    Set<String> names = new HashSet<>(senses.keySet());
    for (Pending g : genitives) {
      GazetteerEntry e = g.entry();
      Parsed p = parse(normalizer, g.alias(), true);
      if (!names.contains(p.canonical())) {
        put(registered, senses, p,
            new Sense(e, Sense.Role.NAME, true, p.needsArticle(), p.cased()));
      }
    }
    PhraseMatcher.Builder<Group> b = PhraseMatcher.builder(normalizer);
    for (Map.Entry<String, String> r : registered.entrySet()) {
      b.add(r.getValue(), new Group(r.getKey(),
          Collections.unmodifiableList(dedupe(senses.get(r.getKey())))));
    }
    return new AliasIndex(b.build());
  }

  private static void put(Map<String, String> registered, Map<String, List<Sense>> senses,
      Parsed p, Sense s) {
    registered.putIfAbsent(p.canonical(), p.registered());
    senses.computeIfAbsent(p.canonical(), k -> new ArrayList<>()).add(s);
  }

  private static List<Sense> dedupe(List<Sense> in) {
    List<Sense> out = new ArrayList<>();
    for (Sense s : in) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Parses a PhraseMatcher pattern into the pattern to register (without {@code =} marks and
   * without a leading Arabic article), its grouping key and the sense's demands. With
   * {@code genitive} the last word gets an -s.
   */
  private static Parsed parse(NameNormalizer normalizer, String pattern, boolean genitive) {
    List<Word> words = new ArrayList<>();
    for (String raw : pattern.trim().split("\\s+")) {
      if (raw.isEmpty()) {
        continue;
      }
      String w = raw;
      boolean cased = false;
      String prefix = "";
      if (w.startsWith("=")) {
        cased = true;
        w = w.substring(1);
      } else if (w.startsWith("~")) {
        prefix = "~";
        w = w.substring(1);
      }
      boolean star = w.endsWith("*");
      if (star) {
        w = w.substring(0, w.length() - 1);
      }
      List<String> texts = new ArrayList<>();
      for (Piece p : Piece.split(w)) {
        texts.add(p.text());
      }
      if (texts.isEmpty()) {
        throw new IllegalArgumentException("pattern word '" + raw + "' has no letters or digits");
      }
      words.add(new Word(prefix, texts, cased, star));
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
    Word last = words.get(words.size() - 1);
    String lastText = last.pieceTexts().get(last.pieceTexts().size() - 1);
    String lastKey = normalizer.key(lastText);
    boolean genitiveCapable = !last.star() && last.prefix().isEmpty()
        && Character.isLetter(lastText.charAt(lastText.length() - 1))
        && !lastKey.isEmpty() && "sxz".indexOf(lastKey.charAt(lastKey.length() - 1)) < 0;
    if (genitive) {
      List<String> texts = new ArrayList<>(last.pieceTexts());
      texts.set(texts.size() - 1, lastText + "s");
      words.set(words.size() - 1, new Word(last.prefix(), texts, last.cased(), false));
    }
    // a leading Arabic article is demanded of the text instead of matched
    boolean needsArticle = false;
    Word first = words.get(0);
    int pieceCount = 0;
    for (Word w : words) {
      pieceCount += w.pieceTexts().size();
    }
    if (!first.cased() && first.prefix().isEmpty() && pieceCount > 1
        && !(first.star() && first.pieceTexts().size() == 1)
        && Gazetteer.ARABIC_ARTICLES.contains(normalizer.key(first.pieceTexts().get(0)))) {
      needsArticle = true;
      if (first.pieceTexts().size() == 1) {
        words.remove(0);
      } else {
        words.set(0, new Word(first.prefix(), first.pieceTexts().subList(1,
            first.pieceTexts().size()), first.cased(), first.star()));
      }
    }
    StringBuilder reg = new StringBuilder();
    StringBuilder canon = new StringBuilder();
    List<@Nullable String> cased = new ArrayList<>();
    boolean anyCased = false;
    for (Word w : words) {
      if (reg.length() > 0) {
        reg.append(' ');
        canon.append(' ');
      }
      reg.append(w.prefix()).append(String.join("-", w.pieceTexts())).append(w.star() ? "*" : "");
      List<String> keys = new ArrayList<>();
      for (String t : w.pieceTexts()) {
        keys.add(normalizer.key(t));
        cased.add(w.cased() ? strip(t) : null);
        anyCased |= w.cased();
      }
      canon.append(w.prefix()).append(String.join(" ", keys)).append(w.star() ? "*" : "");
    }
    return new Parsed(reg.toString(), canon.toString(), needsArticle, anyCased ? cased : null,
        genitiveCapable);
  }

  /** A piece's spelling as {@code =Cased} patterns compare it: no apostrophes, no dots. */
  static String strip(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!NameNormalizer.isApostrophe(c) && c != '.') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
