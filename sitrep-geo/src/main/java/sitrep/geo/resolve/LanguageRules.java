package sitrep.geo.resolve;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.geo.gazetteer.InstallationType;
import sitrep.model.resource.ResourceException;
import sitrep.model.resource.Tsv;
import sitrep.nlp.text.NameNormalizer;
import sitrep.nlp.text.PhraseMatcher;

/**
 * What the toponym finder knows about one language, loaded from {@code sitrep/geo/<lang>/}:
 * relative-location phrases ({@code relations.tsv}), generic nouns ({@code nouns.tsv}), metonymy
 * cues ({@code metonymy.tsv}), word classes ({@code words.tsv}) and settings
 * ({@code language.tsv}). Adding a language means adding these files and a line in
 * {@code sitrep/geo/languages.tsv}; no code changes. Immutable once loaded.
 */
final class LanguageRules {
  static final String LANGUAGES = "sitrep/geo/languages.tsv";
  /** Words inside place names in any language ("Rio de Janeiro", "Dar es Salaam"). */
  static final Set<String> CONNECTORS = Set.of("de", "da", "do", "das", "dos", "del", "della",
      "di", "du", "des", "la", "le", "les", "los", "el", "al", "ar", "as", "ash", "ad", "az", "an",
      "at", "es", "en", "y", "e", "i", "sur", "sous", "am", "im", "der", "bei", "ob", "upon",
      "on", "of", "the", "and", "aan", "van", "von", "zu", "zum", "ibn", "bin", "bint", "ben",
      "ul", "um", "wa", "dei", "degli", "d", "l");

  final String language;
  /** A genitive -s without apostrophe marks a possessive ("Teherans"); else only "'s" does. */
  final boolean possessiveSuffix;
  /** All nouns are capitalized, so capitalization is no evidence for a name. */
  final boolean nounsCapitalized;
  /** Running text uses the language's own names for foreign towns ("Mailand"): alternate names
   *  of the world index are as good as the towns' own names. */
  final boolean exonyms;
  final Set<String> articles;
  final Set<String> locatives;
  final Set<String> common;
  /** Lower-case words inside place names ("de", "of", "upon", "al"). */
  final Set<String> connectors;
  /** Titles before a person's name ("President", "Senator"): the name after one is no place. */
  final Set<String> titles;
  /** Second parts of compounds that say where ("Berlin-based"): the name stays a place. */
  final Set<String> placeSuffixes;
  /** Ordinary words that are also names of small places ({@code stopnames.tsv}). */
  final Set<String> stopNames;
  /** Names of people, months, organisations ({@code notname} in {@code words.tsv}). */
  final Set<String> notNames;
  /** Proper names that are also names of towns ({@code namelike.tsv}): need support. */
  final Set<String> nameLike;
  final PhraseMatcher<String> relations;
  final PhraseMatcher<Noun> nouns;
  final PhraseMatcher<Noun> anaphors;
  final PhraseMatcher<String> metonymyAfter;
  final PhraseMatcher<String> metonymyBefore;
  /** Demonyms to the country code they name ("Russian" → RU), from {@code demonyms.tsv}. */
  final PhraseMatcher<String> demonyms;
  /** Words after a capital's possessive that keep it a place ("Bagdads Innenstadt"). */
  final PhraseMatcher<String> literalAfterPossessive;

  private LanguageRules(String language, boolean possessiveSuffix, boolean nounsCapitalized,
      boolean exonyms,
      Set<String> articles, Set<String> locatives, Set<String> common, Set<String> connectors,
      Set<String> titles, Set<String> placeSuffixes, Set<String> stopNames, Set<String> notNames, Set<String> nameLike,
      PhraseMatcher<String> relations, PhraseMatcher<Noun> nouns, PhraseMatcher<Noun> anaphors,
      PhraseMatcher<String> metonymyAfter, PhraseMatcher<String> metonymyBefore,
      PhraseMatcher<String> literalAfterPossessive, PhraseMatcher<String> demonyms) {
    this.language = language;
    this.possessiveSuffix = possessiveSuffix;
    this.nounsCapitalized = nounsCapitalized;
    this.exonyms = exonyms;
    this.articles = Set.copyOf(articles);
    this.locatives = Set.copyOf(locatives);
    this.common = Set.copyOf(common);
    this.connectors = Set.copyOf(connectors);
    this.titles = Set.copyOf(titles);
    this.placeSuffixes = Set.copyOf(placeSuffixes);
    this.stopNames = Set.copyOf(stopNames);
    this.notNames = Set.copyOf(notNames);
    this.nameLike = Set.copyOf(nameLike);
    this.relations = relations;
    this.nouns = nouns;
    this.anaphors = anaphors;
    this.metonymyAfter = metonymyAfter;
    this.metonymyBefore = metonymyBefore;
    this.literalAfterPossessive = literalAfterPossessive;
    this.demonyms = demonyms;
  }

