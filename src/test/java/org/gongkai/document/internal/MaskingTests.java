package org.gongkai.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

  @Test
  void keepsLessOfAShorterTextAndCountsCharactersNotCodeUnits() {
    assertThat(Masking.mask("500103198506121234")).isEqualTo("5001**********1234");
    assertThat(Masking.mask("13812345")).isEqualTo("13****45");
    assertThat(Masking.mask("张三丰")).isEqualTo("张**");
    assertThat(Masking.mask("张")).isEqualTo("*");
    assertThat(Masking.mask("")).isEmpty();
    // a character outside the BMP (two UTF-16 units) is one character, kept or hidden whole
    assertThat(Masking.mask("𠀀三四")).isEqualTo("𠀀**");
    assertThat(Masking.mask("三𠀀四")).isEqualTo("三**");
  }

  @Test
  void anEmailAddressKeepsItsFirstCharacterAndItsDomain() {
    assertThat(Masking.mask("zhang.san@example.com")).isEqualTo("z***@example.com");
    assertThat(Masking.mask("𠀀x@example.com")).isEqualTo("𠀀***@example.com");
  }
}
