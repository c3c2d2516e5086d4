package sitrep.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import sitrep.model.resource.ResourceException;

class BoilerplateTest {
  @Test
  void standardRulesLoadAndClassify() {
    Boilerplate b = Boilerplate.standard();
    assertThat(b.size()).isGreaterThan(40);
    assertThat(b.classify("  Leave a Reply ")).isEqualTo(Boilerplate.Kind.REST);
    assertThat(b.classify("Share this:")).isEqualTo(Boilerplate.Kind.BLOCK);
    assertThat(b.classify("You are commenting using your Twitter account. Log Out /  Change )"))
        .isEqualTo(Boilerplate.Kind.LINE);
    assertThat(b.classify("Rockets hit the base.")).isNull();
    assertThat(b.classify("Leave a Reply " + "x".repeat(400))).isNull();
  }

  @Test
  void aBadRuleFileNamesFileAndLine() {
    assertThatThrownBy(() -> Boilerplate.load("sitrep/ingest/clean/bad-boilerplate.tsv"))
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining("bad-boilerplate.tsv:3")
        .hasMessageContaining("bad regex");
    assertThatThrownBy(() -> Boilerplate.load("sitrep/ingest/clean/bad-kind.tsv"))
        .isInstanceOf(ResourceException.class)
        .hasMessageContaining("bad-kind.tsv:1");
    assertThatThrownBy(() -> Boilerplate.load("sitrep/ingest/clean/none.tsv"))
        .isInstanceOf(ResourceException.class).hasMessageContaining("missing");
  }
}
