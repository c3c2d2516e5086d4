package sitrep.geo.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.ResourceException;
import sitrep.nlp.text.NameNormalizer;

/**
 * The world's populated places in a few flat arrays: GeoNames id, position, population, country,
 * feature code, first-level division and display name per place, and every name key (the
 * {@link NameNormalizer} phrase key of a name, alternate name or exonym) with the places it names.
 * About 200,000 places and 600,000 keys cost some 40 MB of heap as arrays instead of millions of
 * objects; a {@link GazetteerEntry} is made only for a place that is asked for.
 *
 * <p>Written by {@link GeonamesImport}, read by {@link WorldGazetteerSource}. Immutable and
 * thread-safe once read.
 */
public final class PlaceIndex {
  static final String MAGIC = "sitrep-places";
  static final int VERSION = 3;
  /** Name counts are kept up to this (one unsigned byte). */
  static final int MAX_NAME_COUNT = 255;
  /** A posting's flag: the name began with an Arabic article the text must have. */
  public static final int NEEDS_ARTICLE = 1;
  /** A posting's flag: the name is only an alternate name of the place (not name or ASCII name). */
  public static final int ALTERNATE = 2;
  /** A posting is {@code place << FLAG_BITS | flags}. */
  public static final int FLAG_BITS = 2;

  private final String source;
  private final String fingerprint;
  private final int size;
  private final int[] geonamesId;
  private final float[] lat;
  private final float[] lon;
  private final int[] population;
  private final short[] country;
  private final byte[] feature;
  private final int[] admin1;
  /** How many alternate names GeoNames lists for the place, up to 255, as an unsigned byte. */
  private final byte[] nameCount;
  private final String names;
  private final int[] nameOff;
  private final String[] countryTable;
  private final String[] featureTable;
  private final String[] admin1Table;
  // name keys: blob + offsets, open-addressing hash, postings, longest phrase per first word
  private final String keys;
  private final int[] keyOff;
  private final int[] table;
  private final int[] postStart;
  private final int[] post;
  private final byte[] maxWords;
  /** Entries made so far; a race makes an equal entry twice, which is harmless. */
  private final GazetteerEntry[] made;

  PlaceIndex(String source, String fingerprint, int[] geonamesId, float[] lat, float[] lon,
      int[] population, short[] country, byte[] feature, int[] admin1, byte[] nameCount,
      String names, int[] nameOff, String[] countryTable, String[] featureTable, String[] admin1Table,
      String keys, int[] keyOff, int[] postStart, int[] post, byte[] maxWords) {
    this.source = source;
    this.fingerprint = fingerprint;
    this.size = geonamesId.length;
    this.geonamesId = geonamesId;
    this.lat = lat;
    this.lon = lon;
    this.population = population;
    this.country = country;
    this.feature = feature;
    this.admin1 = admin1;
    this.nameCount = nameCount;
    this.names = names;
    this.nameOff = nameOff;
    this.countryTable = countryTable;
    this.featureTable = featureTable;
    this.admin1Table = admin1Table;
    this.keys = keys;
    this.keyOff = keyOff;
    this.postStart = postStart;
    this.post = post;
    this.maxWords = maxWords;
    this.made = new GazetteerEntry[size];
    int k = keyOff.length - 1;
    int cap = Integer.highestOneBit(Math.max(4, k * 2)) << 1;
    this.table = new int[cap];
    for (int i = 0; i < k; i++) {
      int h = hash(keys, keyOff[i], keyOff[i + 1]) & (cap - 1);
      while (table[h] != 0) {
        h = (h + 1) & (cap - 1);
      }
      table[h] = i + 1;
    }
  }

  /** An index with no places. */
  public static PlaceIndex empty() {
    return new PlaceIndex("empty", "", new int[0], new float[0], new float[0], new int[0],
        new short[0], new byte[0], new int[0], new byte[0], "", new int[] {0}, new String[0], new String[0],
        new String[0], "", new int[] {0}, new int[] {0}, new int[0], new byte[0]);
  }

  public int size() {
    return size;
  }

  /** Where the places came from ("GeoNames cities500 …"). */
  public String source() {
    return source;
  }

  public long geonamesId(int i) {
    return geonamesId[i];
  }

  public double latitude(int i) {
    return lat[i];
  }

  public double longitude(int i) {
    return lon[i];
  }

  public long population(int i) {
    return population[i];
  }

  public String countryCode(int i) {
    return countryTable[country[i]];
  }

  public String feature(int i) {
    return featureTable[feature[i]];
  }

  public @Nullable String admin1Code(int i) {
    return admin1[i] < 0 ? null : admin1Table[admin1[i]];
  }

