package org.gongkai.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyIndexTest {

  @Test
  void remembersTheFirstRowOfEveryKeyThroughManyGrowths() {
    KeyIndex index = new KeyIndex();
    for (int row = 1; row <= 300_000; row++) {
      assertThat(index.putIfAbsent(KeyIndex.hash("500101B01", "PENALTY", "万州罚〔2024〕" + row + "号"), row)).isZero();
    }
    for (int row = 1; row <= 300_000; row += 997) {
      assertThat(index.putIfAbsent(KeyIndex.hash("500101B01", "PENALTY", "万州罚〔2024〕" + row + "号"), 999_999)).isEqualTo(row);
    }
    assertThat(index.putIfAbsent(KeyIndex.hash("500101B01", "LICENSING", "万州罚〔2024〕1号"), 7)).isZero();
  }
}
