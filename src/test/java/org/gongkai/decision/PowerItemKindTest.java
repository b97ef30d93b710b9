package org.gongkai.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PowerItemKindTest {

  @Test
  void aKindIsReadFromItsLabelItsConstantNameInAnyCaseOrTheShortFormsOfBusinessSystems() {
    for (PowerItemKind kind : PowerItemKind.values()) {
      assertThat(PowerItemKind.parse(kind.label())).isEqualTo(kind);
      assertThat(PowerItemKind.parse(" " + kind.name().toLowerCase() + " ")).isEqualTo(kind);
    }
    assertThat(PowerItemKind.parse("许可")).isEqualTo(PowerItemKind.LICENSING);
    assertThat(PowerItemKind.parse("处罚")).isEqualTo(PowerItemKind.PENALTY);
    assertThat(PowerItemKind.parse("强制")).isEqualTo(PowerItemKind.COERCION);
    assertThat(PowerItemKind.parse("其他管理服务事项")).isEqualTo(PowerItemKind.OTHER_MANAGEMENT_SERVICE);
  }

  @Test
  void anythingElseIsNoKind() {
    assertThat(PowerItemKind.parse(null)).isNull();
    assertThat(PowerItemKind.parse("")).isNull();
    assertThat(PowerItemKind.parse("行政许可证")).isNull();
    assertThat(PowerItemKind.parse("penalty fee")).isNull();
  }
}
