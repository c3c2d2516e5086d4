package sitrep.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sitrep.model.Document;
import sitrep.model.Warning;

/**
 * Files in the legacy charsets of sitrep's languages, written from Java strings, come back as the
 * same strings, with an {@code encoding} warning naming the charset used; a byte order mark, valid
 * UTF-8 and a declared charset that fits come back without one.
 */
class DecodingTest {
  @TempDir Path dir;

  static final String DE = "Die SDF griffen Stellungen des IS bei Deir ez-Zor an. Über Opfer ist "
      + "nichts bekannt; laut SOHR wurden vier Kämpfer getötet, darunter zwei Jugendliche aus "
      + "Ma’adan. Die Gefechte dauerten bis zum frühen Morgen – erst dann zogen sich die Kämpfer "
      + "zurück.";
  static final String DE_SHORT = "Drei Raketen trafen den Stützpunkt bei Köln.";
  static final String FR_SHORT = "L'armée a repris Kidal après trois jours de combats très durs.";
  static final String ES_SHORT = "Los rebeldes tomaron varias aldeas, según el ejército.";
  static final String AR = "قتل ثلاثة جنود في هجوم على قاعدة عسكرية قرب دير الزور، وقال المرصد "
      + "السوري إن الاشتباكات استمرت حتى الصباح. وأعلنت وزارة الدفاع أن الهجوم وقع يوم الاثنين.";
  static final String AR_SHORT = "سقطت صواريخ على المطار في الليل.";
  static final String FA_SHORT = "این حمله روز دوشنبه در شمال کشور رخ داد.";
  /** Persian as windows-1256 wrote it: with the Arabic yeh, which it has, for the Persian one. */
  static final String FA_SHORT_1256 = FA_SHORT.replace('\u06CC', '\u064A');
  static final String RU = "Три ракеты попали в базу под Донецком, сообщило министерство обороны. "
      + "По словам губернатора, пострадавших нет, но повреждены несколько жилых домов и школа.";
  static final String RU_SHORT = "Полиция задержала двух подозреваемых после взрыва.";

  static Stream<Arguments> legacy() {
    return Stream.of(
        Arguments.of("windows-1252", DE),
        Arguments.of("windows-1252", DE_SHORT),
        Arguments.of("windows-1252", FR_SHORT),
        Arguments.of("ISO-8859-1", DE_SHORT.replace('’', '\'')),
        Arguments.of("ISO-8859-1", ES_SHORT),
        Arguments.of("ISO-8859-6", AR),
        Arguments.of("ISO-8859-6", AR_SHORT),
        Arguments.of("windows-1256", AR),
        Arguments.of("windows-1256", AR_SHORT),
        Arguments.of("windows-1256", FA_SHORT_1256),
        Arguments.of("KOI8-R", RU),
        Arguments.of("KOI8-R", RU_SHORT),
        Arguments.of("windows-1251", RU),
        Arguments.of("windows-1251", RU_SHORT));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("legacy")
  void legacyCharsetsAreDetected(String charset, String text) {
    byte[] bytes = text.getBytes(Charset.forName(charset));
    Decoding.Decoded d = Decoding.decode(bytes, null);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.warning()).hasValueSatisfying(w -> assertThat(w)
        .startsWith("not valid UTF-8; decoded as " + d.charset().name()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("legacy")
  void textFilesInLegacyCharsetsAreReadWithAWarning(String charset, String text)
      throws IOException {
    Path p = dir.resolve("a.txt");
    Files.write(p, (text + "\n").getBytes(Charset.forName(charset)));
    Document doc = only(p);
    assertThat(doc.raw()).isEqualTo(text + "\n");
    assertThat(doc.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo("encoding");
      assertThat(w.message()).containsAnyOf(charset, charsetAlias(charset));
    });
  }

  /** ISO-8859-1 text without windows-1252's extra characters is the same bytes in both. */
  private static String charsetAlias(String charset) {
    return switch (charset) {
      case "ISO-8859-1" -> "windows-1252";
      case "windows-1252" -> "ISO-8859-1";
      default -> charset;
    };
  }

  @Test
  void utf16WithAByteOrderMarkIsReadWithoutAWarning() throws IOException {
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.write(cs.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
          : new byte[] {(byte) 0xFE, (byte) 0xFF});
      b.write((RU_SHORT + "\n" + AR_SHORT + "\n" + DE_SHORT + "\n").getBytes(cs));
      Path p = dir.resolve("utf16-" + cs.name() + ".txt");
      Files.write(p, b.toByteArray());
      Document doc = only(p);
      assertThat(doc.raw()).isEqualTo(RU_SHORT + "\n" + AR_SHORT + "\n" + DE_SHORT + "\n");
      assertThat(doc.warnings()).isEmpty();
    }
  }

  @Test
  void aUtf8ByteOrderMarkIsDropped() {
    byte[] text = DE_SHORT.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Decoding.Decoded d = Decoding.decode(withBom, "windows-1251");
    assertThat(d.text()).isEqualTo(DE_SHORT);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.warning()).isEmpty();
  }

