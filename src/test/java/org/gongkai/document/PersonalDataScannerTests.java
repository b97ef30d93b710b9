package org.gongkai.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataScannerTests {

  private static final String ID = IdNumbersTests.withCheckDigit("50010319850612123");

  /** A 16-digit number with a Luhn check digit computed here. */
  static String luhnNumber(String first15) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      int d = first15.charAt(14 - i) - '0';
      if (i % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return first15 + (10 - sum % 10) % 10;
  }

  @Test
  void findsEachKindWithItsPosition() {
    String card = luhnNumber("622202310000123");
    String text =
        "申请人张三，身份证号" + ID + "，手机13812345678，办公电话023-63851234，银行卡" + card
            + "，邮箱zhang.san@example.com。";
    List<PersonalDataFinding> found = PersonalDataScanner.scan(text);
    assertThat(found)
        .extracting(PersonalDataFinding::kind)
        .containsExactly(
            PersonalDataKind.RESIDENT_ID,
            PersonalDataKind.MOBILE,
            PersonalDataKind.LANDLINE,
            PersonalDataKind.BANK_CARD,
            PersonalDataKind.EMAIL);
    for (PersonalDataFinding f : found) {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
    }
    assertThat(found.get(0).text()).isEqualTo(ID);
    assertThat(found.get(0).label()).isEqualTo("居民身份证号");
    assertThat(found.get(0).masked()).isEqualTo("5001**********" + ID.substring(14));
    assertThat(found.get(4).masked()).isEqualTo("z***@example.com");
  }

  @Test
  void ignoresNumbersThatFailTheirChecks() {
    String badId = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
    String card = luhnNumber("622202310000123");
    String badCard = card.substring(0, 15) + (char) ('0' + (card.charAt(15) - '0' + 1) % 10);
    List<PersonalDataFinding> found =
        PersonalDataScanner.scan("编号" + badId + "；卡号" + badCard + "；金额12345678元；文号2026012号");
    assertThat(found).isEmpty();
  }

  @Test
  void findsOldIdsFormattedPhonesAndLandlinesInBrackets() {
    List<PersonalDataFinding> found =
        PersonalDataScanner.scan("旧证500103850612123，电话（023）63851234转8001，手机+86 138-1234-5678");
    assertThat(found)
        .extracting(PersonalDataFinding::kind)
        .containsExactly(PersonalDataKind.RESIDENT_ID, PersonalDataKind.LANDLINE, PersonalDataKind.MOBILE);
    assertThat(found.get(1).text()).isEqualTo("（023）63851234转8001");
    assertThat(found.get(2).text()).isEqualTo("+86 138-1234-5678");
  }

  @Test
  void doesNotTakeDigitsOutOfLongerNumbers() {
    assertThat(PersonalDataScanner.scan("订单号9913812345678001")).isEmpty();
    assertThat(PersonalDataScanner.scan("12812345678")).isEmpty();
  }

  @Test
  void anIdNumberIsNotAlsoReportedAsABankCard() {
    // find an identity number that also passes the Luhn check
    String id = null;
    for (int i = 100; i < 999 && id == null; i++) {
      String candidate = IdNumbersTests.withCheckDigit("50010319850612" + i);
      if (PersonalDataScanner.luhn(candidate)) {
        id = candidate;
      }
    }
    assertThat(id).isNotNull();
    assertThat(PersonalDataScanner.scan("证号" + id))
        .singleElement()
        .extracting(PersonalDataFinding::kind)
        .isEqualTo(PersonalDataKind.RESIDENT_ID);
  }

  @Test
  void masksEveryFindingInPlaceAndLeavesTheRest() {
    String card = luhnNumber("622202310000123");
    String text = "当事人张三（身份证号 " + ID + "），手机13812345678，座机023-63851234转8001，"
        + "卡号" + card.substring(0, 4) + " " + card.substring(4, 8) + " " + card.substring(8, 12) + " " + card.substring(12)
        + "，邮箱zhang.san@example.com，罚款500元，文号渝府发〔2020〕12号。";
    String masked = PersonalDataScanner.mask(text);
    assertThat(masked)
        .contains("5001**********" + ID.substring(14))
        .contains("手机138****5678")
        .contains("座机023-****1234转8001")
        .contains("卡号6222 **** **** " + card.substring(12))
        .contains("邮箱z***@example.com")
        .contains("罚款500元，文号渝府发〔2020〕12号。")
        .doesNotContain(ID)
        .doesNotContain("13812345678")
        .doesNotContain("63851234");
    assertThat(PersonalDataScanner.scan(masked)).isEmpty();
  }

  @Test
  void masksPhonesWithPrefixesAndShortLandlines() {
    assertThat(PersonalDataScanner.mask("手机+86 138-1234-5678")).isEqualTo("手机+86 138-****-5678");
    assertThat(PersonalDataScanner.mask("电话（023）6385123")).isEqualTo("电话（023）***5123");
    assertThat(PersonalDataScanner.mask("电话0755-82345678")).isEqualTo("电话0755-****5678");
  }

  @Test
  void leavesTextWithoutPersonalDataUntouched() {
    String text = "罚款人民币5000元，2020年5月8日";
    assertThat(PersonalDataScanner.mask(text)).isSameAs(text);
    assertThat(PersonalDataScanner.mask("")).isEmpty();
    assertThat(PersonalDataScanner.mask(null)).isNull();
  }

  @Test
  void findsNumbersThatMakeUpTheWholeTextOrTouchAnEmailAddress() {
    assertThat(PersonalDataScanner.mask("13812345678")).isEqualTo("138****5678");
    assertThat(PersonalDataScanner.mask(ID)).isEqualTo("5001**********" + ID.substring(14));
    assertThat(PersonalDataScanner.scan("13812345678@qq.com"))
        .singleElement()
        .extracting(PersonalDataFinding::kind)
        .isEqualTo(PersonalDataKind.EMAIL);
  }
}