  /**
   * How many alternate names (other spellings, other languages) GeoNames lists for the place, up
   * to 255: Geneva in Switzerland has dozens, Geneva in Illinois a few.
   */
  public int nameCount(int i) {
    return nameCount[i] & 0xff;
  }

  public String name(int i) {
    return names.substring(nameOff[i], nameOff[i + 1]);
  }

  /** The place as a gazetteer entry, id {@code gn:<GeoNames id>}; made once, then kept. */
  public GazetteerEntry entry(int i) {
    GazetteerEntry e = made[i];
    if (e == null) {
      e = make(i);
      made[i] = e;
    }
    return e;
  }

  private GazetteerEntry make(int i) {
    String cc = countryCode(i);
    String name = name(i);
    return new GazetteerEntry("gn:" + geonamesId[i], EntryKind.PLACE, name, (long) geonamesId[i],
        new GeoPoint(lat[i], lon[i]), cc, List.of(cc), admin1Code(i), feature(i), population[i],
        null, null, 1, null, List.of(name), List.of(), List.of(), null,
        source + ": GeoNames " + geonamesId[i]);
  }

  /** The place with this GeoNames id, or -1. */
  public int indexOf(long id) {
    if (id > Integer.MAX_VALUE || id < 0) {
      return -1;
    }
    int at = Arrays.binarySearch(geonamesId, (int) id);
    return at >= 0 ? at : -1;
  }

  /** The key's number, or -1 when no name has it. */
  public int key(CharSequence phraseKey) {
    int cap = table.length;
    int h = hash(phraseKey, 0, phraseKey.length()) & (cap - 1);
    while (true) {
      int v = table[h];
      if (v == 0) {
        return -1;
      }
      int k = v - 1;
      if (equal(k, phraseKey)) {
        return k;
      }
      h = (h + 1) & (cap - 1);
    }
  }

  /** The most words of any name whose first word has this key (0 when there is none). */
  public int maxWords(int key) {
    return maxWords[key];
  }

  /**
   * The places a key names, as postings: {@code place << FLAG_BITS}, plus {@link #NEEDS_ARTICLE}
   * when the name had an Arabic article ("Al Mayadin" keyed "mayadin") that the text must supply
   * and {@link #ALTERNATE} when it is only an alternate name.
   */
  public int[] postings(int key) {
    return Arrays.copyOfRange(post, postStart[key], postStart[key + 1]);
  }

  public int postingCount(int key) {
    return postStart[key + 1] - postStart[key];
  }

  public int posting(int key, int j) {
    return post[postStart[key] + j];
  }

  /** The places one of whose names has this phrase key, articles demanded or not. */
  public List<Integer> lookup(String phraseKey) {
    List<Integer> out = new ArrayList<>();
    int k = key(phraseKey);
    if (k >= 0) {
      for (int j = postStart[k]; j < postStart[k + 1]; j++) {
        out.add(post[j] >>> FLAG_BITS);
      }
    }
    return out;
  }

  String fingerprint() {
    return fingerprint;
  }

  private boolean equal(int k, CharSequence s) {
    int from = keyOff[k];
    int len = keyOff[k + 1] - from;
    if (len != s.length()) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (keys.charAt(from + i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h ^ (h >>> 16);
  }

  /** A fingerprint of the normalizer's behaviour: keys made by another one must be made again. */
  static String fingerprint(NameNormalizer normalizer) {
    StringBuilder sb = new StringBuilder();
    for (String w : new String[] {"Dayr", "Zawr", "'Umar", "Bagdad", "Ezzor", "Straße", "Mossul",
        "Qamishly", "Hasakeh", "Damaskus", "Rakka", "Deraa", "Tabaqa", "Falluja"}) {
      sb.append(normalizer.key(w)).append(' ');
    }
    try (InputStream in = NameNormalizer.class.getClassLoader()
        .getResourceAsStream("sitrep/nlp/transliteration.tsv")) {
      if (in != null) {
        sb.append(Arrays.hashCode(in.readAllBytes()));
      }
    } catch (IOException e) {
      // the sample keys above still tell most changes apart
    }
    return sb.toString();
  }

  // ---- file format: gzip, column by column

  void write(OutputStream raw) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
        new GZIPOutputStream(raw, 1 << 16), 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(fingerprint);
      out.writeUTF(source);
      out.writeInt(size);
      strings(out, countryTable);
      strings(out, featureTable);
      strings(out, admin1Table);
      for (int v : geonamesId) {
        out.writeInt(v);
      }
      for (float v : lat) {
        out.writeFloat(v);
      }
      for (float v : lon) {
        out.writeFloat(v);
      }
      for (int v : population) {
        out.writeInt(v);
      }
      for (short v : country) {
        out.writeShort(v);
      }
      out.write(feature);
      for (int v : admin1) {
        out.writeInt(v);
      }
      out.write(nameCount);
      blob(out, names, nameOff);
      int k = keyOff.length - 1;
      out.writeInt(k);
      blob(out, keys, keyOff);
      out.write(maxWords);
      for (int v : postStart) {
        out.writeInt(v);
      }
      out.writeInt(post.length);
      for (int v : post) {
        out.writeInt(v);
      }
    }
  }

