package org.mfn.layers.ifr;

import java.util.Arrays;
import org.mfn.core.flow.FlowHasher;

/**
 * An open-addressing hash table from fixed-width flow keys ({@code stride} longs) to non-negative
 * {@code int} values, with linear probing and Robin Hood displacement.
 *
 * <p>Storage is one {@code long[]} of slots, {@code stride + 1} words each: a head word (a 32-bit
 * tag holding a 24-bit hash fingerprint and the probe distance, and the 32-bit value), then the key
 * words, so a probe usually reads one cache line. No object is allocated on lookup, on update of an
 * existing key, or on removal; insertion allocates only when the table grows. Capacity is sized to
 * the load factor, not rounded to a power of two; the table doubles when an insertion would exceed
 * {@code maxLoadFactor} (0.5 .. 0.9).
 *
 * <p>Keys are hashed with a keyed {@link FlowHasher}, random per table unless one is passed in, so
 * that keys crafted to collide under one table's hash do not collide under another's. Memory is
 * bounded by the keys held: when a probe distance would pass {@link #MAX_PROBE_DISTANCE}, the table
 * doubles only while its capacity is less than twice what its load needs ({@link
 * #probeLimitGrowthBound()}); beyond that the insertion is refused with {@link
 * FlowTableOverflowException} and the table is left unchanged. So crafted collisions cost at most
 * one doubling and {@code MAX_PROBE_DISTANCE} probes per operation, never unbounded growth.
 *
 * <p>Not thread-safe: one writer, and no readers concurrent with it (wrap it, as {@link
 * FlowRegistry} does, for shared use). Lookups are O(1) expected; the expected probe length at load
 * 0.9 stays small because Robin Hood hashing bounds its variance [1].
 */
/*
 * Design.
 *
 * Invariant (Robin Hood, [1]): entries of a run are ordered by home slot, so for every occupied
 * slot i with probe distance d > 0 (counted from 0 at the home slot in this paragraph; the tag
 * stores d + 1), slot i-1 is occupied with distance >= d-1. A lookup for a key
 * at distance d may therefore stop at the first slot that is empty or holds an entry with
 * distance < d: the key would have displaced that entry. checkInvariants() verifies it.
 *
 * Insertion walks to the first slot whose entry is "richer" (smaller distance) than the new key
 * would be there, or empty, and shifts the rest of the run one slot forward; this equals the
 * swap-on-richer formulation and keeps runs ordered. Deletion uses backward shift [2]: the
 * following entries with distance > 0 move back one slot, so no tombstones accumulate and
 * lookup cost does not degrade with churn.
 *
 * The tag (fingerprint << 8 | distance + 1; 0 means empty) lets most mismatching slots be
 * rejected without comparing keys. Head, value and key share a slot so that a hit costs one
 * cache line (two when the slot straddles a line) instead of one per array, as separate tag,
 * value and key arrays would. The fingerprint comes from the hash's top 24 bits, the home slot
 * from its low 32 bits. Distances are stored plus one (1 = at the home slot), so a zero tag is an
 * empty slot; the lookup loop counts distances the same way, from 1.
 *
 * Growth on the probe limit: with a keyed hash, a run of 250 at load <= 0.9 has probability far
 * below 10^-30, so a long run means colliding keys, and doubling does not separate keys whose full
 * hashes are equal (it is what drove the unkeyed table from 111K to 14.2M slots on 251 crafted
 * keys). One doubling is still allowed, for keys that share only a home slot, while the table is
 * smaller than twice its load's need; then the insert is refused.
 *
 * Why not a power of two: the home slot is a multiply-shift reduction [3] (one multiply where a
 * mask is one AND, and a predictable wrap branch when probing), so the capacity can be exactly
 * expectedSize / maxLoadFactor. With a power of two a registry of 1M flows would need 2^21 slots
 * at load 0.48, 24 MB (24 bytes per flow) more than 1.11M slots at load 0.9; the memory probe
 * (FlowMemoryBenchmark) measures the difference as bytes per flow.
 *
 * [1] P. Celis, P.-A. Larson, J. I. Munro, "Robin Hood Hashing", FOCS 1985.
 * [2] E. Goossaert, "Robin Hood hashing: backward shift deletion", 2013.
 * [3] D. Lemire, "A fast alternative to the modulo reduction", 2016.
 */
public final class RobinHoodFlowTable {
  /** Returned by lookups and removals when the key is absent. */
  public static final int NOT_FOUND = -1;

  /**
   * The longest probe run a key may need, counting its home slot as 1 (so at most 249 slots past
   * home; the tag's distance byte stores this 1-based count). A longer run makes the table grow
   * once, within {@link #probeLimitGrowthBound()}, or refuse the key.
   */
  public static final int MAX_PROBE_DISTANCE = 250;

