package org.gongkai.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AppealCaseTest {

  private static final LocalDate TODAY = LocalDate.of(2021, 3, 1);

  private static AppealCase pending() {
    return new AppealCase(7, CaseKind.RECONSIDERATION, null, null, "500101", null, null, "王建国",
        LocalDate.of(2020, 11, 2), "重庆市人民政府", CaseResult.PENDING, null, null, 0);
  }

  @Test
  void aPendingCaseIsDecidedWithItsResultAndDate() {
    AppealCase decided = pending().decide(CaseResult.CORRECTED, LocalDate.of(2021, 1, 5), TODAY);
    assertThat(decided.result()).isEqualTo(CaseResult.CORRECTED);
    assertThat(decided.decidedOn()).isEqualTo(LocalDate.of(2021, 1, 5));
  }

  @Test
  void aDecidedCaseCannotBeDecidedAgainAndTheMessageNamesItsResult() {
    AppealCase decided = pending().decide(CaseResult.UPHELD, LocalDate.of(2021, 1, 5), TODAY);
    assertThatThrownBy(() -> decided.decide(CaseResult.OTHER, LocalDate.of(2021, 2, 1), TODAY))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("已审结（结果维持");
  }

  @Test
  void aDecisionCannotPrecedeReceiptNorLieInTheFutureNorBePending() {
    assertThatThrownBy(() -> pending().decide(CaseResult.UPHELD, LocalDate.of(2020, 11, 1), TODAY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能早于");
    assertThatThrownBy(() -> pending().decide(CaseResult.UPHELD, TODAY.plusDays(1), TODAY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能晚于今天");
    assertThatThrownBy(() -> pending().decide(CaseResult.PENDING, TODAY, TODAY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请选择审结结果");
  }

  @Test
  void aCaseIsPendingFromReceiptUntilTheDayBeforeItsDecision() {
    AppealCase decided = pending().decide(CaseResult.UPHELD, LocalDate.of(2021, 1, 5), TODAY);
    assertThat(decided.isPendingOn(LocalDate.of(2020, 12, 31))).isTrue();
    assertThat(decided.isPendingOn(LocalDate.of(2021, 1, 5))).isFalse();
    assertThat(decided.isPendingOn(LocalDate.of(2020, 11, 1))).isFalse();
  }

  @Test
  void trackingNumbersFollowTheRequestDesksFormat() {
    assertThat(TrackingNumbers.isValid("YSQ-2020-500101B01-00012")).isTrue();
    assertThat(TrackingNumbers.isValid("YSQ-2021-500000-00001")).isTrue();
    assertThat(TrackingNumbers.isValid("YSQ-2020-500101001-12345")).isTrue();
    assertThat(TrackingNumbers.isValid("ysq-2020-500101-00012")).isFalse();
    assertThat(TrackingNumbers.isValid("YSQ-2020-5001-00012")).isFalse();
    assertThat(TrackingNumbers.isValid("YSQ-2020-500101-12")).isFalse();
    assertThat(TrackingNumbers.isValid("YSQ 2020 500101 00012")).isFalse();
  }
}
