package sitrep.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import sitrep.model.resource.ResourceException;

class FurnitureNamesTest {
  private final FurnitureNames names = FurnitureNames.standard();

  @Test
  void namePartsMarkFurnitureAndCommentSections() {
    assertThat(names.find("c-article__kicker")).extracting(FurnitureNames.Match::part)
        .isEqualTo("kicker");
    assertThat(names.find("entry-content sharedaddy sd-sharing-enabled"))
        .extracting(FurnitureNames.Match::kind).isEqualTo(FurnitureNames.Kind.FURNITURE);
    assertThat(names.find("comments-area")).extracting(FurnitureNames.Match::kind)
        .isEqualTo(FurnitureNames.Kind.COMMENTS);
    assertThat(names.find("werbung werbung--content")).isNotNull();
  }

  @Test
  void layoutFlagsAndContentNamesAreNotFurniture() {
    assertThat(names.find("single has-sidebar no-comments show-author")).isNull();
    assertThat(names.find("entry-content post-body article__text")).isNull();
    // a whole part must match: "metadata-free", "adaptive" and "shared" are not furniture
    assertThat(names.find("adaptive shared-layout")).isNull();
  }

  @Test
  void aBadRuleFileNamesFileAndLine() {
    assertThatThrownBy(() -> FurnitureNames.load("sitrep/ingest/clean/bad-kind.tsv"))
        .isInstanceOf(ResourceException.class).hasMessageContaining("bad-kind.tsv:1");
  }
}