  /** The default maximum load factor. */
  public static final float DEFAULT_MAX_LOAD_FACTOR = 0.9f;

  private static final int MAX_CAPACITY = 1 << 30;

  private final int stride;
  private final int slotWords;
  private final float maxLoadFactor;
  private final FlowHasher hasher;
  private long[] slots;
  private int capacity;
  private int size;
  private int growAt;

  /**
   * Creates a table sized for {@code expectedSize} keys without growing.
   *
   * @param stride words per key, 1..8 (2 for IPv4 flow keys, 5 for dual stack)
   * @param expectedSize keys to hold without growing, 0 or more
   * @param maxLoadFactor maximum fill before growing, 0.5..0.9
   * @param hasher the keyed hash ({@link FlowHasher#random()} for keys from outside)
   */
  public RobinHoodFlowTable(int stride, int expectedSize, float maxLoadFactor, FlowHasher hasher) {
    if (stride < 1 || stride > 8) {
      throw new IllegalArgumentException("stride must be 1..8 words: " + stride);
    }
    if (!(maxLoadFactor >= 0.5f && maxLoadFactor <= 0.9f)) {
      throw new IllegalArgumentException("max load factor must be in 0.5..0.9: " + maxLoadFactor);
    }
    if (expectedSize < 0) {
      throw new IllegalArgumentException("expected size must be >= 0: " + expectedSize);
    }
    if (hasher == null) {
      throw new IllegalArgumentException("hasher must not be null");
    }
    this.hasher = hasher;
    this.stride = stride;
    this.slotWords = stride + 1;
    this.maxLoadFactor = maxLoadFactor;
    allocate(capacityFor(expectedSize, maxLoadFactor));
  }

  /**
   * Creates a table with a random hash key.
   *
   * @param stride words per key, 1..8
   * @param expectedSize keys to hold without growing
   * @param maxLoadFactor maximum fill before growing, 0.5..0.9
   */
  public RobinHoodFlowTable(int stride, int expectedSize, float maxLoadFactor) {
    this(stride, expectedSize, maxLoadFactor, FlowHasher.random());
  }

  /**
   * Creates a table with the default load factor 0.9 and a random hash key.
   *
   * @param stride words per key, 1..8
   * @param expectedSize keys to hold without growing
   */
  public RobinHoodFlowTable(int stride, int expectedSize) {
    this(stride, expectedSize, DEFAULT_MAX_LOAD_FACTOR);
  }

  static int capacityFor(int expectedSize, float loadFactor) {
    long needed = Math.max(8L, (long) Math.ceil(expectedSize / (double) loadFactor));
    if (needed > MAX_CAPACITY) {
      throw new IllegalArgumentException("too many keys for one table: " + expectedSize);
    }
    return (int) needed;
  }

  private void allocate(int capacity) {
    if ((long) capacity * slotWords > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException(
          "table cannot grow beyond " + capacity + " slots of " + slotWords + " words");
    }
    slots = new long[capacity * slotWords];
    this.capacity = capacity;
    growAt = (int) (capacity * (double) maxLoadFactor);
  }

  /**
   * The home slot: Lemire's multiply-shift reduction of the hash's low 32 bits to {@code [0, n)},
   * uniform for any {@code n}, one multiply and no division.
   */
  private static int home(long hash, int n) {
    return (int) (((hash & 0xFFFF_FFFFL) * n) >>> 32);
  }

  private int next(int slot) {
    return slot + 1 == capacity ? 0 : slot + 1;
  }

  private int previous(int slot) {
    return slot == 0 ? capacity - 1 : slot - 1;
  }

  private static int tagOf(long head) {
    return (int) (head >>> 32);
  }

  private static long head(int tag, int value) {
    return (long) tag << 32 | (value & 0xFFFF_FFFFL);
  }

  private int tagAt(int slot) {
    return tagOf(slots[slot * slotWords]);
  }

  /** Returns the words per key. */
  public int stride() {
    return stride;
  }

  /** Returns the number of keys. */
  public int size() {
    return size;
  }

  /** Returns the number of slots (any size of at least 8; not a power of two). */
  public int capacity() {
    return capacity;
  }

  /** Returns the bytes of the slot array: {@code 8 * (stride + 1)} per slot. */
  public long sizeInBytes() {
    return (long) slots.length * Long.BYTES;
  }

  /** Returns the keyed hash this table uses. */
  public FlowHasher hasher() {
    return hasher;
  }

  /**
   * Returns the capacity up to which a probe-limit overflow may still double the table: twice the
   * capacity that the current load (plus the key being inserted) needs at the maximum load factor.
   *
   * @return the bound, in slots
   */
  public long probeLimitGrowthBound() {
    return 2L * capacityFor(size + 1, maxLoadFactor);
  }

