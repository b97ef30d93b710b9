package org.gongkai.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCatalogTest {

  @Test
  void allocatesExactlyTheTotal() {
    int[] out = DemoCatalog.allocate(1332, new int[] {10, 6, 6, 5, 3, 3, 3});
    int sum = 0;
    for (int n : out) {
      sum += n;
    }
    assertThat(sum).isEqualTo(1332);
    assertThat(out[0]).isGreaterThan(out[6]);
  }
}
