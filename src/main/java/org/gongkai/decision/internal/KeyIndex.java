package org.gongkai.decision.internal;

/**
 * The natural keys seen so far in one import, as 64-bit hashes in an open-addressing table (16
 * bytes a row, so ten million rows fit in a few hundred MB), each with the row it came from: a
 * second row with the same agency, kind and decision number is reported as a duplicate of the first.
 * Two different keys share a hash with a probability of about n²/2⁶⁵ (3·10⁻⁶ for ten million rows).
 */
final class KeyIndex {

  private long[] keys = new long[1 << 16];
  private int[] rows = new int[1 << 16];
  private int size;

  /** Adds the key; returns the row that already had it, or 0. */
  int putIfAbsent(long hash, int row) {
    if (hash == 0) {
      hash = 1;
    }
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = (int) (hash ^ (hash >>> 32)) & mask;
    while (keys[i] != 0) {
      if (keys[i] == hash) {
        return rows[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = hash;
    rows[i] = row;
    size++;
    return 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long k = oldKeys[j];
      if (k != 0) {
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        rows[i] = oldRows[j];
      }
    }
  }

  static long hash(String agency, String kind, String number) {
    long h = 0xcbf29ce484222325L;
    h = mix(h, agency);
    h = (h ^ 1) * 0x100000001b3L;
    h = mix(h, kind);
    h = (h ^ 1) * 0x100000001b3L;
    h = mix(h, number);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static long mix(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
