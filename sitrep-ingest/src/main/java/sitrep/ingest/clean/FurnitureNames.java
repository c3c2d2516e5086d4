package sitrep.ingest.clean;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import sitrep.model.resource.Tsv;

/**
 * Class and id names that mark HTML page furniture (share bars, bylines, captions, comment
 * sections), read from {@code html-furniture.tsv}. Immutable and shared.
 */
final class FurnitureNames {

  /** What a matching name part means. */
  enum Kind {
    /** A comment section. */
    COMMENTS,
    /** Furniture of any other kind. */
    FURNITURE,
    /** A first part that makes the whole name a layout flag. */
    MODIFIER
  }

  static final String STANDARD_FILE = "sitrep/ingest/clean/html-furniture.tsv";

  private static final class Holder {
    static final FurnitureNames STANDARD = load(STANDARD_FILE);
  }

  private final Map<Kind, Pattern> byKind;

  private FurnitureNames(Map<Kind, Pattern> byKind) {
    this.byKind = byKind;
  }

  static FurnitureNames standard() {
    return Holder.STANDARD;
  }

  /** @throws sitrep.model.resource.ResourceException naming file and line of a bad rule */
  static FurnitureNames load(String resource) {
    Map<Kind, List<String>> parts = new EnumMap<>(Kind.class);
    for (Tsv.Row row : Tsv.read(resource)) {
      Kind kind = row.getEnum(0, Kind.class);
      String regex = row.get(1).trim();
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw row.error("bad regex: " + e.getDescription() + " in '" + regex + "'");
      }
      parts.computeIfAbsent(kind, k -> new ArrayList<>()).add("(?:" + regex + ")");
    }
    Map<Kind, Pattern> byKind = new EnumMap<>(Kind.class);
    parts.forEach((kind, list) -> byKind.put(kind, Pattern.compile(String.join("|", list),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    return new FurnitureNames(byKind);
  }

  /**
   * The first part of the class or id names in {@code names} (space-separated) that marks
   * furniture, with its kind; null when none does. A name whose first part is a modifier is
   * skipped whole.
   */
  @Nullable Match find(String names) {
    for (String name : names.toLowerCase(Locale.ROOT).split("\\s+")) {
      String[] parts = name.split("[-_]+");
      if (parts.length == 0 || matches(Kind.MODIFIER, parts[0])) {
        continue;
      }
      for (String part : parts) {
        if (matches(Kind.COMMENTS, part)) {
          return new Match(Kind.COMMENTS, part);
        }
        if (matches(Kind.FURNITURE, part)) {
          return new Match(Kind.FURNITURE, part);
        }
      }
    }
    return null;
  }

  private boolean matches(Kind kind, String part) {
    Pattern p = byKind.get(kind);
    return p != null && !part.isEmpty() && p.matcher(part).matches();
  }

  /** A name part that marks furniture. */
  record Match(Kind kind, String part) {}
}