  /**
   * Returns the hash the table uses for a key.
   *
   * @param key array holding the key
   * @param offset index of its first word
   * @return the 64-bit hash
   */
  public long hash(long[] key, int offset) {
    return hashOf(hasher, key, offset, stride);
  }

  /**
   * Returns the hash that a table of the given stride and hasher uses for a key.
   *
   * @param hasher the table's keyed hash
   * @param key array holding the key
   * @param offset index of its first word
   * @param stride words per key
   * @return the 64-bit hash
   */
  public static long hashOf(FlowHasher hasher, long[] key, int offset, int stride) {
    return stride == 2
        ? hasher.hash2(key[offset], key[offset + 1])
        : hasher.hash(key, offset, stride);
  }

  /**
   * Looks a key up.
   *
   * @param key array holding the key
   * @param offset index of its first word
   * @return the value, or {@link #NOT_FOUND}
   */
  public int get(long[] key, int offset) {
    int slot = findSlot(hash(key, offset), key, offset);
    return slot < 0 ? NOT_FOUND : valueAt(slot);
  }

  /**
   * Finds the slot of a key whose hash the caller already has (from {@link #hash}).
   *
   * @param hash the key's hash
   * @param key array holding the key
   * @param offset index of its first word
   * @return the slot, or {@link #NOT_FOUND}; valid until the next modification
   */
  public int findSlot(long hash, long[] key, int offset) {
    final long[] s = slots;
    final int n = capacity;
    final int words = slotWords;
    // The key, if present at distance d, has exactly the tag (fingerprint << 8 | d): one
    // compare rejects both other fingerprints and entries that only share this slot.
    final int fingerprintTag = (int) (hash >>> 40) << 8;
    int slot = home(hash, n);
    for (int distance = 1; ; distance++) {
      int base = slot * words;
      int tag = tagOf(s[base]);
      if (tag == (fingerprintTag | distance) && keyEquals(s, base + 1, key, offset)) {
        return slot;
      }
      if ((tag & 0xFF) < distance) {
        return NOT_FOUND; // empty (0) or a richer entry: the key would have displaced it
      }
      slot = slot + 1 == n ? 0 : slot + 1;
    }
  }

