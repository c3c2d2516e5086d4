package sitrep.ingest.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the first bytes of an XML file say: its charset, which kind of feed it is (by the root
 * element), and the entities a DOCTYPE declares. Read before parsing so that an XML file that is
 * no feed is rejected with a reason instead of yielding nothing.
 *
 * @param kind the feed kind, or null when the file is no feed ({@code reason} says why)
 * @param root the root element's name as written, or null when none was found
 * @param charset from the byte order mark, else the XML declaration, else UTF-8
 * @param bom the length of the byte order mark to skip
 * @param entities names of entities the DOCTYPE declares; they are never expanded, and records
 *     that use one are told so
 */
record FeedHead(@Nullable Kind kind, @Nullable String root, Charset charset, int bom,
    Set<String> entities, String reason) {

  /** The feed formats, each with the element that holds one entry. */
  enum Kind {
    RSS("item"),
    RDF("item"),
    ATOM("entry");

    final String entry;

    Kind(String entry) {
      this.entry = entry;
    }
  }

  /** How much of the file is looked at; a prolog longer than this is no feed worth reading. */
  static final int SIZE = 64 * 1024;

  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");
  private static final Pattern ENTITY = Pattern.compile("<!ENTITY\\s+(?:%\\s+)?([^\\s>\"']+)");
  private static final Pattern SUBSET_END = Pattern.compile("]\\s*>");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w.:-]*");

  static FeedHead of(byte[] b, int len) {
    Charset cs = StandardCharsets.UTF_8;
    int bom = 0;
    if (len >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      bom = 3;
    } else if (len >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      bom = 2;
    } else if (len >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      bom = 2;
    } else {
      Matcher m = ENCODING.matcher(new String(b, 0, Math.min(len, 512), StandardCharsets.ISO_8859_1));
      if (m.find()) {
        cs = charset(m.group(1));
      }
    }
    String head = new String(b, bom, len - bom, cs);
    Set<String> entities = new LinkedHashSet<>();
    String root = null;
    String problem = null;
    int i = 0;
    while (root == null && problem == null) {
      while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
        i++;
      }
      if (i >= head.length()) {
        problem = len >= SIZE ? "no root element in the first " + SIZE / 1024 + " KB"
            : "no root element";
      } else if (head.startsWith("<?", i)) {
        i = after(head, "?>", i);
      } else if (head.startsWith("<!--", i)) {
        i = after(head, "-->", i);
      } else if (head.startsWith("<!", i)) {
        int end = doctypeEnd(head, i);
        Matcher m = ENTITY.matcher(head.substring(i, Math.min(end, head.length())));
        while (m.find()) {
          entities.add(m.group(1));
        }
        i = end;
      } else if (head.charAt(i) == '<') {
        Matcher m = NAME.matcher(head).region(i + 1, head.length());
        if (m.lookingAt()) {
          root = m.group();
        } else {
          problem = "not XML";
        }
      } else {
        problem = "not XML: text before the first element";
      }
    }
    if (root == null) {
      return new FeedHead(null, null, cs, bom, Set.copyOf(entities),
          "not an RSS or Atom feed (" + problem + ")");
    }
    String local = root.substring(root.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    Kind kind = switch (local) {
      case "rss" -> Kind.RSS;
      case "rdf" -> Kind.RDF;
      case "feed" -> Kind.ATOM;
      default -> null;
    };
    String reason = kind != null ? ""
        : local.equals("html") ? "an HTML page, not an RSS or Atom feed (name it .html)"
        : "XML with root element <" + root + ">, not an RSS or Atom feed (<rss>, <feed>, <rdf:RDF>)";
    return new FeedHead(kind, root, cs, bom, Set.copyOf(entities), reason);
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8; // unknown names: UTF-8, with windows-1252 for what fails
    }
  }

  /** The index after {@code end} (or the end of the head when it is missing). */
  private static int after(String s, String end, int from) {
    int at = s.indexOf(end, from);
    return at < 0 ? s.length() : at + end.length();
  }

  /** The end of a {@code <!DOCTYPE …>}, past an internal subset in brackets. */
  private static int doctypeEnd(String s, int from) {
    int gt = s.indexOf('>', from);
    int bracket = s.indexOf('[', from);
    if (bracket < 0 || gt >= 0 && gt < bracket) {
      return gt < 0 ? s.length() : gt + 1;
    }
    Matcher m = SUBSET_END.matcher(s).region(bracket, s.length());
    return m.find() ? m.end() : s.length();
  }
}
