package org.gongkai.decision.internal;

/**
 * The natural keys seen so far in one import, as 64-bit hashes in an open-addressing table (16 to
 * 32 bytes a row, so ten million rows fit in a few hundred MB), each with the row it came from: a
 * second row with the same agency, kind and decision number is reported as a duplicate of the first.
 * Two different keys share a hash with a probability of about n²/2⁶⁵ (3·10⁻⁶ for ten million rows).
 */
final class KeyIndex {

  /** Slot i holds the hash at 2i and the row at 2i + 1: one cache miss per probe, not two. */
  private long[] slots = new long[2 << 16];
  private int size;

  /** Adds the key; returns the row that already had it, or 0. */
  int putIfAbsent(long hash, int row) {
    if (hash == 0) {
      hash = 1;
    }
    if (size * 4 >= slots.length) {
      grow();
    }
    int mask = slots.length / 2 - 1;
    int i = (int) (hash ^ (hash >>> 32)) & mask;
    while (slots[2 * i] != 0) {
      if (slots[2 * i] == hash) {
        return (int) slots[2 * i + 1];
      }
      i = (i + 1) & mask;
    }
    slots[2 * i] = hash;
    slots[2 * i + 1] = row;
    size++;
    return 0;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length / 2 - 1;
    for (int j = 0; j < old.length; j += 2) {
      long k = old[j];
      if (k != 0) {
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (slots[2 * i] != 0) {
          i = (i + 1) & mask;
        }
        slots[2 * i] = k;
        slots[2 * i + 1] = old[j + 1];
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
