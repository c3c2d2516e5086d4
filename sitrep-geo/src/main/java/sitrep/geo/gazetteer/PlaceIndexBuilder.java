package sitrep.geo.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import sitrep.nlp.text.NameNormalizer;

/** Collects places and their names and packs them into a {@link PlaceIndex}. Not thread-safe. */
final class PlaceIndexBuilder {
  private record Row(int id, String name, float lat, float lon, int pop, String cc, String feature,
      @Nullable String admin1, int names, Set<String> keys) {}

  private final String source;
  private final NameNormalizer normalizer;
  private final List<Row> rows = new ArrayList<>();

  PlaceIndexBuilder(String source, NameNormalizer normalizer) {
    this.source = source;
    this.normalizer = normalizer;
  }

  int size() {
    return rows.size();
  }

  /**
   * Adds a place under its display name, its own names ({@code names}: name and ASCII name) and
   * its alternate names (raw spellings); {@code nameCount} is how many alternate names GeoNames
   * lists for it, kept or not (a measure of how widely the place is known).
   */
  void add(long id, String name, List<String> names, List<String> alternates, double lat,
      double lon, long pop, String cc, String feature, @Nullable String admin1, int nameCount) {
    Set<String> keys = new LinkedHashSet<>();
    Set<String> own = new java.util.HashSet<>();
    for (int pass = 0; pass < 2; pass++) {
      for (String n : pass == 0 ? names : alternates) {
        List<String> k = normalizer.keys(n);
        if (k.isEmpty() || k.size() > 8) {
          continue;
        }
        List<String> variants = new ArrayList<>(2);
        variants.add(String.join(" ", k));
        if (k.size() > 1 && Gazetteer.ARABIC_ARTICLES.contains(k.get(0))) {
          // "\u0001" marks a key the text must precede with an article
          variants.add("\u0001" + String.join(" ", k.subList(1, k.size())));
        }
        for (String v : variants) {
          if (pass == 0) {
            own.add(v);
            own.add(abbreviated(v));
            keys.add(v);
          } else if (own.contains(v)) {
            // "St. Petersburg" among the alternates of Saint Petersburg: as good as the name
            keys.add(v);
          } else {
            // "\u0002" marks a key that is only an alternate name; the first words of the own
            // name ("New York" of "New York City") are as good as the name
            boolean head = false;
            for (String o : own) {
              head |= o.startsWith(v + " ");
            }
            keys.add(head ? v : "\u0002" + v);
          }
        }
      }
    }
    rows.add(new Row((int) id, name, (float) lat, (float) lon, (int) Math.min(pop,
        Integer.MAX_VALUE), cc, feature, admin1, nameCount, keys));
  }

  /** "saint petersburg" as "st petersburg": an abbreviated own name is no alternate name. */
  private static String abbreviated(String key) {
    for (String[] a : ABBREVIATIONS) {
      if (key.startsWith(a[0])) {
        return a[1] + key.substring(a[0].length());
      }
    }
    return key;
  }

  private static final String[][] ABBREVIATIONS = {{"saint ", "st "}, {"sankt ", "st "},
      {"sainte ", "ste "}, {"mount ", "mt "}, {"fort ", "ft "}, {"port ", "pt "}};

  PlaceIndex build() {
    rows.sort((a, b) -> Integer.compare(a.id(), b.id()));
    int n = rows.size();
    Map<String, Integer> countries = new LinkedHashMap<>();
    Map<String, Integer> features = new LinkedHashMap<>();
    Map<String, Integer> admins = new LinkedHashMap<>();
    int[] ids = new int[n];
    float[] la = new float[n];
    float[] lo = new float[n];
    int[] pop = new int[n];
    short[] cc = new short[n];
    byte[] fc = new byte[n];
    int[] a1 = new int[n];
    byte[] known = new byte[n];
    int[] nameOff = new int[n + 1];
    StringBuilder names = new StringBuilder();
    Map<String, List<Integer>> postings = new HashMap<>();
    int last = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      if (r.id() == last) {
        throw new IllegalArgumentException("GeoNames id " + r.id() + " is listed twice");
      }
      last = r.id();
      ids[i] = r.id();
      la[i] = r.lat();
      lo[i] = r.lon();
      pop[i] = r.pop();
      cc[i] = (short) (int) countries.computeIfAbsent(r.cc(), k -> countries.size());
      int f = features.computeIfAbsent(r.feature(), k -> features.size());
      if (f > 127) {
        throw new IllegalArgumentException("more than 128 feature codes");
      }
      fc[i] = (byte) f;
      a1[i] = r.admin1() == null ? -1 : admins.computeIfAbsent(r.admin1(), k -> admins.size());
      known[i] = (byte) Math.min(r.names(), PlaceIndex.MAX_NAME_COUNT);
      nameOff[i] = names.length();
      names.append(r.name());
      for (String k : r.keys()) {
        int alt = 0;
        if (k.charAt(0) == '\u0002') {
          alt = PlaceIndex.ALTERNATE;
          k = k.substring(1);
        }
        boolean article = k.charAt(0) == '\u0001';
        String key = article ? k.substring(1) : k;
        Integer plain = (i << PlaceIndex.FLAG_BITS) | alt;
        Integer withArticle = plain | PlaceIndex.NEEDS_ARTICLE;
        List<Integer> list = postings.computeIfAbsent(key, x -> new ArrayList<>(1));
        // a place named both with and without the article keeps the plain posting only
        if (article) {
          if (!list.contains(plain) && !list.contains(withArticle)) {
            list.add(withArticle);
          }
        } else {
          list.remove(withArticle);
          if (!list.contains(plain)) {
            list.add(plain);
          }
        }
      }
    }
    nameOff[n] = names.length();
    // every first word of a longer name is a key too, so matching can start from it
    Map<String, Integer> longest = new HashMap<>();
    for (String k : postings.keySet()) {
      int sp = k.indexOf(' ');
      String first = sp < 0 ? k : k.substring(0, sp);
      int words = sp < 0 ? 1 : k.split(" ").length;
      longest.merge(first, words, Math::max);
    }
    for (String first : longest.keySet()) {
      postings.computeIfAbsent(first, x -> new ArrayList<>(0));
    }
    String[] keyList = postings.keySet().toArray(new String[0]);
    Arrays.sort(keyList);
    int k = keyList.length;
    int[] keyOff = new int[k + 1];
    int[] postStart = new int[k + 1];
    byte[] maxWords = new byte[k];
    StringBuilder keys = new StringBuilder();
    int total = 0;
    for (String key : keyList) {
      total += postings.get(key).size();
    }
    int[] post = new int[total];
    int at = 0;
    for (int i = 0; i < k; i++) {
      keyOff[i] = keys.length();
      keys.append(keyList[i]);
      postStart[i] = at;
      for (int p : postings.get(keyList[i])) {
        post[at++] = p;
      }
      maxWords[i] = (byte) (int) longest.getOrDefault(keyList[i], 0);
    }
    keyOff[k] = keys.length();
    postStart[k] = at;
    return new PlaceIndex(source, PlaceIndex.fingerprint(normalizer), ids, la, lo, pop, cc, fc, a1,
        known, names.toString(), nameOff, countries.keySet().toArray(new String[0]),
        features.keySet().toArray(new String[0]), admins.keySet().toArray(new String[0]),
        keys.toString(), keyOff, postStart, post, maxWords);
  }
}
