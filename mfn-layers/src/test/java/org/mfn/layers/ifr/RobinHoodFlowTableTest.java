package org.mfn.layers.ifr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mfn.core.flow.FlowHasher;

class RobinHoodFlowTableTest {

  private static long[] key(long... words) {
    return words;
  }

  @Test
  void get_emptyTable_notFound() {
    RobinHoodFlowTable table = new RobinHoodFlowTable(2, 10);
    assertThat(table.get(key(1, 2), 0)).isEqualTo(RobinHoodFlowTable.NOT_FOUND);
    assertThat(table.size()).isZero();
  }

  @Test
  void put_newThenExistingKey_insertsThenUpdates() {
    RobinHoodFlowTable table = new RobinHoodFlowTable(2, 10);

    assertThat(table.put(key(1, 2), 0, 7)).isEqualTo(RobinHoodFlowTable.NOT_FOUND);
    assertThat(table.put(key(1, 2), 0, 9)).isEqualTo(7);

    assertThat(table.get(key(1, 2), 0)).isEqualTo(9);
    assertThat(table.size()).isEqualTo(1);
    table.checkInvariants();
  }

  @Test
  void get_keyAtAnOffset_readsTheRightWords() {
    RobinHoodFlowTable table = new RobinHoodFlowTable(2, 10);
    long[] packed = {99, 1, 2, 3, 4};
    table.put(packed, 1, 5);
    assertThat(table.get(key(1, 2), 0)).isEqualTo(5);
    assertThat(table.get(packed, 3)).isEqualTo(RobinHoodFlowTable.NOT_FOUND);
  }

  @Test
  void remove_middleOfARun_shiftsFollowersBack() {
    // A tiny table with many keys produces long runs; removing keys one by one must keep every
    // remaining key reachable and the run ordered (no tombstones).
    RobinHoodFlowTable table = new RobinHoodFlowTable(1, 7, 0.9f);
    for (int i = 0; i < 7; i++) {
      table.put(key(i), 0, i);
    }
    table.checkInvariants();
    for (int i = 0; i < 7; i += 2) {
      assertThat(table.remove(key(i), 0)).isEqualTo(i);
      table.checkInvariants();
    }
    for (int i = 0; i < 7; i++) {
      assertThat(table.get(key(i), 0)).isEqualTo(i % 2 == 0 ? RobinHoodFlowTable.NOT_FOUND : i);
    }
    assertThat(table.remove(key(0), 0)).isEqualTo(RobinHoodFlowTable.NOT_FOUND);
  }

  @Test
  void put_pastTheLoadFactor_grows() {
    RobinHoodFlowTable table = new RobinHoodFlowTable(2, 8, 0.9f);
    int initial = table.capacity();
    for (int i = 0; i < 1000; i++) {
      table.put(key(i, -i), 0, i);
    }
    assertThat(table.capacity()).isGreaterThan(initial);
    assertThat(table.size() / (double) table.capacity()).isLessThanOrEqualTo(0.9);
    for (int i = 0; i < 1000; i++) {
      assertThat(table.get(key(i, -i), 0)).isEqualTo(i);
    }
    table.checkInvariants();
  }

  @Test
  void constructor_expectedSize_holdsItWithoutGrowing() {
    RobinHoodFlowTable table = new RobinHoodFlowTable(2, 100_000, 0.9f);
    int capacity = table.capacity();
    for (int i = 0; i < 100_000; i++) {
      table.put(key(i, 7), 0, i);
    }
    assertThat(table.capacity()).isEqualTo(capacity).isEqualTo(111_112);
  }

  @Test
  void constructor_badArguments_throwNamingTheRule() {
    assertThatThrownBy(() -> new RobinHoodFlowTable(0, 10)).hasMessageContaining("stride");
    assertThatThrownBy(() -> new RobinHoodFlowTable(2, 10, 0.95f))
        .hasMessageContaining("load factor");
    assertThatThrownBy(() -> new RobinHoodFlowTable(2, -1)).hasMessageContaining("expected size");
    assertThatThrownBy(() -> new RobinHoodFlowTable(2, 10).put(key(1, 2), 0, -1))
        .hasMessageContaining("value");
  }

  static Stream<Arguments> seedsAndStrides() {
    List<Arguments> cases = new ArrayList<>();
    for (long seed = 1; seed <= 12; seed++) {
      cases.add(Arguments.of(seed, seed % 3 == 0 ? 5 : 2, seed % 2 == 0 ? 0.9f : 0.5f));
    }
    return cases.stream();
  }

