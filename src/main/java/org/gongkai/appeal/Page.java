package org.gongkai.appeal;

import java.util.List;

/** One page of a register with the total count. */
public record Page<T>(List<T> items, long total, int page, int size) {
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
