package org.gongkai.decision.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Picks the COPY lane of each row. An agency's rows go to one lane, the one with the fewest rows
 * when the agency is first seen: both indexes of {@code decision} start with the agency, so the
 * backends then insert into different parts of them. Split by key instead, both lanes walk the same
 * agencies in the same sorted order at the same time and contend for the same leaf pages (a file of
 * 300 agencies took about a sixth longer). When an agency's lane runs more than {@code spillRows}
 * ahead of the lightest one, as with a file of a single agency, that agency's rows are spread over
 * the lanes by their key's hash, so that every lane keeps working.
 */
final class LaneChooser {

  private final long[] rows;
  private final int spillRows;
  private final Map<String, Integer> agencyLanes = new HashMap<>();

  LaneChooser(int lanes, int spillRows) {
    this.rows = new long[lanes];
    this.spillRows = spillRows;
  }

  /** The lane of a row of {@code agency} whose natural key hashes to {@code keyHash}. */
  int lane(String agency, long keyHash) {
    int lightest = lightest();
    Integer assigned = agencyLanes.get(agency);
    if (assigned == null) {
      assigned = lightest;
      agencyLanes.put(agency, assigned);
    }
    int lane = rows[assigned] - rows[lightest] > spillRows ? (int) ((keyHash >>> 1) % rows.length) : assigned;
    rows[lane]++;
    return lane;
  }

  private int lightest() {
    int lightest = 0;
    for (int i = 1; i < rows.length; i++) {
      if (rows[i] < rows[lightest]) {
        lightest = i;
      }
    }
    return lightest;
  }
}
