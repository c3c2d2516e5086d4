package sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import sitrep.store.SchemaShape.ColumnShape;
import sitrep.store.StoreSchema.Column;

/**
 * The Flyway migrations for PostgreSQL against the schema {@link StoreSchema} creates on DuckDB,
 * read as text so that every build checks them, with or without a PostgreSQL server (the
 * PostgreSQL tests compare the migrated database itself). A record field added to SchemaRecords
 * without a migration fails here, naming the statement to add.
 */
class PostgresMigrationsTest {
  private static final Pattern FILE = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");
  private static final Pattern CREATE =
      Pattern.compile("(?i)CREATE TABLE (\\S+) \\((.*)\\)");
  private static final Pattern ADD =
      Pattern.compile("(?i)ALTER TABLE (\\S+) ADD COLUMN (?:IF NOT EXISTS )?(.*)");
  private static final Pattern DROP =
      Pattern.compile("(?i)ALTER TABLE (\\S+) DROP COLUMN (?:IF EXISTS )?(\\S+)");
  private static final Pattern INDEX = Pattern.compile("(?i)CREATE (UNIQUE )?INDEX .*");
  private static final Set<String> AFTER_TYPE = Set.of("NOT", "NULL", "PRIMARY", "DEFAULT",
      "REFERENCES", "UNIQUE", "CHECK", "GENERATED", "CONSTRAINT", "COLLATE");

  @Test
  void theMigrationsBuildTheTablesStoreSchemaBuilds() throws Exception {
    List<String> differences = differences(storeSchema(), migrated(scripts()));

    assertThat(differences).as("db/postgresql against StoreSchema").isEmpty();
  }

  @Test
  void migrationsAreNumberedFromOneWithoutGaps() throws Exception {
    List<Integer> versions = new ArrayList<>();
    for (Path p : files()) {
      Matcher m = FILE.matcher(p.getFileName().toString());
      assertThat(m.matches()).as(p.getFileName() + " is named V<n>__<words>.sql").isTrue();
      versions.add(Integer.parseInt(m.group(1)));
    }
    assertThat(versions).isNotEmpty();
    for (int i = 0; i < versions.size(); i++) {
      assertThat(versions.get(i)).isEqualTo(i + 1);
    }
  }

  @Test
  void aFieldWithoutAMigrationIsNamedWithTheStatementToAdd() throws Exception {
    Map<String, Set<ColumnShape>> expected = storeSchema();
    expected.get("events").add(new ColumnShape("new_field", "TEXT", true));
    expected.get("posture").removeIf(c -> c.name().equals("holder"));
    Map<String, Set<ColumnShape>> migrated = migrated(scripts());
    migrated.get("events").removeIf(c -> c.name().equals("notes"));

    assertThat(differences(expected, migrated)).containsExactly(
        "events.new_field TEXT is missing: add a migration V5__….sql with"
            + " ALTER TABLE events ADD COLUMN new_field TEXT;",
        "events.notes TEXT is missing: add a migration V5__….sql with"
            + " ALTER TABLE events ADD COLUMN notes JSONB;",
        "posture.holder TEXT is not in StoreSchema");
  }

