package sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresUrlTest {
  @Test
  void credentialsInTheUrlWinOverPgUserAndPgPassword() {
    PostgresUrl u = PostgresUrl.parse("jdbc:postgresql://db.example:6543/sitrep?user=alice"
        + "&password=pw1&sslmode=require", Map.of("PGUSER", "bob", "PGPASSWORD", "pw2"));

    assertThat(u.user()).isEqualTo("alice");
    assertThat(u.password()).isEqualTo("pw1");
    assertThat(u.location()).isEqualTo("jdbc:postgresql://db.example:6543/sitrep");
    assertThat(u.toString()).isEqualTo(u.location());
  }

  @Test
  void withoutThemPgUserAndPgPasswordAreUsed() {
    PostgresUrl u = PostgresUrl.parse("jdbc:postgresql://localhost/sitrep",
        Map.of("PGUSER", "bob", "PGPASSWORD", "pw2"));

    assertThat(u.user()).isEqualTo("bob");
    assertThat(u.password()).isEqualTo("pw2");
    assertThat(u.location()).isEqualTo("jdbc:postgresql://localhost:5432/sitrep");
    assertThat(PostgresUrl.parse("jdbc:postgresql://localhost/sitrep", Map.of()).user()).isNull();
  }

  @Test
  void aLibpqUriBecomesAJdbcUrlWithItsUserAndDecodedPassword() {
    PostgresUrl u = PostgresUrl.parse("postgresql://carol:p%40ss+w@h1:5433,h2:5434/events"
        + "?sslmode=disable", Map.of("PGPASSWORD", "other"));

    assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://h1:5433,h2:5434/events?sslmode=disable");
    assertThat(u.user()).isEqualTo("carol");
    assertThat(u.password()).isEqualTo("p@ss+w");
    assertThat(u.location()).isEqualTo("jdbc:postgresql://h1:5433,h2:5434/events");
    assertThat(PostgresUrl.parse("postgres://db/x", Map.of()).location())
        .isEqualTo("jdbc:postgresql://db:5432/x");
  }

  @Test
  void messagesAreRedactedOfThePassword() {
    PostgresUrl u = PostgresUrl.parse("jdbc:postgresql://db/x?password=hunter2", Map.of());

    assertThat(u.redact("FATAL: password hunter2 rejected")).isEqualTo("FATAL: password *** rejected");
  }

  @Test
  void malformedUrlsAreRefusedWithoutRepeatingThem() {
    assertThatThrownBy(() -> PostgresUrl.parse("jdbc:postgresql://db:notaport/x?password=hunter2",
        Map.of()))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("not a PostgreSQL URL")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> PostgresUrl.parse("postgresql://u:hunter2%zz@db/x", Map.of()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("malformed %-escape")
        .hasMessageNotContaining("hunter2");
  }
}
