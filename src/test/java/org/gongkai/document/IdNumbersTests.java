package org.gongkai.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumbersTests {

  /** ISO 7064 MOD 11-2, written out independently of the production code. */
  static String withCheckDigit(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight = (1 << (17 - i)) % 11; // 2^(n-1) mod 11 for position n counted from the right
      sum += (first17.charAt(i) - '0') * weight;
    }
    int value = (12 - sum % 11) % 11;
    return first17 + (value == 10 ? "X" : String.valueOf(value));
  }

  @Test
  void acceptsTheExamplesOfTheStandard() {
    assertThat(IdNumbers.isValidResidentId("11010519491231002X")).isTrue();
    assertThat(IdNumbers.isValidResidentId("440524188001010014")).isTrue();
    assertThat(IdNumbers.isValidResidentId("11010519491231002x")).isTrue();
  }

  @Test
  void acceptsNumbersWithComputedCheckDigits() {
    for (String first17 :
        new String[] {"50010319850612123", "50023819990228456", "50010120000229000", "51010219701231987"}) {
      String id = withCheckDigit(first17);
      assertThat(IdNumbers.isValidResidentId(id)).as(id).isTrue();
      assertThat(IdNumbers.checkCharacter(first17)).isEqualTo(id.charAt(17));
    }
  }

  @Test
  void rejectsWrongCheckDigitsDatesAndShapes() {
    assertThat(IdNumbers.isValidResidentId("110105194912310021")).isFalse();
    assertThat(IdNumbers.isValidResidentId("440524188001010015")).isFalse();
    String valid = withCheckDigit("50010319850612123");
    char wrong = valid.charAt(17) == '1' ? '2' : '1';
    assertThat(IdNumbers.isValidResidentId(valid.substring(0, 17) + wrong)).isFalse();
    // 2001-02-29 does not exist, 13th month does not exist
    assertThat(IdNumbers.isValidResidentId(withCheckDigit("50010320010229123"))).isFalse();
    assertThat(IdNumbers.isValidResidentId(withCheckDigit("50010319851312123"))).isFalse();
    // born in the future
    assertThat(IdNumbers.isValidResidentId(withCheckDigit("50010330000101123"))).isFalse();
    assertThat(IdNumbers.isValidResidentId(withCheckDigit("00010319850612123"))).isFalse();
    assertThat(IdNumbers.isValidResidentId("5001031985061212")).isFalse();
    assertThat(IdNumbers.isValidResidentId("5001031985061212３X")).isFalse();
    assertThat(IdNumbers.isValidResidentId(null)).isFalse();
  }

  @Test
  void readsTheBirthDateOfNewAndOldNumbers() {
    assertThat(IdNumbers.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(IdNumbers.isValidLegacyResidentId("500103850612123")).isTrue();
    assertThat(IdNumbers.birthDate("500103850612123")).isEqualTo(LocalDate.of(1985, 6, 12));
    assertThat(IdNumbers.isValidLegacyResidentId("500103851312123")).isFalse();
  }

  @Test
  void masksTheMiddle() {
    assertThat(IdNumbers.mask("500103198506121234")).isEqualTo("5001**********1234");
  }
}
