package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeePolicyTest {

  @Test
  void theFirstTenApplicationsOfAMonthAreFreeThenOneHundredYuanUpToThirty() {
    assertThat(FeePolicy.byCount(1).amountYuan()).isZero();
    assertThat(FeePolicy.byCount(10).amountYuan()).isZero();
    assertThat(FeePolicy.byCount(11).amountYuan()).isEqualTo(100);
    assertThat(FeePolicy.byCount(30).amountYuan()).isEqualTo(100);
  }

  @Test
  void fromTheThirtyFirstEachBandOfTenCostsOneHundredYuanMorePerItem() {
    assertThat(FeePolicy.byCount(31).amountYuan()).isEqualTo(200);
    assertThat(FeePolicy.byCount(40).amountYuan()).isEqualTo(200);
    assertThat(FeePolicy.byCount(41).amountYuan()).isEqualTo(300);
    assertThat(FeePolicy.byCount(55).amountYuan()).isEqualTo(400);
    assertThat(FeePolicy.byCount(41).basis()).contains("第41—50件每件300元");
  }

  @Test
  void pagesAreChargedProgressivelyWithAWorkedBasis() {
    assertThat(FeePolicy.byPages(30).amountYuan()).isZero();
    assertThat(FeePolicy.byPages(31).amountYuan()).isEqualTo(10);
    assertThat(FeePolicy.byPages(100).amountYuan()).isEqualTo(700);
    assertThat(FeePolicy.byPages(150).amountYuan()).isEqualTo(700 + 50 * 20);
    assertThat(FeePolicy.byPages(250).amountYuan()).isEqualTo(700 + 2000 + 50 * 40);
    assertThat(FeePolicy.byPages(250).basis()).contains("第201—250页共50页×40元=2000元").contains("合计4700元");
  }
}