  /**
   * Long random sequences of insert, update, delete and lookup against a HashMap model, starting
   * small so that the table grows several times, from a small key universe so that operations often
   * hit existing keys. Invariants are checked after every operation.
   */
  @ParameterizedTest(name = "seed {0}, stride {1}, load {2}")
  @MethodSource("seedsAndStrides")
  void randomOperations_matchAHashMapModel(long seed, int stride, float load) {
    SplittableRandom random = new SplittableRandom(seed);
    RobinHoodFlowTable table = new RobinHoodFlowTable(stride, 4, load);
    Map<List<Long>, Integer> model = new HashMap<>();
    int universe = 1_000;
    long[] scratch = new long[stride];
    for (int op = 0; op < 6_000; op++) {
      int id = random.nextInt(universe);
      fillKey(scratch, id, stride);
      List<Long> modelKey = modelKey(scratch);
      int action = random.nextInt(10);
      if (action < 4) {
        int value = random.nextInt(Integer.MAX_VALUE);
        Integer previous = model.put(modelKey, value);
        assertThat(table.put(scratch, 0, value))
            .isEqualTo(previous == null ? RobinHoodFlowTable.NOT_FOUND : previous);
      } else if (action < 7) {
        Integer removed = model.remove(modelKey);
        assertThat(table.remove(scratch, 0))
            .isEqualTo(removed == null ? RobinHoodFlowTable.NOT_FOUND : removed);
      } else {
        Integer expected = model.get(modelKey);
        assertThat(table.get(scratch, 0))
            .isEqualTo(expected == null ? RobinHoodFlowTable.NOT_FOUND : expected);
      }
      assertThat(table.size()).isEqualTo(model.size());
      table.checkInvariants();
    }
    table.checkInvariants();
    for (Map.Entry<List<Long>, Integer> e : model.entrySet()) {
      long[] k = e.getKey().stream().mapToLong(Long::longValue).toArray();
      assertThat(table.get(k, 0)).isEqualTo(e.getValue());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seedsAndStrides")
  void fillToMaxLoadThenDrain_everyStepKeepsTheInvariants(long seed, int stride, float load) {
    SplittableRandom random = new SplittableRandom(seed);
    RobinHoodFlowTable table = new RobinHoodFlowTable(stride, 1000, 0.9f);
    int capacity = table.capacity();
    int count = (int) (capacity * 0.9);
    long[][] keys = new long[count][stride];
    for (int i = 0; i < count; i++) {
      for (int w = 0; w < stride; w++) {
        keys[i][w] = random.nextLong();
      }
      table.put(keys[i], 0, i);
      table.checkInvariants();
    }
    assertThat(table.capacity()).isEqualTo(capacity);
    for (int i = count - 1; i >= 0; i -= 1) {
      int pick = random.nextInt(i + 1);
      long[] k = keys[pick];
      keys[pick] = keys[i];
      keys[i] = k;
      assertThat(table.remove(k, 0)).isNotEqualTo(RobinHoodFlowTable.NOT_FOUND);
      table.checkInvariants();
    }
    assertThat(table.size()).isZero();
  }

  @Test
  void clear_removesEverythingKeepsCapacity() {
    RobinHoodFlowTable table = new RobinHoodFlowTable(2, 100);
    for (int i = 0; i < 50; i++) {
      table.put(key(i, i), 0, i);
    }
    int capacity = table.capacity();
    table.clear();
    assertThat(table.size()).isZero();
    assertThat(table.capacity()).isEqualTo(capacity);
    assertThat(table.get(key(3, 3), 0)).isEqualTo(RobinHoodFlowTable.NOT_FOUND);
    table.checkInvariants();
  }

  private static void fillKey(long[] scratch, int id, int stride) {
    for (int w = 0; w < stride; w++) {
      scratch[w] = id * 0x9E3779B97F4A7C15L + w;
    }
  }

  private static List<Long> modelKey(long[] words) {
    List<Long> list = new ArrayList<>(words.length);
    for (long w : words) {
      list.add(w);
    }
    return list;
  }

  // Hash flooding. With the unkeyed hash of the first release, 251 crafted IPv4 tuples drove a
  // table from 111K to 14.2M slots and into OutOfMemoryError.

  @Test
  void put_keysCraftedAgainstAnotherHashKey_doNotCollideHere() {
    long[] crafted = CraftedKeys.fullCollisions(1234, 10_000);
    FlowHasher targeted = FlowHasher.seeded(1234);
    assertThat(targeted.hash2(crafted[0], crafted[1]))
        .as("premise: the keys collide under the hash they were crafted for")
        .isEqualTo(targeted.hash2(crafted[2], crafted[3]));

    RobinHoodFlowTable table = new RobinHoodFlowTable(2, 10_000); // its own random key
    int initialCapacity = table.capacity();
    for (int i = 0; i < 10_000; i++) {
      table.put(crafted, 2 * i, i);
    }

    assertThat(table.size()).isEqualTo(10_000);
    assertThat(table.capacity()).isEqualTo(initialCapacity);
    for (int i = 0; i < 10_000; i++) {
      assertThat(table.get(crafted, 2 * i)).isEqualTo(i);
    }
    table.checkInvariants();
  }

  @Test
  void put_fullHashCollisions_refusedWithoutGrowing_tableUnchanged() {
    RobinHoodFlowTable table = new RobinHoodFlowTable(2, 100_000, 0.9f, FlowHasher.seeded(1234));
    int initialCapacity = table.capacity();
    long[] crafted = CraftedKeys.fullCollisions(1234, 1_000);
    int inserted = 0;
    FlowTableOverflowException refusal = null;
    for (int i = 0; i < 1_000 && refusal == null; i++) {
      try {
        table.put(crafted, 2 * i, i);
        inserted++;
      } catch (FlowTableOverflowException e) {
        refusal = e;
      }
    }

    assertThat(refusal).isNotNull();
    assertThat(refusal).hasMessageContaining("probe run reached the limit of 250");
    assertThat(inserted).isEqualTo(RobinHoodFlowTable.MAX_PROBE_DISTANCE);
    assertThat(table.capacity()).isEqualTo(initialCapacity);
    assertThat(table.size()).isEqualTo(inserted);
    table.checkInvariants();
    for (int i = 0; i < inserted; i++) {
      assertThat(table.get(crafted, 2 * i)).isEqualTo(i);
    }
    assertThat(table.get(crafted, 2 * inserted)).isEqualTo(RobinHoodFlowTable.NOT_FOUND);
  }

  @Test
  void put_fullHashCollisionsInASmallTable_growAtMostToTheBound() {
    RobinHoodFlowTable table = new RobinHoodFlowTable(2, 8, 0.9f, FlowHasher.seeded(77));
    long[] crafted = CraftedKeys.fullCollisions(77, 1_000);
    int inserted = 0;
    try {
      for (; inserted < 1_000; inserted++) {
        table.put(crafted, 2 * inserted, inserted);
      }
    } catch (FlowTableOverflowException expected) {
      // the bound was reached
    }

    assertThat(inserted).isLessThanOrEqualTo(RobinHoodFlowTable.MAX_PROBE_DISTANCE);
    // Load growth doubles 8 -> 512 slots for 250 keys; the probe limit adds at most one doubling.
    assertThat((long) table.capacity()).isLessThanOrEqualTo(table.probeLimitGrowthBound());
    assertThat(table.sizeInBytes()).isLessThan(64 * 1024);
    table.checkInvariants();
  }

  @Test
  void put_sameHomeSlotKeysInALightTable_refusedPastTheProbeLimit() {
    // Valid IPv4 keys brute-forced onto one home slot by someone who knows the hash key: the
    // table is far larger than 250 keys need, so the 251st is refused rather than doubling it.
    FlowHasher hasher = FlowHasher.seeded(5);
    RobinHoodFlowTable table = new RobinHoodFlowTable(2, 1_000, 0.9f, hasher);
    int initialCapacity = table.capacity();
    long[] crafted = CraftedKeys.sameHomeSlot(hasher, initialCapacity, 300);
    int refusedAt = -1;
    for (int i = 0; i < 300 && refusedAt < 0; i++) {
      try {
        table.put(crafted, 2 * i, i);
      } catch (FlowTableOverflowException e) {
        refusedAt = i;
      }
    }

    assertThat(refusedAt).isEqualTo(RobinHoodFlowTable.MAX_PROBE_DISTANCE);
    assertThat(table.capacity()).isEqualTo(initialCapacity);
    table.checkInvariants();
  }

  @Test
  void setValueAt_negativeValue_rejectedWithTheValue() {
    RobinHoodFlowTable table = new RobinHoodFlowTable(2, 10);
    table.put(key(1, 2), 0, 3);
    int slot = table.findSlot(table.hash(key(1, 2), 0), key(1, 2), 0);
    assertThatThrownBy(() -> table.setValueAt(slot, -4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be >= 0: -4");
    assertThat(table.get(key(1, 2), 0)).isEqualTo(3);
  }

  @Test
  void constructor_nullHasher_rejected() {
    assertThatThrownBy(() -> new RobinHoodFlowTable(2, 10, 0.9f, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hasher must not be null");
  }
}
