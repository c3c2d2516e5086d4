package sitrep.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.postgresql.Driver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL {@code --db} argument made ready to connect: a JDBC URL, the user and password
 * (from the URL, else from {@code PGUSER} and {@code PGPASSWORD} as libpq reads them), and the
 * location to show in messages, which holds neither.
 *
 * @param jdbcUrl the URL as the driver takes it, possibly with credentials: never shown
 * @param location {@code jdbc:postgresql://host:port/database}, for messages
 */
record PostgresUrl(
    String jdbcUrl, String location, @Nullable String user, @Nullable String password) {

  static final String JDBC_PREFIX = "jdbc:postgresql:";

  @Override
  public String toString() {
    return location;
  }

  /**
   * Reads {@code jdbc:postgresql://host[:port]/database[?user=…&password=…&…]} or a libpq URI,
   * {@code postgresql://[user[:password]@]host[:port]/database[?…]}.
   *
   * @throws StoreException when the argument is neither; the message never repeats it, since it
   *     may hold a password
   */
  static PostgresUrl parse(String arg, Map<String, String> env) {
    String jdbc = arg.strip();
    @Nullable String user = null;
    @Nullable String password = null;
    String lower = jdbc.toLowerCase(Locale.ROOT);
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      String rest = jdbc.substring(jdbc.indexOf("://") + 3);
      int slash = rest.indexOf('/');
      String authority = slash < 0 ? rest : rest.substring(0, slash);
      int at = authority.lastIndexOf('@');
      if (at >= 0) {
        String userInfo = authority.substring(0, at);
        int colon = userInfo.indexOf(':');
        user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        authority = authority.substring(at + 1);
      }
      jdbc = "jdbc:postgresql://" + authority + (slash < 0 ? "/" : rest.substring(slash));
    } else if (!lower.startsWith(JDBC_PREFIX)) {
      throw new StoreException("not a PostgreSQL URL: expected " + JDBC_PREFIX
          + "//host:port/database");
    }
    Properties props = Driver.parseURL(jdbc, null);
    if (props == null) {
      throw new StoreException("not a PostgreSQL URL the driver understands: expected "
          + JDBC_PREFIX + "//host:port/database[?user=…]");
    }
    if (user == null) {
      user = nonBlank(props.getProperty("user"), env.get("PGUSER"));
    }
    if (password == null) {
      password = nonBlank(props.getProperty("password"), env.get("PGPASSWORD"));
    }
    return new PostgresUrl(jdbc, location(props), user, password);
  }

  /** A data source for this URL with the user and password resolved here. */
  PGSimpleDataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(jdbcUrl);
    if (user != null) {
      ds.setUser(user);
    }
    if (password != null) {
      ds.setPassword(password);
    }
    ds.setApplicationName("sitrep");
    return ds;
  }

  /** {@code message} with the password masked, should a driver or server ever repeat it. */
  String redact(String message) {
    return password == null || password.isEmpty() ? message : message.replace(password, "***");
  }

  private static String location(Properties props) {
    String[] hosts = props.getProperty("PGHOST", "localhost").split(",");
    String[] ports = props.getProperty("PGPORT", "5432").split(",");
    StringBuilder sb = new StringBuilder("jdbc:postgresql://");
    for (int i = 0; i < hosts.length; i++) {
      String host = hosts[i];
      sb.append(i == 0 ? "" : ",").append(host.contains(":") ? "[" + host + "]" : host)
          .append(':').append(ports[Math.min(i, ports.length - 1)]);
    }
    return sb.append('/').append(props.getProperty("PGDBNAME", "")).toString();
  }

  private static @Nullable String nonBlank(@Nullable String first, @Nullable String second) {
    if (first != null && !first.isEmpty()) {
      return first;
    }
    return second == null || second.isEmpty() ? null : second;
  }

  /** Percent-decoding of a URI part; a plus sign stays a plus sign, unlike in a form. */
  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // the decoder's message repeats its input, here a user name or password
      throw new StoreException("the user or password of the PostgreSQL URL has a malformed"
          + " %-escape");
    }
  }
}
