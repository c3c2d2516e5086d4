package sitrep.geo.gazetteer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.ResourceException;
import sitrep.nlp.text.NameNormalizer;
import sitrep.nlp.text.PhraseMatcher;

/**
 * The loaded gazetteer: every entry by id and by name, the countries, and the installations by the
 * place they belong to. Immutable and thread-safe; {@link #standard()} loads the bundled data once.
 *
 * <p>This is also the lookup API other modules use: {@link #byId}, {@link #lookup},
 * {@link #installation}, {@link #countryName}, {@link #admin1Name} and {@link #distanceKm}.
 */
public final class Gazetteer {
  /** Kinds in the order a bare name prefers them: "Kuwait" the country, "Baghdad" the city. */
  public static final List<EntryKind> KIND_PREFERENCE = List.of(EntryKind.COUNTRY,
      EntryKind.PLACE, EntryKind.ADMIN1, EntryKind.INSTALLATION, EntryKind.REGION);

  /** Arabic article forms that may precede a name ("al-Omar", "Ar Raqqah", "ash-Shaddadi"). */
  public static final Set<String> ARABIC_ARTICLES =
      Set.of("al", "el", "ar", "as", "ash", "at", "ad", "az", "an", "ath", "adh");

  private static volatile @Nullable Gazetteer standard;

  private final NameNormalizer normalizer;
  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byId;
  private final Map<String, Country> countries;
  private final Map<String, List<GazetteerEntry>> byName;
  private final Map<String, List<GazetteerEntry>> sitesByAnchor;
  private final PlaceIndex places;
  /** Places of the index that a curated entry with the same GeoNames id replaces. */
  private final BitSet hidden;
  /** Summed population of the places in each country and division, by entry id. */
  private final Map<String, Long> summedPopulation;

  private Gazetteer(NameNormalizer normalizer, List<Country> countries,
      List<GazetteerEntry> entries, PlaceIndex places) {
    this.normalizer = normalizer;
    this.entries = List.copyOf(entries);
    this.places = places;
    Map<String, Country> cs = new LinkedHashMap<>();
    for (Country c : countries) {
      cs.put(c.code(), c);
    }
    this.countries = Collections.unmodifiableMap(cs);
    Map<String, GazetteerEntry> ids = new LinkedHashMap<>();
    Map<String, List<GazetteerEntry>> names = new HashMap<>();
    Map<String, List<GazetteerEntry>> anchors = new HashMap<>();
    for (GazetteerEntry e : entries) {
      ids.put(e.id(), e);
      Set<String> keys = new HashSet<>();
      for (String pattern : allNames(e)) {
        keys.addAll(lookupKeys(normalizer, pattern));
      }
      for (String k : keys) {
        names.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
      }
      if (e.anchor() != null && e.isInstallation()) {
        anchors.computeIfAbsent(e.anchor(), x -> new ArrayList<>()).add(e);
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    names.replaceAll((k, v) -> List.copyOf(ranked(v)));
    this.byName = Map.copyOf(names);
    anchors.replaceAll((k, v) -> List.copyOf(v));
    this.sitesByAnchor = Map.copyOf(anchors);
    this.hidden = new BitSet(places.size());
    Map<String, Long> sums = new HashMap<>();
    for (GazetteerEntry e : entries) {
      if (e.geonamesId() != null) {
        int i = places.indexOf(e.geonamesId());
        if (i >= 0) {
          hidden.set(i);
        }
      }
      if (e.kind() == EntryKind.PLACE) {
        sums.merge(e.countryCode(), e.population(), Long::sum);
        if (e.admin1Code() != null) {
          sums.merge(e.countryCode() + "." + e.admin1Code(), e.population(), Long::sum);
        }
      }
    }
    for (int i = 0; i < places.size(); i++) {
      if (!hidden.get(i)) {
        String cc = places.countryCode(i);
        sums.merge(cc, places.population(i), Long::sum);
        String a1 = places.admin1Code(i);
        if (a1 != null) {
          sums.merge(cc + "." + a1, places.population(i), Long::sum);
        }
      }
    }
    this.summedPopulation = Map.copyOf(sums);
  }

  /**
   * The bundled gazetteer, loaded and validated on first use: the curated tables and the world
   * index ({@link WorldGazetteerSource#configured()}: cities500 as bundled, or the folder named by
   * {@code -Dsitrep.gazetteer} / {@code SITREP_GAZETTEER}).
   */
  public static Gazetteer standard() {
    Gazetteer g = standard;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = standard;
        if (g == null) {
          g = of(new BundledGazetteerSource(), WorldGazetteerSource.configured());
          standard = g;
        }
      }
    }
    return g;
  }

