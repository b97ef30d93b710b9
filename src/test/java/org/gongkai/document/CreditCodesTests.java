package org.gongkai.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodesTests {

  private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** GB 32100: weights 3^(i) mod 31, check = 31 − (Σ mod 31), 31 → 0; computed independently. */
  static String withCheck(String first17) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += CHARS.indexOf(first17.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    int check = 31 - sum % 31;
    return first17 + CHARS.charAt(check == 31 ? 0 : check);
  }

  @Test
  void acceptsTheExampleOfTheStandard() {
    assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
  }

  @Test
  void acceptsCodesWithComputedCheckCharacters() {
    for (String first17 :
        new String[] {"11500000MB1527185", "91500000MA5U00000", "12500103450401234", "51500000MJP000001"}) {
      String code = withCheck(first17);
      assertThat(CreditCodes.isValid(code)).as(code).isTrue();
    }
  }

  @Test
  void rejectsWrongCheckCharactersAndForbiddenLetters() {
    assertThat(CreditCodes.isValid("91350100M000100Y44")).isFalse();
    assertThat(CreditCodes.isValid("91350100M000100Y4")).isFalse();
    assertThat(CreditCodes.isValid("91350100m000100y43")).isFalse();
    // I, O, S, V, Z are not in the character set
    String withO = "91500000MO5U00000";
    assertThat(CreditCodes.isValid(withO + "1")).isFalse();
    // the administrative division must be digits
    assertThat(CreditCodes.isValid(withCheck("9150A000MA5U00000"))).isFalse();
    assertThat(CreditCodes.isValid(null)).isFalse();
    // characters outside ASCII, such as a full-width digit, are not in the set either
    assertThat(CreditCodes.isValid("91350100M000100Y4３")).isFalse();
    assertThat(CreditCodes.isValid("９1350100M000100Y43")).isFalse();
  }
}
