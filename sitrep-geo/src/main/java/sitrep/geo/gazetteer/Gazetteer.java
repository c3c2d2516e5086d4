package sitrep.geo.gazetteer;

import java.util.ArrayList;
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

  private Gazetteer(NameNormalizer normalizer, List<Country> countries,
      List<GazetteerEntry> entries) {
    this.normalizer = normalizer;
    this.entries = List.copyOf(entries);
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
  }

  /** The bundled gazetteer, loaded and validated on first use. */
  public static Gazetteer standard() {
    Gazetteer g = standard;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = standard;
        if (g == null) {
          g = of(new BundledGazetteerSource());
          standard = g;
        }
      }
    }
    return g;
  }

  /**
   * Loads, merges and validates the data of the given sources (later sources add entries; an id
   * given twice is an error).
   *
   * @throws ResourceException naming the file and line of the first problem
   */
  public static Gazetteer of(GazetteerSource... sources) {
    List<Country> countries = new ArrayList<>();
    List<GazetteerEntry> entries = new ArrayList<>();
    for (GazetteerSource s : sources) {
      GazetteerData d = s.read();
      countries.addAll(d.countries());
      entries.addAll(d.entries());
    }
    NameNormalizer normalizer = NameNormalizer.standard();
    validate(normalizer, countries, entries);
    return new Gazetteer(normalizer, countries, entries);
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
        .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed())
        .thenComparing(GazetteerEntry::id));
    return out;
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

  public Optional<GazetteerEntry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Entries one of whose names equals {@code name} after normalization ("Deir Ezzor" finds
   * Deir ez-Zor, "al-Raqqa" finds Raqqa), countries first, then populated places by population,
   * then divisions, installations and regions. Installation cores count as names here.
   */
  public List<GazetteerEntry> lookup(String name) {
    Set<GazetteerEntry> found = new LinkedHashSet<>();
    for (String k : lookupKeys(normalizer, name)) {
      found.addAll(byName.getOrDefault(k, List.of()));
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
