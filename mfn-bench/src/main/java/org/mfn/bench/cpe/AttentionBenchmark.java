package org.mfn.bench.cpe;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.nn.MultiHeadAttention;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Multi-head self-attention forward over a sequence (the "multi-head attention under 10 ms" claim;
 * goal: at least 15 GFLOP/s). {@code flopsPerPass} counts the work ({@link
 * MultiHeadAttention#forwardFlops}): for 64 positions of width 128, 8 heads, causal, 9.5 MFLOP
 * (four 64 x 128 x 128 projections and the masked score and weighted-sum products), so GFLOP/s is
 * that count over the measured time.
 *
 * <p>Workload: 16 seeded input sequences read in order. MFN only: the reference implementation of
 * the tests (loops in double) is not a system anyone would run. Run: {@code java -jar
 * mfn-runner/target/mfn-runner.jar --include AttentionBenchmark}, or {@code main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {
      "-Xms1g",
      "-Xmx1g",
      "-XX:+AlwaysPreTouch",
      "--add-modules=jdk.incubator.vector"
    })
@State(Scope.Benchmark)
public class AttentionBenchmark {
  static final int SEQUENCES = 16;

  /** Positions per sequence. */
  @Param({"64"})
  public int steps;

  /** Model width. */
  @Param({"128"})
  public int width;

  /** Heads. */
  @Param({"8"})
  public int heads;

  MultiHeadAttention attention;
  MultiHeadAttention.Trace trace;
  float[] inputs;
  float[] output;
  long flopsPerPass;
  int next;

  /** Builds the block and the inputs. */
  @Setup(Level.Trial)
  public void setUp() {
    attention = new MultiHeadAttention(width, heads, true, 1);
    trace = new MultiHeadAttention.Trace();
    SplittableRandom random = new SplittableRandom(2);
    inputs = new float[SEQUENCES * steps * width];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = (float) (2 * random.nextDouble() - 1);
    }
    output = new float[steps * width];
    flopsPerPass = attention.forwardFlops(steps);
  }

  /** Ours: one causal forward pass. */
  @Benchmark
  @Measures(
      layer = Layer.CPE,
      subject = "cpe.attention",
      role = Role.MFN,
      implementation = "MultiHeadAttention forward (nn kernels, Vector API)")
  public float multiHead() {
    int s = next++ & (SEQUENCES - 1);
    attention.forward(inputs, s * steps * width, steps, output, 0, trace);
    return output[output.length - 1];
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(AttentionBenchmark.class, args);
  }
}
