package sitrep.model.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tab-separated data files on the classpath: one record per line, {@code #} starts a comment line,
 * blank lines are skipped. Every row remembers its file and line for error messages.
 */
public final class Tsv {
  private Tsv() {}

  /** One data line. */
  public record Row(String file, int line, List<String> fields) {
    public String get(int i) {
      if (i >= fields.size()) {
        throw error("expected at least " + (i + 1) + " tab-separated fields, found " + fields.size());
      }
      return fields.get(i);
    }

    /** The field, or null when it is absent, empty or {@code -}. */
    public @Nullable String optional(int i) {
      if (i >= fields.size()) {
        return null;
      }
      String v = fields.get(i).trim();
      return v.isEmpty() || v.equals("-") ? null : v;
    }

    public int getInt(int i) {
      try {
        return Integer.parseInt(get(i).trim());
      } catch (NumberFormatException e) {
        throw error("field " + (i + 1) + " is not an integer: '" + get(i) + "'");
      }
    }

    public double getDouble(int i) {
      try {
        return Double.parseDouble(get(i).trim());
      } catch (NumberFormatException e) {
        throw error("field " + (i + 1) + " is not a number: '" + get(i) + "'");
      }
    }

    public <E extends Enum<E>> E getEnum(int i, Class<E> type) {
      String v = get(i).trim();
      try {
        return Enum.valueOf(type, v.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error("field " + (i + 1) + " is not one of "
            + java.util.Arrays.toString(type.getEnumConstants()) + ": '" + v + "'");
      }
    }

    public ResourceException error(String message) {
      return ResourceException.at(file, line, message);
    }
  }

  /** Reads a required classpath resource. */
  public static List<Row> read(String resource) {
    List<Row> rows = readOptional(resource);
    if (rows == null) {
      throw new ResourceException("missing data file on the classpath: " + resource);
    }
    return rows;
  }

  /** Reads a classpath resource, or returns null when there is none (a language without the file). */
  public static @Nullable List<Row> readOptional(String resource) {
    ClassLoader cl = Tsv.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      return parse(resource, in);
    } catch (IOException e) {
      throw new ResourceException(resource + ": cannot read: " + e.getMessage(), e);
    }
  }

  static List<Row> parse(String name, InputStream in) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
      String line;
      int n = 0;
      while (true) {
        try {
          line = r.readLine();
        } catch (CharacterCodingException e) {
          throw ResourceException.at(name, n + 1, "not valid UTF-8");
        }
        if (line == null) {
          break;
        }
        n++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        rows.add(new Row(name, n, List.of(line.split("\t", -1))));
      }
    }
    return rows;
  }
}
