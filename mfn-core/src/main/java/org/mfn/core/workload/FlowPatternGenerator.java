package org.mfn.core.workload;

import java.util.SplittableRandom;

/**
 * Seeded labelled sequences of packet features, one {@link FlowPattern} per sequence, for training
 * and testing the similarity layer. Each step is one packet with {@value #FEATURES} features:
 *
 * <ol>
 *   <li>size, as {@code ln(bytes) / ln(1500)} (about 0.56 for 60 bytes, 1 for 1500);
 *   <li>time since the previous packet, as {@code log10(microseconds) / 6} (0 for 1 µs, 1 for 1 s);
 *   <li>direction, +1 upstream (from the flow's initiator), -1 downstream;
 *   <li>control flag, 1 for SYN, FIN or RST, 0 otherwise.
 * </ol>
 *
 * <p>Noise is part of every pattern: sizes and gaps jitter, one packet in ten is a stray of random
 * size, direction and gap, and each sequence starts at a random point of its pattern's cycle. The
 * same arguments give the same sequences, bit for bit ({@link StrictMath}). Not thread-safe.
 */
public final class FlowPatternGenerator {
  /** Features per packet. */
  public static final int FEATURES = 4;

  private static final double LN_MTU = StrictMath.log(1500);

  private FlowPatternGenerator() {}

  /**
   * Labelled sequences, classes in turn (sequence {@code i} has class {@code i mod 5}).
   *
   * @param features {@code count x steps x FEATURES}, row-major
   * @param labels each sequence's {@link FlowPattern} ordinal
   * @param steps packets per sequence
   */
  public record Sequences(float[] features, int[] labels, int steps) {
    /** Returns the number of sequences. */
    public int count() {
      return labels.length;
    }

    /** Returns the offset of a sequence's first feature. */
    public int offset(int sequence) {
      return sequence * steps * FEATURES;
    }
  }

  /**
   * Generates sequences.
   *
   * @param count sequences, at least 1
   * @param steps packets per sequence, at least 2
   * @param seed the seed
   * @return the sequences
   * @throws IllegalArgumentException naming a count or length out of range
   */
  public static Sequences generate(int count, int steps, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("at least 1 sequence is needed: " + count);
    }
    if (steps < 2) {
      throw new IllegalArgumentException("a sequence needs at least 2 packets: " + steps);
    }
    SplittableRandom random = new SplittableRandom(seed);
    FlowPattern[] patterns = FlowPattern.values();
    float[] features = new float[count * steps * FEATURES];
    int[] labels = new int[count];
    for (int s = 0; s < count; s++) {
      FlowPattern pattern = patterns[s % patterns.length];
      labels[s] = pattern.ordinal();
      int phase = random.nextInt(12);
      for (int t = 0; t < steps; t++) {
        int at = (s * steps + t) * FEATURES;
        if (random.nextInt(10) == 0) {
          packet(
              features,
              at,
              40 + random.nextInt(1461),
              1 + random.nextInt(100_000),
              random.nextBoolean(),
              false);
        } else {
          emit(pattern, (t + phase) % 12, random, features, at);
        }
      }
    }
    return new Sequences(features, labels, steps);
  }

  private static void emit(
      FlowPattern pattern, int beat, SplittableRandom random, float[] f, int at) {
    switch (pattern) {
      case BULK -> {
        boolean ack = beat % 6 == 5;
        packet(
            f,
            at,
            ack ? 52 + random.nextInt(20) : 1400 + random.nextInt(101),
            jitter(random, ack ? 200 : 40),
            ack,
            false);
      }
      case VIDEO -> {
        boolean gap = beat == 0 || beat == 6;
        packet(f, at, 900 + random.nextInt(500), jitter(random, gap ? 30_000 : 300), false, false);
      }
      case INTERACTIVE ->
          packet(f, at, 60 + random.nextInt(60), jitter(random, 150_000), beat % 2 == 0, false);
      case WEB -> {
        boolean request = beat % 6 == 0;
        packet(
            f,
            at,
            request ? 300 + random.nextInt(500) : 1200 + random.nextInt(301),
            jitter(random, request ? 500_000 : 2_000),
            request,
            false);
      }
      case SCAN -> packet(f, at, 60, jitter(random, 1_000), true, true);
    }
  }

  /** A gap around {@code micros}: log-uniform within a factor of 1.8 either way. */
  private static double jitter(SplittableRandom random, double micros) {
    return micros * StrictMath.exp(0.6 * (2 * random.nextDouble() - 1));
  }

  private static void packet(
      float[] f, int at, int bytes, double gapMicros, boolean upstream, boolean control) {
    f[at] = (float) (StrictMath.log(bytes) / LN_MTU);
    f[at + 1] = (float) (StrictMath.log10(Math.max(1, gapMicros)) / 6);
    f[at + 2] = upstream ? 1 : -1;
    f[at + 3] = control ? 1 : 0;
  }
}