  @Test
  void aByteOrderMarkWinsOverBrokenContent() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFC, 'b'};
    Decoding.Decoded d = Decoding.decode(bytes, null);
    assertThat(d.text()).isEqualTo("a\uFFFDb");
    assertThat(d.warning()).hasValueSatisfying(w -> assertThat(w)
        .contains("UTF-8 byte order mark").contains("1 byte sequence"));
  }

  @Test
  void validUtf8StaysUtf8WhateverIsDeclared() {
    Decoding.Decoded d = Decoding.decode(RU_SHORT.getBytes(StandardCharsets.UTF_8), "windows-1252");
    assertThat(d.text()).isEqualTo(RU_SHORT);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.warning()).isEmpty();
  }

  @Test
  void utf8WithAStrayWindows1252ByteKeepsItsUtf8() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("Drei Raketen trafen den Stützpunkt ".getBytes(StandardCharsets.UTF_8));
    b.writeBytes("– ".getBytes(Charset.forName("windows-1252")));
    b.writeBytes("Über Opfer ist nichts bekannt. Полиция задержала двух.".getBytes(
        StandardCharsets.UTF_8));
    Decoding.Decoded d = Decoding.decode(b.toByteArray(), null);
    assertThat(d.text()).isEqualTo("Drei Raketen trafen den Stützpunkt – Über Opfer ist nichts "
        + "bekannt. Полиция задержала двух.");
    assertThat(d.warning()).hasValue("mostly UTF-8, but 1 byte is not; read it as windows-1252");
  }

  @Test
  void aDeclaredCharsetThatFitsIsUsedWithoutAWarning() {
    Decoding.Decoded d = Decoding.decode(AR_SHORT.getBytes(Charset.forName("windows-1256")),
        "windows-1256");
    assertThat(d.text()).isEqualTo(AR_SHORT);
    assertThat(d.warning()).isEmpty();
  }

  @Test
  void aDeclaredLatin1IsReadAsWindows1252LikeBrowsersDo() {
    String text = "„Stützpunkt“ – Angriff am 5. Juli";
    Decoding.Decoded d = Decoding.decode(text.getBytes(Charset.forName("windows-1252")),
        "ISO-8859-1");
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.warning()).isEmpty();
  }

  @Test
  void aDeclaredCharsetThatDoesNotFitIsOverruledAndSaidSo() {
    // KOI8-R bytes declared as windows-1252 decode without error, but into accent soup
    Decoding.Decoded d = Decoding.decode(RU.getBytes(Charset.forName("KOI8-R")), "windows-1252");
    assertThat(d.text()).isEqualTo(RU);
    assertThat(d.warning()).hasValueSatisfying(w -> assertThat(w)
        .contains("as declared").contains("KOI8-R"));
  }

  @Test
  void anUnknownDeclaredCharsetIsIgnored() {
    Decoding.Decoded d = Decoding.decode(RU.getBytes(Charset.forName("windows-1251")), "x-klingon");
    assertThat(d.text()).isEqualTo(RU);
    assertThat(d.charset().name()).isEqualTo("windows-1251");
  }

  @Test
  void htmlUsesItsMetaCharsetWhenItFits() throws IOException {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        + "charset=windows-1256\"><title>خبر</title></head><body><p>" + AR_SHORT
        + "</p></body></html>";
    Path p = dir.resolve("page.html");
    Files.write(p, page.getBytes(Charset.forName("windows-1256")));
    Document doc = only(p);
    assertThat(doc.raw()).isEqualTo(page);
    assertThat(doc.warnings()).isEmpty();
  }

  @Test
  void htmlWithAWrongMetaCharsetIsDetectedInstead() throws IOException {
    String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + DE
        + "</p></body></html>";
    Path p = dir.resolve("wrong.html");
    Files.write(p, page.getBytes(Charset.forName("windows-1252")));
    Document doc = only(p);
    assertThat(doc.raw()).isEqualTo(page);
    assertThat(doc.warnings()).extracting(Warning::code).containsExactly("encoding");
    assertThat(doc.warnings().get(0).message()).contains("windows-1251 as declared")
        .contains("windows-1252");
  }

  @Test
  void eachJsonlLineIsDecodedOnItsOwnAndItsWarningNamesFileAndLine() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(("{\"text\": \"" + DE_SHORT + "\"}\n").getBytes(StandardCharsets.UTF_8));
    b.write(("{\"text\": \"" + RU_SHORT + "\"}\n").getBytes(Charset.forName("KOI8-R")));
    b.write(("{\"text\": \"" + AR_SHORT + "\"}\n").getBytes(Charset.forName("windows-1256")));
    Path p = dir.resolve("mixed.jsonl");
    Files.write(p, b.toByteArray());
    List<Document> docs = docs(p);
    assertThat(docs).extracting(Document::raw).containsExactly(DE_SHORT, RU_SHORT, AR_SHORT);
    assertThat(docs.get(0).warnings()).isEmpty();
    Warning ru = docs.get(1).warnings().get(0);
    assertThat(ru.code()).isEqualTo("encoding");
    assertThat(ru.message()).contains("KOI8-R");
    assertThat(ru.where().path()).isEqualTo(p.toString());
    assertThat(ru.where().record()).isEqualTo(2);
    assertThat(ru.toString()).startsWith(p + ":2: encoding: ");
    assertThat(docs.get(2).warnings().get(0).message()).contains("windows-1256");
    assertThat(docs.get(2).warnings().get(0).where().record()).isEqualTo(3);
  }

  @Test
  void bytesNoCharsetMakesSenseOfAreStillReadWithAWarning() {
    // bytes that are undefined in windows-1252 and box drawing in KOI8-R, ASCII around them
    byte[] bytes = {'a', 'b', (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, 'c'};
    Decoding.Decoded d = Decoding.decode(bytes, null);
    assertThat(d.warning()).hasValueSatisfying(w -> assertThat(w).contains(d.charset().name()));
    assertThat(d.text()).startsWith("ab").endsWith("c");
    System.out.println("garbage bytes: " + d.warning().get());
  }

  @Test
  void implausibilityTellsWritingFromMojibake() {
    assertThat(Decoding.implausibility(DE)).isZero();
    assertThat(Decoding.implausibility(RU)).isZero();
    assertThat(Decoding.implausibility(FA_SHORT)).isZero();
    String koi8AsCp1252 = new String(RU.getBytes(Charset.forName("KOI8-R")),
        Charset.forName("windows-1252"));
    String koi8AsCp1251 = new String(RU.getBytes(Charset.forName("KOI8-R")),
        Charset.forName("windows-1251"));
    String cp1252AsCp1251 = new String(DE.getBytes(Charset.forName("windows-1252")),
        Charset.forName("windows-1251"));
    assertThat(Decoding.implausibility(koi8AsCp1252)).isGreaterThan(Decoding.IMPLAUSIBLE);
    assertThat(Decoding.implausibility(koi8AsCp1251)).isGreaterThan(Decoding.IMPLAUSIBLE);
    assertThat(Decoding.implausibility(cp1252AsCp1251)).isGreaterThan(Decoding.IMPLAUSIBLE);
  }

  private List<Document> docs(Path p) {
    List<Document> out = new ArrayList<>();
    Inputs.read(List.of(p.toString()), ReadOptions.defaults(), r -> {
      assertThat(r).isInstanceOf(ReadResult.Loaded.class);
      out.add(((ReadResult.Loaded) r).document());
    });
    return out;
  }

  private Document only(Path p) {
    List<Document> docs = docs(p);
    assertThat(docs).hasSize(1);
    return docs.get(0);
  }
}
