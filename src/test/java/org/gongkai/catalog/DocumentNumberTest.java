package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

  @Test
  void matchesWhateverBracketsAndDigitsWereUsed() {
    String key = new DocumentNumber("渝府发〔2020〕12号").key();
    assertThat(new DocumentNumber("渝府发[2020]12号").key()).isEqualTo(key);
    assertThat(new DocumentNumber("渝府发［２０２０］１２号").key()).isEqualTo(key);
    assertThat(new DocumentNumber("渝府发（2020）12号").key()).isEqualTo(key);
    assertThat(new DocumentNumber("渝府发 【2020】 12号").key()).isEqualTo(key);
  }

  @Test
  void refusesTooLongNumbers() {
    assertThatThrownBy(() -> new DocumentNumber("号".repeat(10_000))).hasMessageContaining("不能超过100个字符");
  }
}