  /** The curated tables only, without the world index (tests, small tools). */
  public static Gazetteer curated() {
    return of(new BundledGazetteerSource());
  }

  /**
   * Loads, merges and validates the data of the given sources. Primary sources add entries (an id
   * given twice is an error); a {@linkplain GazetteerData#secondary() secondary} source yields to
   * what the sources before it have. At most one source may bring a place index.
   *
   * @throws ResourceException naming the file and line of the first problem
   */
  public static Gazetteer of(GazetteerSource... sources) {
    NameNormalizer normalizer = NameNormalizer.standard();
    List<Country> countries = new ArrayList<>();
    List<GazetteerEntry> entries = new ArrayList<>();
    PlaceIndex index = null;
    for (GazetteerSource s : sources) {
      GazetteerData d = s.read();
      if (d.places() != null) {
        if (index != null) {
          throw new ResourceException(s.describe() + ": a second place index (only one can be "
              + "loaded)");
        }
        index = d.places();
      }
      if (!d.secondary()) {
        countries.addAll(d.countries());
        entries.addAll(d.entries());
      } else {
        mergeSecondary(normalizer, countries, entries, d);
      }
    }
    validate(normalizer, countries, entries);
    return new Gazetteer(normalizer, countries, entries, index == null ? PlaceIndex.empty() : index);
  }