  /** The languages with bundled rules, from {@code sitrep/geo/languages.tsv}. */
  static List<String> bundledLanguages() {
    List<String> out = new ArrayList<>();
    for (Tsv.Row row : Tsv.read(LANGUAGES)) {
      String lang = row.get(0).trim();
      if (!lang.matches("[a-z]{2,3}")) {
        throw row.error("not an ISO 639 language code: '" + lang + "'");
      }
      out.add(lang);
    }
    return out;
  }

  /** Rules for no particular language: names only, no cues. */
  static LanguageRules neutral(NameNormalizer normalizer) {
    return new LanguageRules("", false, false, true, Set.of(), Set.of(), Set.of(), CONNECTORS,
        Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
        PhraseMatcher.<String>builder(normalizer).build(),
        PhraseMatcher.<Noun>builder(normalizer).build(),
        PhraseMatcher.<Noun>builder(normalizer).build(),
        PhraseMatcher.<String>builder(normalizer).build(),
        PhraseMatcher.<String>builder(normalizer).build(),
        PhraseMatcher.<String>builder(normalizer).build(),
        PhraseMatcher.<String>builder(normalizer).build());
  }

  /**
   * Loads the rules of a language.
   *
   * @throws ResourceException naming file and line when a file is malformed or missing
   */
  static LanguageRules load(String lang, NameNormalizer normalizer) {
    String dir = "sitrep/geo/" + lang + "/";
    boolean possessiveSuffix = false;
    boolean nounsCapitalized = false;
    boolean exonyms = false;
    for (Tsv.Row row : Tsv.read(dir + "language.tsv")) {
      String key = row.get(0).trim();
      String value = row.get(1).trim();
      switch (key) {
        case "possessive" -> {
          if (!value.equals("suffix") && !value.equals("apostrophe")) {
            throw row.error("possessive is 'suffix' or 'apostrophe', not '" + value + "'");
          }
          possessiveSuffix = value.equals("suffix");
        }
        case "nouns_capitalized" -> nounsCapitalized = bool(row, value);
        case "exonyms" -> exonyms = bool(row, value);
        default -> throw row.error("unknown setting '" + key + "'");
      }
    }

    Set<String> articles = new HashSet<>();
    Set<String> locatives = new HashSet<>();
    Set<String> common = new HashSet<>();
    Set<String> connectors = new HashSet<>(CONNECTORS);
    Set<String> titles = new HashSet<>();
    Set<String> placeSuffixes = new HashSet<>();
    Set<String> notNames = new HashSet<>();
    for (Tsv.Row row : Tsv.read(dir + "words.tsv")) {
      String cls = row.get(0).trim();
      String word = row.get(1).trim();
      List<String> keys = normalizer.keys(word);
      if (keys.size() != 1) {
        throw row.error("one word expected, not '" + word + "'");
      }
      switch (cls) {
        case "article" -> articles.add(keys.get(0));
        case "locative" -> locatives.add(keys.get(0));
        case "common" -> common.add(keys.get(0));
        case "connector" -> connectors.add(keys.get(0));
        case "title" -> titles.add(keys.get(0));
        case "notname" -> notNames.add(keys.get(0));
        case "placesuffix" -> placeSuffixes.add(keys.get(0));
        default -> throw row.error("unknown word class '" + cls + "'");
      }
    }
    Set<String> stopNames = words(dir + "stopnames.tsv", normalizer);
    Set<String> nameLike = words(dir + "namelike.tsv", normalizer);

    PhraseMatcher.Builder<String> relations = PhraseMatcher.builder(normalizer);
    for (Tsv.Row row : Tsv.read(dir + "relations.tsv")) {
      String label = row.get(1).trim();
      if (label.isEmpty()) {
        throw row.error("empty relation label");
      }
      add(relations, row, row.get(0), label);
    }

    PhraseMatcher.Builder<Noun> nouns = PhraseMatcher.builder(normalizer);
    PhraseMatcher.Builder<Noun> anaphors = PhraseMatcher.builder(normalizer);
    for (Tsv.Row row : Tsv.read(dir + "nouns.tsv")) {
      Noun.Position position = row.getEnum(1, Noun.Position.class);
      Noun.Kind kind = row.getEnum(2, Noun.Kind.class);
      Set<InstallationType> types = EnumSet.noneOf(InstallationType.class);
      String typeField = row.optional(3);
      if (typeField != null) {
        for (String t : typeField.split("\\|")) {
          try {
            types.add(InstallationType.valueOf(t.trim().toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            throw row.error("unknown installation type '" + t + "'");
          }
        }
      }
      if ((kind == Noun.Kind.INSTALLATION) == types.isEmpty()) {
        throw row.error("INSTALLATION nouns, and only they, list installation types");
      }
      String anaphorField = row.optional(4);
      Noun.Anaphor anaphor = anaphorField == null ? Noun.Anaphor.NONE
          : row.getEnum(4, Noun.Anaphor.class);
      if (anaphor != Noun.Anaphor.NONE && kind != Noun.Kind.INSTALLATION) {
        throw row.error("only INSTALLATION nouns can refer back to a site");
      }
      Noun noun = new Noun(kind, position, types, anaphor, row.get(0).trim());
      add(nouns, row, row.get(0), noun);
      if (anaphor != Noun.Anaphor.NONE) {
        add(anaphors, row, row.get(0), noun);
      }
    }

    PhraseMatcher.Builder<String> after = PhraseMatcher.builder(normalizer);
    PhraseMatcher.Builder<String> before = PhraseMatcher.builder(normalizer);
    PhraseMatcher.Builder<String> literal = PhraseMatcher.builder(normalizer);
    for (Tsv.Row row : Tsv.read(dir + "metonymy.tsv")) {
      String position = row.get(0).trim();
      switch (position) {
        case "after" -> add(after, row, row.get(1), row.get(1).trim());
        case "before" -> add(before, row, row.get(1), row.get(1).trim());
        case "literal" -> add(literal, row, row.get(1), row.get(1).trim());
        default -> throw row.error("position is 'after', 'before' or 'literal', not '" + position
            + "'");
      }
    }
    PhraseMatcher.Builder<String> demonyms = PhraseMatcher.builder(normalizer);
    List<Tsv.Row> dem = Tsv.readOptional(dir + "demonyms.tsv");
    for (Tsv.Row row : dem == null ? List.<Tsv.Row>of() : dem) {
      String cc = row.get(1).trim();
      if (!cc.matches("[A-Z]{2}")) {
        throw row.error("not an ISO 3166-1 alpha-2 code: '" + cc + "'");
      }
      add(demonyms, row, "=" + row.get(0).trim().replace(" ", " ="), cc);
    }
    return new LanguageRules(lang, possessiveSuffix, nounsCapitalized, exonyms, articles, locatives,
        common, connectors, titles, placeSuffixes, stopNames, notNames, nameLike, relations.build(), nouns.build(), anaphors.build(),
        after.build(), before.build(), literal.build(), demonyms.build());
  }

  /** One word a line, keyed; an absent file is an empty set. */
  private static Set<String> words(String resource, NameNormalizer normalizer) {
    Set<String> out = new HashSet<>();
    List<Tsv.Row> rows = Tsv.readOptional(resource);
    for (Tsv.Row row : rows == null ? List.<Tsv.Row>of() : rows) {
      List<String> keys = normalizer.keys(row.get(0));
      if (keys.size() != 1) {
        throw row.error("one word expected, not '" + row.get(0) + "'");
      }
      out.add(keys.get(0));
    }
    return out;
  }

  private static boolean bool(Tsv.Row row, String value) {
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw row.error("'true' or 'false' expected, not '" + value + "'");
    };
  }

  private static <V> void add(PhraseMatcher.Builder<V> b, Tsv.Row row, String pattern, V value) {
    try {
      b.add(pattern, value);
    } catch (IllegalArgumentException e) {
      throw row.error("bad pattern '" + pattern + "': " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "LanguageRules[" + language + "]";
  }

  static @Nullable String normalizeCode(@Nullable String language) {
    if (language == null) {
      return null;
    }
    String l = language.trim().toLowerCase(Locale.ROOT);
    int dash = l.indexOf('-');
    if (dash < 0) {
      dash = l.indexOf('_');
    }
    if (dash > 0) {
      l = l.substring(0, dash);
    }
    return l.matches("[a-z]{2,3}") ? l : null;
  }
}