  /**
   * Reads an index written by {@link GeonamesImport}; keys made with another normalizer are made
   * again with {@code normalizer}.
   *
   * @throws ResourceException when the data is not such an index
   */
  static PlaceIndex read(InputStream raw, String origin, NameNormalizer normalizer) {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        new GZIPInputStream(raw, 1 << 16), 1 << 16))) {
      if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
        throw new ResourceException(origin + ": not a sitrep place index (version " + VERSION
            + ")");
      }
      String fp = in.readUTF();
      String source = in.readUTF();
      int n = in.readInt();
      String[] countries = strings(in);
      String[] features = strings(in);
      String[] admins = strings(in);
      int[] ids = ints(in, n);
      float[] la = floats(in, n);
      float[] lo = floats(in, n);
      int[] pop = ints(in, n);
      short[] cc = new short[n];
      for (int i = 0; i < n; i++) {
        cc[i] = in.readShort();
      }
      byte[] fc = new byte[n];
      in.readFully(fc);
      int[] a1 = ints(in, n);
      byte[] known = new byte[n];
      in.readFully(known);
      int[] nameOff = new int[n + 1];
      String names = blob(in, nameOff);
      int k = in.readInt();
      int[] keyOff = new int[k + 1];
      String keys = blob(in, keyOff);
      byte[] maxWords = new byte[k];
      in.readFully(maxWords);
      int[] postStart = ints(in, k + 1);
      int[] post = ints(in, in.readInt());
      PlaceIndex index = new PlaceIndex(source, fp, ids, la, lo, pop, cc, fc, a1, known, names,
          nameOff,
          countries, features, admins, keys, keyOff, postStart, post, maxWords);
      String now = fingerprint(normalizer);
      return now.equals(fp) ? index : index.rekeyed(normalizer, now);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ResourceException r) {
        throw r;
      }
      throw new ResourceException(origin + ": cannot read the place index: " + e, e);
    }
  }

  /** The same places with every key made again by {@code normalizer}. */
  private PlaceIndex rekeyed(NameNormalizer normalizer, String fp) {
    PlaceIndexBuilder b = new PlaceIndexBuilder(source, normalizer);
    int k = keyOff.length - 1;
    List<List<String>> primary = new ArrayList<>(size);
    List<List<String>> alternates = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      primary.add(new ArrayList<>(2));
      alternates.add(new ArrayList<>(0));
    }
    for (int key = 0; key < k; key++) {
      String phrase = keys.substring(keyOff[key], keyOff[key + 1]);
      for (int j = postStart[key]; j < postStart[key + 1]; j++) {
        int p = post[j];
        String art = (p & NEEDS_ARTICLE) != 0 ? "al " : "";
        ((p & ALTERNATE) != 0 ? alternates : primary).get(p >>> FLAG_BITS).add(art + phrase);
      }
    }
    for (int i = 0; i < size; i++) {
      b.add(geonamesId[i], name(i), primary.get(i), alternates.get(i), lat[i], lon[i],
          population[i], countryCode(i), feature(i), admin1Code(i), nameCount(i));
    }
    PlaceIndex out = b.build();
    return new PlaceIndex(out.source, fp, out.geonamesId, out.lat, out.lon, out.population,
        out.country, out.feature, out.admin1, out.nameCount, out.names, out.nameOff, out.countryTable,
        out.featureTable, out.admin1Table, out.keys, out.keyOff, out.postStart, out.post,
        out.maxWords);
  }

  private static void strings(DataOutputStream out, String[] s) throws IOException {
    out.writeInt(s.length);
    for (String x : s) {
      out.writeUTF(x);
    }
  }

  private static String[] strings(DataInputStream in) throws IOException {
    String[] s = new String[in.readInt()];
    for (int i = 0; i < s.length; i++) {
      s[i] = in.readUTF();
    }
    return s;
  }

  private static void blob(DataOutputStream out, String s, int[] off) throws IOException {
    for (int v : off) {
      out.writeInt(v);
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String blob(DataInputStream in, int[] off) throws IOException {
    for (int i = 0; i < off.length; i++) {
      off[i] = in.readInt();
    }
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static int[] ints(DataInputStream in, int n) throws IOException {
    int[] v = new int[n];
    for (int i = 0; i < n; i++) {
      v[i] = in.readInt();
    }
    return v;
  }

  private static float[] floats(DataInputStream in, int n) throws IOException {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = in.readFloat();
    }
    return v;
  }
}