  private static void mergeSecondary(NameNormalizer normalizer, List<Country> countries,
      List<GazetteerEntry> entries, GazetteerData d) {
    Map<String, Integer> countryAt = new HashMap<>();
    for (int i = 0; i < countries.size(); i++) {
      countryAt.put(countries.get(i).code(), i);
    }
    Map<String, Integer> entryAt = new HashMap<>();
    Set<Long> geonames = new HashSet<>();
    Set<String> withAdmin1 = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      GazetteerEntry e = entries.get(i);
      entryAt.put(e.id(), i);
      if (e.geonamesId() != null) {
        geonames.add(e.geonamesId());
      }
      if (e.kind() == EntryKind.ADMIN1) {
        withAdmin1.add(e.countryCode());
      }
    }
    Set<String> merged = new HashSet<>();
    for (Country c : d.countries()) {
      Integer at = countryAt.get(c.code());
      if (at == null) {
        countries.add(c);
        continue;
      }
      Country mine = countries.get(at);
      Set<String> keys = new HashSet<>();
      List<String> aliases = new ArrayList<>(mine.aliases());
      for (String a : allCountryNames(mine)) {
        keys.add(normalizer.phraseKey(a.replace("=", "")));
      }
      for (String a : c.aliases()) {
        if (keys.add(normalizer.phraseKey(a.replace("=", "")))) {
          aliases.add(a);
        }
      }
      BoundingBox b = mine.bounds();
      BoundingBox o = c.bounds();
      BoundingBox union = new BoundingBox(Math.min(b.south(), o.south()),
          Math.min(b.west(), o.west()), Math.max(b.north(), o.north()), Math.max(b.east(), o.east()));
      Country m = new Country(mine.code(), mine.name(), mine.nameDe(),
          mine.geonamesId() != null ? mine.geonamesId() : c.geonamesId(), mine.point(), union,
          aliases, mine.origin());
      countries.set(at, m);
      Integer entry = entryAt.get(m.code());
      if (entry != null) {
        entries.set(entry, BundledGazetteerSource.countryEntry(m));
      }
      merged.add(c.code());
    }
    for (GazetteerEntry e : d.entries()) {
      if (e.kind() == EntryKind.COUNTRY && merged.contains(e.id())) {
        continue;
      }
      if (entryAt.containsKey(e.id())
          || (e.geonamesId() != null && geonames.contains(e.geonamesId()))
          || (e.kind() == EntryKind.ADMIN1 && withAdmin1.contains(e.countryCode()))) {
        continue;
      }
      entries.add(e);
    }
  }

  private static List<String> allCountryNames(Country c) {
    List<String> all = new ArrayList<>(c.aliases());
    all.add(c.name());
    all.add(c.nameDe());
    return all;
  }

  private static void validate(NameNormalizer normalizer, List<Country> countries,
      List<GazetteerEntry> entries) {
    Map<String, Country> byCode = new HashMap<>();
    for (Country c : countries) {
      if (byCode.put(c.code(), c) != null) {
        throw BundledGazetteerSource.problem(c.origin(), "country " + c.code()
            + " is listed twice");
      }
      if (!c.bounds().contains(c.point())) {
        throw BundledGazetteerSource.problem(c.origin(), "the point of " + c.code()
            + " lies outside its own bounding box");
      }
    }
    Map<String, GazetteerEntry> ids = new HashMap<>();
    Map<Long, GazetteerEntry> geonames = new HashMap<>();
    Set<String> withAdmin1 = new HashSet<>();
    for (GazetteerEntry e : entries) {
      GazetteerEntry before = ids.put(e.id(), e);
      if (before != null) {
        throw BundledGazetteerSource.problem(e.origin(), "id '" + e.id() + "' is already used at "
            + before.origin());
      }
      if (e.geonamesId() != null) {
        GazetteerEntry same = geonames.put(e.geonamesId(), e);
        if (same != null) {
          throw BundledGazetteerSource.problem(e.origin(), "GeoNames id " + e.geonamesId()
              + " is already used at " + same.origin());
        }
      }
      if (e.kind() == EntryKind.ADMIN1) {
        withAdmin1.add(e.countryCode());
        if (!e.id().equals(e.countryCode() + "." + e.admin1Code())) {
          throw BundledGazetteerSource.problem(e.origin(), "a division's id is country.admin1: "
              + e.countryCode() + "." + e.admin1Code());
        }
      }
    }
    PhraseMatcher.Builder<String> syntax = PhraseMatcher.builder(normalizer);
    for (GazetteerEntry e : entries) {
      boolean inside = false;
      for (String cc : e.countries()) {
        Country c = byCode.get(cc);
        if (c == null) {
          throw BundledGazetteerSource.problem(e.origin(), "unknown country " + cc
              + " (not in countries.tsv)");
        }
        inside |= c.bounds().contains(e.point());
      }
      if (!inside) {
        throw BundledGazetteerSource.problem(e.origin(), e.name() + " at " + e.latitude() + ", "
            + e.longitude() + " lies outside the bounding box of " + e.countries());
      }
      if (e.admin1Code() != null && e.kind() != EntryKind.ADMIN1
          && withAdmin1.contains(e.countryCode())
          && !ids.containsKey(e.countryCode() + "." + e.admin1Code())) {
        throw BundledGazetteerSource.problem(e.origin(), "unknown first-level division "
            + e.countryCode() + "." + e.admin1Code() + " (not in admin1.tsv)");
      }
      if (e.anchor() != null && !ids.containsKey(e.anchor())) {
        throw BundledGazetteerSource.problem(e.origin(), "unknown anchor '" + e.anchor() + "'");
      }
      if (e.isInstallation() != (e.installationType() != null)) {
        throw BundledGazetteerSource.problem(e.origin(), "only installations have a type");
      }
      if (e.holder() != null && !e.holder().matches("[a-z][a-z0-9_]*")) {
        throw BundledGazetteerSource.problem(e.origin(),
            "holder must be an actor id like usa_military: '" + e.holder() + "'");
      }
      if (e.precision() < 1 || e.precision() > 3) {
        throw BundledGazetteerSource.problem(e.origin(), "geo_precision must be 1, 2 or 3");
      }
      for (String pattern : allPatterns(e)) {
        try {
          syntax.add(pattern, e.id());
        } catch (IllegalArgumentException ex) {
          throw BundledGazetteerSource.problem(e.origin(), "bad name pattern '" + pattern + "': "
              + ex.getMessage());
        }
      }
    }
  }

  private static List<String> allPatterns(GazetteerEntry e) {
    List<String> all = new ArrayList<>(e.aliases());
    all.addAll(e.cores());
    all.addAll(e.generic());
    return all;
  }

  private static List<String> allNames(GazetteerEntry e) {
    List<String> all = new ArrayList<>(e.aliases());
    all.add(e.name());
    all.addAll(e.cores());
    return all;
  }

  /** Lookup keys of a pattern: its phrase key without syntax marks, and without an article. */
  private static List<String> lookupKeys(NameNormalizer normalizer, String pattern) {
    String plain = pattern.replace("=", "").replace("~", "").replace("*", "");
    List<String> keys = new ArrayList<>(normalizer.keys(plain));
    List<String> out = new ArrayList<>(2);
    if (keys.isEmpty()) {
      return out;
    }
    out.add(String.join(" ", keys));
    if (keys.size() > 1 && ARABIC_ARTICLES.contains(keys.get(0))) {
      out.add(String.join(" ", keys.subList(1, keys.size())));
    }
    return out;
  }

  private static List<GazetteerEntry> ranked(List<GazetteerEntry> list) {
    List<GazetteerEntry> out = new ArrayList<>(list);
    out.sort(Comparator.<GazetteerEntry>comparingInt(e -> KIND_PREFERENCE.indexOf(e.kind()))
        .thenComparingInt(e -> isWorld(e) ? 1 : 0)
        .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed())
        .thenComparing(GazetteerEntry::id));
    return out;
  }

  /** Whether an entry comes from the world index or its tables rather than a curated table. */
  public static boolean isWorld(GazetteerEntry e) {
    return e.origin().startsWith(WorldGazetteerSource.DIR) || e.origin().startsWith("GeoNames ");
  }

  public List<GazetteerEntry> entries() {
    return entries;
  }

  public List<Country> countries() {
    return List.copyOf(countries.values());
  }

  public List<GazetteerEntry> installations() {
    List<GazetteerEntry> out = new ArrayList<>();
    for (GazetteerEntry e : entries) {
      if (e.isInstallation()) {
        out.add(e);
      }
    }
    return out;
  }

  /** An entry by id; GeoNames places of the world index by {@code gn:<GeoNames id>}. */
  public Optional<GazetteerEntry> byId(String id) {
    GazetteerEntry e = byId.get(id);
    if (e == null && id.startsWith("gn:")) {
      try {
        int i = places.indexOf(Long.parseLong(id.substring(3)));
        if (i >= 0 && !hidden.get(i)) {
          e = places.entry(i);
        }
      } catch (NumberFormatException ignored) {
        // not a GeoNames id
      }
    }
    return Optional.ofNullable(e);
  }

  /**
   * The compact index of the world's populated places (empty for a gazetteer of curated tables
   * only). Its places are not among {@link #entries()}; {@link #lookup}, {@link #byId} and the
   * toponym finder see them.
   */
  public PlaceIndex places() {
    return places;
  }

  /** Whether a place of the index is replaced by a curated entry with the same GeoNames id. */
  public boolean hidden(int place) {
    return hidden.get(place);
  }

  /**
   * The population that makes an entry a likely referent: its own, or for a country or division
   * without one the sum of its populated places.
   */
  public long priorPopulation(GazetteerEntry e) {
    if (e.population() > 0) {
      return e.population();
    }
    return switch (e.kind()) {
      case COUNTRY -> summedPopulation.getOrDefault(e.countryCode(), 0L);
      case ADMIN1 -> summedPopulation.getOrDefault(e.id(), 0L);
      default -> 0L;
    };
  }

  /**
   * How many alternate names GeoNames lists for a populated place (0 for other entries and for
   * places the world index lacks): how widely the place is known, beyond its population.
   */
  public int nameCount(GazetteerEntry e) {
    if (e.kind() != EntryKind.PLACE || e.geonamesId() == null) {
      return 0;
    }
    int i = places.indexOf(e.geonamesId());
    return i < 0 ? 0 : places.nameCount(i);
  }

  /**
   * Entries one of whose names equals {@code name} after normalization ("Deir Ezzor" finds
   * Deir ez-Zor, "al-Raqqa" finds Raqqa), countries first, then populated places, then divisions,
   * installations and regions; within a kind the curated tables before the world index, then by
   * population. Installation cores count as names here.
   */
  public List<GazetteerEntry> lookup(String name) {
    Set<GazetteerEntry> found = new LinkedHashSet<>();
    for (String k : lookupKeys(normalizer, name)) {
      found.addAll(byName.getOrDefault(k, List.of()));
      for (int i : places.lookup(k)) {
        if (!hidden.get(i)) {
          found.add(places.entry(i));
        }
      }
    }
    return ranked(new ArrayList<>(found));
  }

  /** An installation by id ("ain-al-asad-air-base") or by one of its names ("Al Asad Airbase"). */
  public Optional<GazetteerEntry> installation(String idOrName) {
    GazetteerEntry e = byId.get(idOrName);
    if (e != null) {
      return e.isInstallation() ? Optional.of(e) : Optional.empty();
    }
    for (GazetteerEntry c : lookup(idOrName)) {
      if (c.isInstallation()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Installations that belong to a place (Qamishli airport to Qamishli), in file order. */
  public List<GazetteerEntry> sitesAnchoredAt(String placeId) {
    return sitesByAnchor.getOrDefault(placeId, List.of());
  }

  public Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  /** The English country name ACLED uses for an ISO 3166-1 alpha-2 code. */
  public Optional<String> countryName(String code) {
    Country c = countries.get(code);
    return c == null ? Optional.empty() : Optional.of(c.name());
  }

  /** The name of a first-level division by country and GeoNames admin1 code. */
  public Optional<String> admin1Name(String countryCode, String admin1Code) {
    GazetteerEntry e = byId.get(countryCode + "." + admin1Code);
    return e != null && e.kind() == EntryKind.ADMIN1 ? Optional.of(e.name()) : Optional.empty();
  }

  /** The name of the first-level division an entry lies in (its own name for a division). */
  public Optional<String> admin1Name(GazetteerEntry e) {
    if (e.kind() == EntryKind.ADMIN1) {
      return Optional.of(e.name());
    }
    String code = e.admin1Code();
    return code == null ? Optional.empty() : admin1Name(e.countryCode(), code);
  }

  /** Great-circle distance in kilometres between two entries. */
  public static double distanceKm(GazetteerEntry a, GazetteerEntry b) {
    return a.point().distanceKm(b.point());
  }

  /** Great-circle distance in kilometres between two positions in decimal degrees. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    return GeoPoint.distanceKm(lat1, lon1, lat2, lon2);
  }

  /** The normalizer the gazetteer keys its names with. */
  public NameNormalizer normalizer() {
    return normalizer;
  }
}
