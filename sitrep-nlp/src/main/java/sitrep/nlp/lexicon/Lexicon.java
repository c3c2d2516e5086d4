package sitrep.nlp.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sitrep.model.ActorKind;
import sitrep.model.CueType;
import sitrep.model.TriggerClass;
import sitrep.model.WeaponClass;
import sitrep.model.resource.Tsv;
import sitrep.nlp.text.NameNormalizer;
import sitrep.nlp.text.PhraseMatcher;

/**
 * The word knowledge of one language: phrase matchers for actors, demonyms, weapons, triggers, cues
 * and number words. Global tables ({@code actors.tsv}, {@code weapons.tsv},
 * {@code actor-aliases.tsv}) are shared by all languages; the rest comes from
 * {@code sitrep/nlp/<lang>/}. A language without files gets the global aliases only, so adding a
 * language is a data change. Immutable, loaded once per language, shared by all threads.
 */
public final class Lexicon {
  private static final String BASE = "sitrep/nlp/";
  private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();
  private static volatile Map<String, Actor> actors;
  private static volatile Map<String, Weapon> weapons;

  /** A weapon or equipment type from {@code weapons.tsv}. */
  public record Weapon(String id, WeaponClass weaponClass, String name) {}

  /** A trigger word's meaning. */
  public record Trigger(TriggerClass trigger, boolean verbal) {}

  /**
   * A number word: {@code hedge} marks words like "at least" that make the following number
   * approximate and have no value of their own.
   */
  public record NumberWord(long value, boolean approximate, boolean hedge) {}

  private final String language;
  private final PhraseMatcher<Actor> actorMatcher;
  private final PhraseMatcher<String> demonymMatcher;
  private final PhraseMatcher<Weapon> weaponMatcher;
  private final PhraseMatcher<Trigger> triggerMatcher;
  private final PhraseMatcher<CueType> cueMatcher;
  private final PhraseMatcher<NumberWord> numberMatcher;

  private Lexicon(String language) {
    this.language = language;
    NameNormalizer n = NameNormalizer.standard();
    Map<String, Actor> a = actors();
    Map<String, Weapon> w = weapons();
    PhraseMatcher.Builder<Actor> ab = PhraseMatcher.builder(n);
    load(BASE + "actor-aliases.tsv", true, row -> ab.add(row.get(0), ref(a, row, 1, "actor")));
    load(dir() + "actor-aliases.tsv", false, row -> ab.add(row.get(0), ref(a, row, 1, "actor")));
    actorMatcher = ab.build();
    PhraseMatcher.Builder<String> db = PhraseMatcher.builder(n);
    load(dir() + "demonyms.tsv", false, row -> db.add(row.get(0), countryCode(row, 1)));
    demonymMatcher = db.build();
    PhraseMatcher.Builder<Weapon> wb = PhraseMatcher.builder(n);
    load(dir() + "weapon-aliases.tsv", false, row -> wb.add(row.get(0), ref(w, row, 1, "weapon")));
    weaponMatcher = wb.build();
    PhraseMatcher.Builder<Trigger> tb = PhraseMatcher.builder(n);
    load(dir() + "triggers.tsv", false, row -> tb.add(row.get(0),
        new Trigger(row.getEnum(1, TriggerClass.class), verbal(row))));
    triggerMatcher = tb.build();
    PhraseMatcher.Builder<CueType> cb = PhraseMatcher.builder(n);
    load(dir() + "cues.tsv", false, row -> cb.add(row.get(0), row.getEnum(1, CueType.class)));
    cueMatcher = cb.build();
    PhraseMatcher.Builder<NumberWord> nb = PhraseMatcher.builder(n);
    load(dir() + "numbers.tsv", false, row -> nb.add(row.get(0), numberWord(row)));
    numberMatcher = nb.build();
  }

  /** Languages with lexicon files, from {@code sitrep/nlp/languages.tsv}. */
  public static List<String> languages() {
    return Tsv.read(BASE + "languages.tsv").stream().map(r -> r.get(0).trim()).toList();
  }

  /** The lexicon of a language (ISO 639-1), loaded on first use. */
  public static Lexicon forLanguage(String language) {
    return LOADED.computeIfAbsent(language, Lexicon::new);
  }

