package sitrep.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What a document's text looks like for duplicate detection: an exact hash of its words (case,
 * punctuation and spacing ignored) and a MinHash signature of its five-word shingles, whose
 * agreement estimates the Jaccard similarity of two texts. A wire story reprinted with other
 * headers and share buttons keeps nearly all shingles; two reports of the same event in other
 * words share few.
 *
 * <p>Locality-sensitive hashing: the signature is cut into {@value #BANDS} bands of {@value #ROWS}
 * values; texts of similarity 0.8 share at least one band with probability 0.98, texts of 0.3
 * with probability 0.12, so an index only compares documents that share a band.
 *
 * <p>Deterministic: fixed seeds, so the same text gives the same fingerprint everywhere.
 */
public final class Fingerprint {
  public static final int PERMUTATIONS = 64;
  public static final int BANDS = 16;
  public static final int ROWS = PERMUTATIONS / BANDS;
  /** Shingle length in words. */
  public static final int SHINGLE = 5;
  /** Below this many words only exact duplicates are looked for: too few shingles to compare. */
  public static final int MIN_WORDS_FOR_NEAR = 40;

  private static final long[] SEEDS = seeds();

  private final String exact;
  private final int[] minhash;
  private final int words;

  public Fingerprint(String exact, int[] minhash, int words) {
    if (minhash.length != PERMUTATIONS) {
      throw new IllegalArgumentException("a MinHash signature has " + PERMUTATIONS + " values");
    }
    this.exact = exact;
    this.minhash = minhash.clone();
    this.words = words;
  }

  /** The fingerprint of a text. */
  public static Fingerprint of(String text) {
    List<String> words = words(text);
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String w : words) {
      sha.update(w.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) ' ');
    }
    String exact = HexFormat.of().formatHex(sha.digest(), 0, 16);
    int[] sig = new int[PERMUTATIONS];
    Arrays.fill(sig, Integer.MAX_VALUE);
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int s = 0; s < shingles && !words.isEmpty(); s++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int k = s; k < Math.min(words.size(), s + SHINGLE); k++) {
        h = mix(h ^ words.get(k).hashCode()) + k - s;
      }
      for (int i = 0; i < PERMUTATIONS; i++) {
        int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return new Fingerprint(exact, sig, words.size());
  }

  /** Lower-cased runs of letters and digits. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString().toLowerCase(Locale.ROOT));
        w.setLength(0);
      }
    }
    return out;
  }

  /** The finalizer of SplitMix64: a fast 64-bit mixing function. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[PERMUTATIONS];
    long x = 42;
    for (int i = 0; i < s.length; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }

  /** Hash of the normalized words; equal for texts that differ only in case, spacing, punctuation. */
  public String exact() {
    return exact;
  }

  public int words() {
    return words;
  }

  public int[] minhash() {
    return minhash.clone();
  }

  /** Whether near-duplicate comparison is meaningful for this text. */
  public boolean comparable() {
    return words >= MIN_WORDS_FOR_NEAR;
  }

  /** Estimated Jaccard similarity of the two texts' shingle sets, 1.0 for exact duplicates. */
  public double similarity(Fingerprint other) {
    if (exact.equals(other.exact)) {
      return 1.0;
    }
    int same = 0;
    for (int i = 0; i < PERMUTATIONS; i++) {
      if (minhash[i] == other.minhash[i]) {
        same++;
      }
    }
    return (double) same / PERMUTATIONS;
  }

  /** One key per band; documents sharing a key are candidates for comparison. */
  public long[] bandKeys() {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + minhash[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The signature as bytes, for storage. */
  public byte[] minhashBytes() {
    ByteBuffer buf = ByteBuffer.allocate(PERMUTATIONS * Integer.BYTES);
    for (int v : minhash) {
      buf.putInt(v);
    }
    return buf.array();
  }

  public static Fingerprint fromStorage(String exact, byte[] minhash, int words) {
    ByteBuffer buf = ByteBuffer.wrap(minhash);
    int[] sig = new int[PERMUTATIONS];
    for (int i = 0; i < PERMUTATIONS; i++) {
      sig[i] = buf.getInt();
    }
    return new Fingerprint(exact, sig, words);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && f.exact.equals(exact) && Arrays.equals(f.minhash, minhash)
        && f.words == words;
  }

  @Override
  public int hashCode() {
    return exact.hashCode();
  }

  @Override
  public String toString() {
    return "Fingerprint[" + exact + ", " + words + " words]";
  }
}
