package org.gongkai.appeal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ExportLimitTest {

  @Test
  void exportsUpToTheLimit() {
    assertThatCode(() -> AppealCases.requireExportable(AppealCases.EXPORT_LIMIT)).doesNotThrowAnyException();
  }

  @Test
  void refusesAnExportAboveTheLimitInsteadOfCuttingItShort() {
    assertThatThrownBy(() -> AppealCases.requireExportable(AppealCases.EXPORT_LIMIT + 1L))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("超过单次导出上限100000件");
  }
}