  private boolean keyEquals(long[] s, int base, long[] key, int offset) {
    for (int i = 0; i < stride; i++) {
      if (s[base + i] != key[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Inserts a key or updates its value.
   *
   * @param key array holding the key
   * @param offset index of its first word
   * @param value the value, 0 or more
   * @return the previous value, or {@link #NOT_FOUND} if the key was new
   * @throws FlowTableOverflowException if the key's probe run is full and the table may not grow
   *     further (keys crafted to collide); the table is then unchanged
   */
  public int put(long[] key, int offset, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("value must be >= 0: " + value);
    }
    long hash = hash(key, offset);
    int slot = findSlot(hash, key, offset);
    if (slot >= 0) {
      int previous = valueAt(slot);
      setValueAt(slot, value);
      return previous;
    }
    if (size >= growAt) {
      resize(Math.multiplyExact(capacity, 2));
    }
    while (!insertNew(hash, key, offset, value)) {
      growForProbeLimit();
    }
    return NOT_FOUND;
  }

  private void growForProbeLimit() {
    long doubled = 2L * capacity;
    if (doubled > probeLimitGrowthBound()) {
      throw new FlowTableOverflowException(
          "refused a key: its probe run reached the limit of "
              + MAX_PROBE_DISTANCE
              + " slots with "
              + size
              + " keys in "
              + capacity
              + " slots, and growing to "
              + doubled
              + " would pass the bound of "
              + probeLimitGrowthBound()
              + " (twice what the load needs); keys crafted to collide?");
    }
    resize((int) doubled);
  }

  /** Inserts a key known to be absent; false if a probe distance would pass the limit. */
  private boolean insertNew(long hash, long[] key, int offset, int value) {
    int slot = home(hash, capacity);
    int distance = 1;
    while ((tagAt(slot) & 0xFF) >= distance) {
      slot = next(slot);
      if (++distance > MAX_PROBE_DISTANCE) {
        return false;
      }
    }
    if (!shiftRunForward(slot)) {
      return false;
    }
    int base = slot * slotWords;
    slots[base] = head((int) (hash >>> 40) << 8 | distance, value);
    System.arraycopy(key, offset, slots, base + 1, stride);
    size++;
    return true;
  }

  /** Moves the entries from {@code start} up to the next empty slot one slot forward. */
  private boolean shiftRunForward(int start) {
    int empty = start;
    while (tagAt(empty) != 0) {
      if ((tagAt(empty) & 0xFF) >= MAX_PROBE_DISTANCE) {
        return false;
      }
      empty = next(empty);
    }
    for (int to = empty; to != start; ) {
      int from = previous(to);
      moveEntry(from, to, 1);
      to = from;
    }
    return true;
  }

  /** Copies slot {@code from} to {@code to}, changing the stored distance by {@code change}. */
  private void moveEntry(int from, int to, int change) {
    System.arraycopy(slots, from * slotWords, slots, to * slotWords, slotWords);
    slots[to * slotWords] += (long) change << 32;
  }

  /**
   * Removes a key.
   *
   * @param key array holding the key
   * @param offset index of its first word
   * @return its value, or {@link #NOT_FOUND} if it was absent
   */
  public int remove(long[] key, int offset) {
    int slot = findSlot(hash(key, offset), key, offset);
    if (slot < 0) {
      return NOT_FOUND;
    }
    int value = valueAt(slot);
    removeAt(slot);
    return value;
  }

  /**
   * Removes the entry in an occupied slot, shifting its run back (no tombstone). The slot then
   * holds the entry that followed, if any.
   *
   * @param slot an occupied slot
   */
  public void removeAt(int slot) {
    if (tagAt(slot) == 0) {
      throw new IllegalArgumentException("slot is empty: " + slot);
    }
    int hole = slot;
    int next = next(hole);
    while ((tagAt(next) & 0xFF) > 1) {
      moveEntry(next, hole, -1);
      hole = next;
      next = next(next);
    }
    slots[hole * slotWords] = 0;
    size--;
  }

  /**
   * Tells whether a slot holds an entry.
   *
   * @param slot 0 .. capacity-1
   * @return true if occupied
   */
  public boolean isOccupied(int slot) {
    return tagAt(slot) != 0;
  }

  /**
   * Returns the value in an occupied slot.
   *
   * @param slot an occupied slot
   * @return its value
   */
  public int valueAt(int slot) {
    return (int) slots[slot * slotWords];
  }

  /**
   * Replaces the value in an occupied slot.
   *
   * @param slot an occupied slot
   * @param value the new value, 0 or more
   */
  public void setValueAt(int slot, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("value must be >= 0: " + value);
    }
    int base = slot * slotWords;
    slots[base] = head(tagOf(slots[base]), value);
  }

  /**
   * Copies the key in an occupied slot.
   *
   * @param slot an occupied slot
   * @param target destination with room for {@link #stride()} words
   * @param offset index of the first word written
   */
  public void copyKeyAt(int slot, long[] target, int offset) {
    System.arraycopy(slots, slot * slotWords + 1, target, offset, stride);
  }

  /** Removes every key, keeping the capacity. */
  public void clear() {
    Arrays.fill(slots, 0L);
    size = 0;
  }

  /** Rehashes into {@code newCapacity} slots; all or nothing. */
  private void resize(int newCapacity) {
    long[] old = slots;
    int oldCapacity = capacity;
    int oldSize = size;
    allocate(newCapacity);
    size = 0;
    for (int slot = 0; slot < oldCapacity; slot++) {
      int base = slot * slotWords;
      if (tagOf(old[base]) != 0
          && !insertNew(hash(old, base + 1), old, base + 1, (int) old[base])) {
        slots = old;
        capacity = oldCapacity;
        size = oldSize;
        growAt = (int) (oldCapacity * (double) maxLoadFactor);
        throw new FlowTableOverflowException(
            "refused to grow to "
                + newCapacity
                + " slots: rehashing "
                + oldSize
                + " keys passed the probe limit of "
                + MAX_PROBE_DISTANCE
                + "; keys crafted to collide?");
      }
    }
  }

  /**
   * Checks every structural invariant; for tests. O(capacity).
   *
   * @throws AssertionError describing the first violation
   */
  void checkInvariants() {
    int count = 0;
    for (int slot = 0; slot < capacity; slot++) {
      int tag = tagAt(slot);
      if (tag == 0) {
        continue;
      }
      count++;
      int distance = (tag & 0xFF) - 1;
      long hash = hash(slots, slot * slotWords + 1);
      check(
          Math.floorMod(slot - distance, capacity) == home(hash, capacity),
          "slot " + slot + " is not at its home + distance");
      check((tag >>> 8) == (int) (hash >>> 40), "slot " + slot + " has a wrong fingerprint");
      if (distance > 0) {
        int before = tagAt(previous(slot));
        check(
            before != 0 && (before & 0xFF) - 1 >= distance - 1,
            "slot " + slot + " breaks the Robin Hood order");
      }
    }
    check(count == size, "size " + size + " but " + count + " occupied slots");
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