  /** What StoreSchema creates in an empty DuckDB database. */
  static Map<String, Set<ColumnShape>> storeSchema() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      StoreSchema.migrate(c, Dialect.DUCKDB, "memory", Clock.systemUTC());
      return SchemaShape.read(c, null);
    }
  }

  /** Lines naming each column that differs; empty when the two schemas agree. */
  static List<String> differences(
      Map<String, Set<ColumnShape>> expected, Map<String, Set<ColumnShape>> actual)
      throws IOException, URISyntaxException {
    List<String> out = new ArrayList<>();
    Set<String> tables = new TreeSet<>(expected.keySet());
    tables.addAll(actual.keySet());
    for (String table : tables) {
      Map<String, ColumnShape> want = byName(expected.getOrDefault(table, Set.of()));
      Map<String, ColumnShape> have = byName(actual.getOrDefault(table, Set.of()));
      for (ColumnShape c : want.values()) {
        ColumnShape h = have.get(c.name());
        if (h == null) {
          out.add(table + "." + c + " is missing: add a migration V" + (files().size() + 1)
              + "__….sql with ALTER TABLE " + table + " ADD COLUMN " + c.name() + " "
              + postgresType(table, c) + (c.nullable() ? "" : " NOT NULL") + ";");
        } else if (!h.equals(c)) {
          out.add(table + "." + h + " should be " + c);
        }
      }
      for (ColumnShape h : have.values()) {
        if (!want.containsKey(h.name())) {
          out.add(table + "." + h + " is not in StoreSchema");
        }
      }
    }
    return out;
  }

  private static Map<String, ColumnShape> byName(Set<ColumnShape> columns) {
    Map<String, ColumnShape> out = new LinkedHashMap<>();
    for (ColumnShape c : columns) {
      out.put(c.name(), c);
    }
    return out;
  }

  /** The type to write: a record field's from StoreSchema (JSON is JSONB), else the portable one. */
  private static String postgresType(String table, ColumnShape c) {
    List<Column> fields = table.equals(StoreSchema.EVENTS) ? StoreSchema.EVENT_COLUMNS
        : table.equals(StoreSchema.POSTURE) ? StoreSchema.POSTURE_COLUMNS : List.of();
    for (Column f : fields) {
      if (f.name().equals(c.name())) {
        return Dialect.POSTGRESQL.type(f.type());
      }
    }
    return switch (c.type()) {
      case "DOUBLE" -> "DOUBLE PRECISION";
      case "BLOB" -> "BYTEA";
      default -> c.type();
    };
  }

  /** The migration files as Flyway finds them on the class path, in version order. */
  static List<Path> files() throws IOException, URISyntaxException {
    URL dir = PostgresMigrationsTest.class.getClassLoader().getResource("db/postgresql");
    assertThat(dir).as("db/postgresql on the class path").isNotNull();
    try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".sql"))
          .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
    }
  }

  private static int version(Path p) {
    Matcher m = FILE.matcher(p.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }

  static List<String> scripts() throws IOException, URISyntaxException {
    List<String> out = new ArrayList<>();
    for (Path p : files()) {
      try (InputStream in = Files.newInputStream(p)) {
        out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /**
   * The tables the scripts leave behind, read from their CREATE TABLE and ALTER TABLE … ADD/DROP
   * COLUMN statements. Any other ALTER fails the test: teach it here rather than let it pass.
   */
  static Map<String, Set<ColumnShape>> migrated(List<String> scripts) {
    Map<String, Map<String, ColumnShape>> tables = new TreeMap<>();
    for (String script : scripts) {
      assertThat(script).as("no dollar-quoted blocks: statements are split at ;")
          .doesNotContain("$$");
      for (String statement : script.replaceAll("--[^\n]*", "").split(";")) {
        String s = statement.strip().replaceAll("\\s+", " ");
        Matcher create = CREATE.matcher(s);
        Matcher add = ADD.matcher(s);
        Matcher drop = DROP.matcher(s);
        if (s.isEmpty() || INDEX.matcher(s).matches()) {
          continue;
        } else if (create.matches()) {
          Map<String, ColumnShape> columns = new LinkedHashMap<>();
          Set<String> key = new HashSet<>();
          for (String item : splitTopLevel(create.group(2))) {
            String upper = item.toUpperCase(Locale.ROOT);
            if (upper.startsWith("PRIMARY KEY")) {
              for (String k : item.substring(item.indexOf('(') + 1, item.lastIndexOf(')'))
                  .split(",")) {
                key.add(unquote(k.strip()));
              }
            } else if (!upper.startsWith("CONSTRAINT") && !upper.startsWith("UNIQUE")
                && !upper.startsWith("CHECK") && !upper.startsWith("FOREIGN")) {
              ColumnShape c = column(item);
              columns.put(c.name(), c);
            }
          }
          for (String k : key) {
            ColumnShape c = columns.get(k);
            columns.put(k, new ColumnShape(k, c.type(), false));
          }
          tables.put(unquote(create.group(1)), columns);
        } else if (add.matches()) {
          ColumnShape c = column(add.group(2));
          tables.get(unquote(add.group(1))).put(c.name(), c);
        } else if (drop.matches()) {
          tables.get(unquote(drop.group(1))).remove(unquote(drop.group(2)));
        } else {
          throw new AssertionError("this test cannot read the statement \"" + s
              + "\": teach PostgresMigrationsTest what it does to the tables");
        }
      }
    }
    Map<String, Set<ColumnShape>> out = new TreeMap<>();
    tables.forEach((t, cols) -> out.put(t, new TreeSet<>(cols.values())));
    return out;
  }

  private static ColumnShape column(String definition) {
    String[] words = definition.strip().split(" ");
    StringBuilder type = new StringBuilder();
    for (int i = 1; i < words.length && !AFTER_TYPE.contains(words[i].toUpperCase(Locale.ROOT));
        i++) {
      type.append(type.isEmpty() ? "" : " ").append(words[i]);
    }
    String upper = definition.toUpperCase(Locale.ROOT);
    boolean nullable = !upper.contains("NOT NULL") && !upper.contains("PRIMARY KEY");
    return new ColumnShape(unquote(words[0]), SchemaShape.portable(type.toString()), nullable);
  }

  /** Splits at commas outside parentheses: {@code PRIMARY KEY (a, b)} stays one item. */
  private static List<String> splitTopLevel(String body) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char ch = body.charAt(i);
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        out.add(body.substring(start, i).strip());
        start = i + 1;
      }
    }
    out.add(body.substring(start).strip());
    return out;
  }

  private static String unquote(String identifier) {
    String s = identifier.strip();
    return (s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s)
        .toLowerCase(Locale.ROOT);
  }
}
