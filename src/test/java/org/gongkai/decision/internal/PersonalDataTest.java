package org.gongkai.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.document.IdNumbers;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void masksAnIdNumberToItsFirstAndLastFourCharacters() {
    assertThat(IdNumbers.mask("500101199001011234")).isEqualTo("5001**********1234");
  }

  @Test
  void masksIdNumbersPhonesAndTheAddressOfANaturalPersonInText() {
    String first17 = "50010119900101123";
    String id = first17 + IdNumbers.checkCharacter(first17);
    String text = "当事人张三（身份证号 " + id + "，住址：重庆市人民路12号3-1，电话13812345678，座机023-63851234）罚款500元";
    String masked = PersonalData.maskText(text, "重庆市人民路12号3-1");
    assertThat(masked).doesNotContain(id).contains("5001**********" + id.substring(14));
    assertThat(masked).doesNotContain("13812345678").contains("138****5678");
    assertThat(masked).doesNotContain("63851234");
    assertThat(masked).doesNotContain("人民路12号").contains("***");
    assertThat(masked).contains("罚款500元");
  }

  @Test
  void anOrganisationsTextGetsTheSharedRuleOnly() {
    String text = "重庆某公司（联系电话13812345678，开户账号6222021001115678903）罚款2000元，地址重庆市人民路12号";
    String masked = PersonalData.maskText(text, null);
    assertThat(masked).contains("138****5678").contains("6222" + "*".repeat(11) + "8903").contains("重庆市人民路12号").contains("罚款2000元");
    assertThat(PersonalData.maskText("罚款2000元", "重庆")).isEqualTo("罚款2000元");
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
