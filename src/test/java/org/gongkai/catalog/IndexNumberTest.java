package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndexNumberTest {

  @Test
  void formatsTheTwentyCharacterForm() {
    IndexNumber n = new IndexNumber("014416330", 2018, 4736);
    assertThat(n.value()).isEqualTo("014416330/2018-04736").hasSize(20);
  }

  @Test
  void parsesTheHyphenatedOrganisationCode() {
    IndexNumber n = IndexNumber.parse("0142768-8/2022-00185");
    assertThat(n.organisationCode()).isEqualTo("01427688");
    assertThat(n.value()).isEqualTo("01427688/2022-00185");
    assertThat(IndexNumber.parse("63151643-3/2020-00012").value()).isEqualTo("631516433/2020-00012");
  }

  @Test
  void parsesTheCanonicalFormAndFullWidthSeparators() {
    assertThat(IndexNumber.parse(" 000014349/2018-00222 ").value()).isEqualTo("000014349/2018-00222");
    assertThat(IndexNumber.parse("000014349／2018－00222").serial()).isEqualTo(222);
  }

  @Test
  void rejectsGarbageWithAChineseMessage() {
    assertThatThrownBy(() -> IndexNumber.parse("abc")).hasMessageContaining("索引号格式不正确");
    assertThatThrownBy(() -> IndexNumber.parse("014416330/2018-00000")).hasMessageContaining("流水号");
    assertThat(IndexNumber.isValid("<script>")).isFalse();
  }
}
