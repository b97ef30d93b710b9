package org.gongkai.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void masksAnIdNumberToItsFirstAndLastFourCharacters() {
    assertThat(PersonalData.maskIdNumber("500101199001011234")).isEqualTo("5001**********1234");
  }

  @Test
  void checksTheCheckDigitsOfIdNumbersAndCreditCodes() {
    String first17 = "50010119900101123";
    String id = first17 + PersonalData.idCheckDigit(first17);
    assertThat(PersonalData.isIdNumber(id)).isTrue();
    assertThat(PersonalData.isIdNumber(first17 + (id.charAt(17) == '1' ? '2' : '1'))).isFalse();
    assertThat(PersonalData.isCreditCode("91350100M000100Y43")).isTrue();
    assertThat(PersonalData.isCreditCode("91350100M000100Y44")).isFalse();
    String code17 = "91500101MA5U8XYW1";
    assertThat(PersonalData.isCreditCode(code17 + PersonalData.creditCheckChar(code17))).isTrue();
  }

  @Test
  void masksIdNumbersPhonesAndTheAddressOfANaturalPersonInText() {
    String first17 = "50010119900101123";
    String id = first17 + PersonalData.idCheckDigit(first17);
    String text = "当事人张三（身份证号 " + id + "，住址：重庆市人民路12号3-1，电话13812345678，座机023-63851234）罚款500元";
    String masked = PersonalData.maskText(text, "重庆市人民路12号3-1");
    assertThat(masked).doesNotContain(id).contains("5001**********" + id.substring(14));
    assertThat(masked).doesNotContain("13812345678").contains("138****5678");
    assertThat(masked).doesNotContain("63851234");
    assertThat(masked).doesNotContain("人民路12号").contains("***");
    assertThat(masked).contains("罚款500元");
  }

  @Test
  void parsesTheDatesBusinessSystemsWrite() {
    assertThat(DecisionImporter.parseDate("2020-05-18")).hasToString("2020-05-18");
    assertThat(DecisionImporter.parseDate("2020/5/8")).hasToString("2020-05-08");
    assertThat(DecisionImporter.parseDate("2020年5月8日")).hasToString("2020-05-08");
    assertThat(DecisionImporter.parseDate("20200508")).hasToString("2020-05-08");
    assertThat(DecisionImporter.parseDate("43959")).hasToString("2020-05-08");
    assertThat(DecisionImporter.parseDate("2020-02-30")).isNull();
    assertThat(DecisionImporter.parseDate("昨天")).isNull();
  }
}
