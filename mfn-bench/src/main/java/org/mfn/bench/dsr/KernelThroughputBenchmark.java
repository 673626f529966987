package org.mfn.bench.dsr;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mfn.bench.BenchmarkMain;
import org.mfn.bench.Measures;
import org.mfn.core.model.Layer;
import org.mfn.core.model.Role;
import org.mfn.layers.nn.Kernels;
import org.mfn.layers.nn.Lstm;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The neural kernels' speed: a {@code size x size} matrix-vector product ({@code 2 size^2} FLOPs),
 * a {@code size x size} matrix-matrix product ({@code 2 size^3}: 33.6 MFLOP at 256) and an LSTM
 * forward pass (64 inputs to 128 units over 32 steps, batch 1: {@code 2 x 4 x 128 x (64 + 128) x
 * 32}, 6.29 MFLOP, plus its activations), each beside a naive version, so that GFLOP/s can be read
 * from the times.
 *
 * <ul>
 *   <li>MFN: {@link Kernels#matVecAdd} on the Vector API (the forks add {@code
 *       jdk.incubator.vector}) and on the scalar fallback ({@link Kernels#dotScalar}, four
 *       accumulators); {@link Lstm#forward}; {@code vectorLanes} beside the results says which
 *       kernels ran; the blocked {@link Kernels#matMulAdd};
 *   <li>BASELINE: a single-accumulator loop of the same product; the textbook i-j-k triple loop;
 *       the same LSTM step written with plain nested loops, gate by gate.
 * </ul>
 *
 * <p>Both mat-vecs return one output value; both LSTM passes the last hidden state's first value.
 * Run: {@code java -jar mfn-runner/target/mfn-runner.jar --include KernelThroughputBenchmark
 * --baseline}, or {@code main}.
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
public class KernelThroughputBenchmark {
  static final int IN = 64;
  static final int HIDDEN = 128;
  static final int STEPS = 32;

  /** Matrix side of the mat-vec. */
  @Param({"256"})
  public int size;

  float[] matrix;
  float[] second;
  float[] product;
  float[] vector;
  float[] out;
  Lstm lstm;
  Lstm.Trace trace;
  float[] sequence;
  float[] naiveH;
  float[] naiveC;
  float[] naiveZ;
  int next;

  /** Seeded data and an LSTM. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1);
    matrix = new float[size * size];
    vector = new float[size * 4];
    for (int i = 0; i < matrix.length; i++) {
      matrix[i] = (float) (random.nextDouble() - 0.5);
    }
    for (int i = 0; i < vector.length; i++) {
      vector[i] = (float) (random.nextDouble() - 0.5);
    }
    out = new float[size];
    second = new float[size * size];
    for (int i = 0; i < second.length; i++) {
      second[i] = (float) (random.nextDouble() - 0.5);
    }
    product = new float[size * size];
    lstm = new Lstm(IN, HIDDEN, 2);
    trace = new Lstm.Trace();
    sequence = new float[STEPS * IN];
    for (int i = 0; i < sequence.length; i++) {
      sequence[i] = (float) (random.nextDouble() - 0.5);
    }
    naiveH = new float[HIDDEN];
    naiveC = new float[HIDDEN];
    naiveZ = new float[4 * HIDDEN];
  }

  /**
   * Which kernels ran, reported beside every result of this class as {@code vectorLanes}: the
   * Vector API's lanes, or 0 for the scalar loops.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Kernel {
    /** Lanes in use, 0 when scalar (set by each call: JMH clears counters per iteration). */
    public long vectorLanes;
  }

  /** Ours: mat-vec on the kernels this fork has (Vector API in the benchmark's forks). */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "nn.mat-vec",
      role = Role.MFN,
      implementation = "Kernels.matVecAdd (Vector API)")
  public float matVec(Kernel kernel) {
    kernel.vectorLanes = Kernels.vectorLanes();
    int x = (next++ & 3) * size;
    java.util.Arrays.fill(out, 0f);
    Kernels.matVecAdd(matrix, 0, size, size, vector, x, out, 0);
    return out[size - 1];
  }

  /** Ours, the scalar fallback: four accumulators per row. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "nn.mat-vec",
      role = Role.MFN,
      implementation = "Kernels.dotScalar per row")
  public float matVecScalar() {
    int x = (next++ & 3) * size;
    for (int r = 0; r < size; r++) {
      out[r] = Kernels.dotScalar(matrix, r * size, vector, x, size);
    }
    return out[size - 1];
  }

  /** A single-accumulator loop of the same product. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "nn.mat-vec",
      role = Role.BASELINE,
      implementation = "one accumulator per row")
  public float naiveMatVec() {
    int x = (next++ & 3) * size;
    for (int r = 0; r < size; r++) {
      float sum = 0;
      for (int c = 0; c < size; c++) {
        sum += matrix[r * size + c] * vector[x + c];
      }
      out[r] = sum;
    }
    return out[size - 1];
  }

  /** Ours: the blocked matrix-matrix product, {@code size^3} multiply-adds. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "nn.mat-mat",
      role = Role.MFN,
      implementation = "Kernels.matMulAdd (64-blocks of axpy)")
  public float matMul(Kernel kernel) {
    kernel.vectorLanes = Kernels.vectorLanes();
    java.util.Arrays.fill(product, 0f);
    Kernels.matMulAdd(matrix, 0, second, 0, product, 0, size, size, size);
    return product[product.length - 1];
  }

  /** The textbook triple loop (i, j, then the dot over k). */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "nn.mat-mat",
      role = Role.BASELINE,
      implementation = "triple loop i-j-k")
  public float naiveMatMul() {
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        float sum = 0;
        for (int p = 0; p < size; p++) {
          sum += matrix[i * size + p] * second[p * size + j];
        }
        product[i * size + j] = sum;
      }
    }
    return product[product.length - 1];
  }

  /** Ours: the LSTM forward pass. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "nn.lstm-forward",
      role = Role.MFN,
      implementation = "Lstm.forward (64->128, 32 steps)")
  public float lstmForward(Kernel kernel) {
    kernel.vectorLanes = Kernels.vectorLanes();
    int last = lstm.forward(sequence, 0, STEPS, trace);
    return trace.h()[last];
  }

  /** The same computation written naively, gate by gate, with the same parameters. */
  @Benchmark
  @Measures(
      layer = Layer.DSR,
      subject = "nn.lstm-forward",
      role = Role.BASELINE,
      implementation = "nested loops, gate by gate")
  public float naiveLstmForward() {
    float[] p = lstm.parameters();
    int whOff = 4 * HIDDEN * IN;
    int bOff = whOff + 4 * HIDDEN * HIDDEN;
    java.util.Arrays.fill(naiveH, 0f);
    java.util.Arrays.fill(naiveC, 0f);
    for (int t = 0; t < STEPS; t++) {
      for (int j = 0; j < 4 * HIDDEN; j++) {
        float z = p[bOff + j];
        for (int i = 0; i < IN; i++) {
          z += p[j * IN + i] * sequence[t * IN + i];
        }
        for (int k = 0; k < HIDDEN; k++) {
          z += p[whOff + j * HIDDEN + k] * naiveH[k];
        }
        naiveZ[j] = z;
      }
      for (int k = 0; k < HIDDEN; k++) {
        float i = (float) (1 / (1 + Math.exp(-naiveZ[k])));
        float f = (float) (1 / (1 + Math.exp(-naiveZ[HIDDEN + k])));
        float g = (float) Math.tanh(naiveZ[2 * HIDDEN + k]);
        float o = (float) (1 / (1 + Math.exp(-naiveZ[3 * HIDDEN + k])));
        naiveC[k] = f * naiveC[k] + i * g;
        naiveH[k] = o * (float) Math.tanh(naiveC[k]);
      }
    }
    return naiveH[0];
  }

  /**
   * Runs this class.
   *
   * @param args JMH options, e.g. {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    BenchmarkMain.run(KernelThroughputBenchmark.class, args);
  }
}