  /** All canonical actors by id. */
  public static Map<String, Actor> actors() {
    Map<String, Actor> m = actors;
    if (m == null) {
      synchronized (Lexicon.class) {
        if (actors == null) {
          Map<String, Actor> out = new HashMap<>();
          for (Tsv.Row r : Tsv.read(BASE + "actors.tsv")) {
            String mode = r.get(5).trim();
            if (!mode.equals("AIR") && !mode.equals("-")) {
              throw r.error("strike mode must be AIR or -: '" + mode + "'");
            }
            int inter = r.getInt(3);
            if (inter < 0 || inter > 8) {
              throw r.error("inter code must be 0..8 (0 for monitors): " + inter);
            }
            String code = r.optional(2);
            if (code != null && !code.matches("[A-Z]{2}")) {
              throw r.error("country must be an ISO 3166-1 alpha-2 code or -: '" + code + "'");
            }
            Actor actor = new Actor(r.get(0).trim(), r.get(1).trim(), code, inter,
                r.getEnum(4, ActorKind.class), mode.equals("AIR"), r.get(6).trim());
            if (out.put(actor.id(), actor) != null) {
              throw r.error("duplicate actor id '" + actor.id() + "'");
            }
          }
          actors = Map.copyOf(out);
        }
        m = actors;
      }
    }
    return m;
  }

  /** All weapon and equipment types by id. */
  public static Map<String, Weapon> weapons() {
    Map<String, Weapon> m = weapons;
    if (m == null) {
      synchronized (Lexicon.class) {
        if (weapons == null) {
          Map<String, Weapon> out = new HashMap<>();
          for (Tsv.Row r : Tsv.read(BASE + "weapons.tsv")) {
            Weapon weapon = new Weapon(r.get(0).trim(), r.getEnum(1, WeaponClass.class),
                r.get(2).trim());
            if (out.put(weapon.id(), weapon) != null) {
              throw r.error("duplicate weapon id '" + weapon.id() + "'");
            }
          }
          weapons = Map.copyOf(out);
        }
        m = weapons;
      }
    }
    return m;
  }

  public String language() {
    return language;
  }

  public PhraseMatcher<Actor> actorMatcher() {
    return actorMatcher;
  }

  public PhraseMatcher<String> demonymMatcher() {
    return demonymMatcher;
  }

  public PhraseMatcher<Weapon> weaponMatcher() {
    return weaponMatcher;
  }

  public PhraseMatcher<Trigger> triggerMatcher() {
    return triggerMatcher;
  }

  public PhraseMatcher<CueType> cueMatcher() {
    return cueMatcher;
  }

  public PhraseMatcher<NumberWord> numberMatcher() {
    return numberMatcher;
  }

  private String dir() {
    return BASE + language + "/";
  }

  private interface RowLoader {
    void load(Tsv.Row row);
  }

  private static void load(String resource, boolean required, RowLoader loader) {
    List<Tsv.Row> rows = required ? Tsv.read(resource) : Tsv.readOptional(resource);
    if (rows == null) {
      return;
    }
    for (Tsv.Row row : rows) {
      try {
        loader.load(row);
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
  }

  private static <T> T ref(Map<String, T> table, Tsv.Row row, int field, String what) {
    String id = row.get(field).trim();
    T value = table.get(id);
    if (value == null) {
      throw row.error("unknown " + what + " id '" + id + "'");
    }
    return value;
  }

  private static String countryCode(Tsv.Row row, int field) {
    String code = row.get(field).trim();
    if (!code.matches("[A-Z]{2}")) {
      throw row.error("not an ISO 3166-1 alpha-2 code: '" + code + "'");
    }
    return code;
  }

  private static boolean verbal(Tsv.Row row) {
    String v = row.get(2).trim();
    if (!v.equals("n") && !v.equals("v")) {
      throw row.error("third field must be n (noun) or v (verb): '" + v + "'");
    }
    return v.equals("v");
  }

  private static NumberWord numberWord(Tsv.Row row) {
    String kind = row.get(2).trim();
    return switch (kind) {
      case "exact" -> new NumberWord(row.getInt(1), false, false);
      case "approx" -> new NumberWord(row.getInt(1), true, false);
      case "hedge" -> new NumberWord(0, true, true);
      default -> throw row.error("third field must be exact, approx or hedge: '" + kind + "'");
    };
  }
}
