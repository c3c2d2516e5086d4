package sitrep.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.model.resource.Tsv;

/**
 * Charset detection on one- and two-sentence texts, the hardest case: every non-ASCII text of the
 * language test set ({@code short-texts.tsv}), written in each legacy charset of its language, must
 * decode back to itself. Prints the share per charset; asserts a loose floor.
 */
class DecodingAccuracyTest {

  /** The legacy charsets each language was commonly published in. */
  static final Map<String, List<String>> CHARSETS = new LinkedHashMap<>();

  static {
    for (String western : List.of("de", "fr", "es", "it", "nl", "pt")) {
      CHARSETS.put(western, List.of("windows-1252", "ISO-8859-1"));
    }
    CHARSETS.put("tr", List.of("windows-1254", "ISO-8859-9"));
    CHARSETS.put("ar", List.of("windows-1256", "ISO-8859-6"));
    CHARSETS.put("fa", List.of("windows-1256"));
    CHARSETS.put("ru", List.of("windows-1251", "KOI8-R"));
    CHARSETS.put("uk", List.of("windows-1251", "KOI8-U"));
  }

  @Test
  void shortTextsInLegacyCharsetsDecodeBackToThemselves() {
    Map<String, int[]> byCharset = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    for (Tsv.Row row : Tsv.read("sitrep/ingest/lang/short-texts.tsv")) {
      String lang = row.get(1).trim();
      // Persian in windows-1256 was written with the Arabic yeh, the only one it has
      String text = lang.equals("fa") ? row.get(2).replace('\u06CC', '\u064A') : row.get(2);
      if (text.chars().allMatch(c -> c < 0x80)) {
        continue; // ASCII is valid UTF-8: nothing to detect
      }
      for (String name : CHARSETS.getOrDefault(lang, List.of())) {
        CharsetEncoder enc = Charset.forName(name).newEncoder();
        if (!enc.canEncode(text)) {
          continue; // a curly quote in ISO-8859-1, say
        }
        Decoding.Decoded d = Decoding.decode(text.getBytes(Charset.forName(name)), null);
        int[] c = byCharset.computeIfAbsent(name, k -> new int[2]);
        c[1]++;
        if (d.text().equals(text)) {
          c[0]++;
        } else {
          misses.add("  " + name + " (" + lang + ") → " + d.charset().name() + ": " + d.text());
        }
      }
    }
    StringBuilder sb = new StringBuilder("charset detection, short texts:");
    byCharset.forEach((name, c) -> sb.append(String.format("  %s %d/%d", name, c[0], c[1])));
    System.out.println(sb);
    misses.forEach(System.out::println);
    byCharset.forEach((name, c) ->
        assertThat((double) c[0] / c[1]).as(name).isGreaterThanOrEqualTo(0.8));
  }
}
