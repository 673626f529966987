package org.mfn.layers.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * An LSTM with a dense head learns a task that needs memory (the sign of the first of eight
 * inputs), the loss falls, and the same seed gives the same model bit for bit.
 */
class TrainingTest {
  @Test
  void lstmLearnsToRememberTheFirstInput_andTrainingIsReproducible() {
    float[] first = train(3);
    float[] again = train(3);
    assertThat(again).containsExactly(first);
  }

  /** Trains and returns the final parameters of the LSTM. */
  private static float[] train(long seed) {
    int steps = 8;
    Lstm lstm = new Lstm(1, 16, seed);
    Dense head = new Dense(16, 2, seed + 1);
    Adam adam = new Adam(List.of(lstm, head), 0.02f);
    SplittableRandom random = new SplittableRandom(seed);
    Lstm.Trace trace = new Lstm.Trace();
    float[] xs = new float[steps];
    float[] logits = new float[2];
    float[] dLogits = new float[2];
    float[] dLast = new float[16];
    float[] work = new float[lstm.workSize()];
    double early = 0;
    double late = 0;
    int correct = 0;
    for (int batch = 0; batch < 600; batch++) {
      lstm.zeroGradients();
      head.zeroGradients();
      for (int example = 0; example < 16; example++) {
        for (int t = 0; t < steps; t++) {
          xs[t] = (float) (random.nextDouble() * 2 - 1);
        }
        int label = xs[0] > 0 ? 1 : 0;
        int last = lstm.forward(xs, 0, steps, trace);
        head.forward(trace.h(), last, logits, 0);
        float loss = Losses.softmaxCrossEntropy(logits, 0, 2, label, dLogits, 0);
        if (batch < 20) {
          early += loss;
        }
        if (batch >= 580) {
          late += loss;
          correct += (logits[1] > logits[0] ? 1 : 0) == label ? 1 : 0;
        }
        head.backward(trace.h(), last, dLogits, 0, dLast, 0);
        lstm.backward(xs, 0, trace, null, dLast, null, work);
      }
      adam.step(16);
    }
    System.out.printf(
        "mean loss %.3f in the first 20 batches, %.3f in the last 20; accuracy %.3f%n",
        early / 320, late / 320, correct / 320.0);
    assertThat(late / 320).as("mean loss of the last batches").isLessThan(early / 320 / 2);
    assertThat(correct / 320.0).as("accuracy over the last batches").isGreaterThan(0.9);
    return lstm.parameters().clone();
  }

  @Test
  void badArguments_areRefusedNamingTheValue() {
    assertThatThrownBy(() -> new Lstm(0, 4, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an LSTM needs at least 1 input and 1 hidden unit: 0, 4");
    assertThatThrownBy(() -> new Lstm(2, 4, 1).forward(new float[2], 0, 0, new Lstm.Trace()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a sequence needs at least 1 step: 0");
    assertThatThrownBy(() -> Losses.softmaxCrossEntropy(new float[3], 0, 3, 3, null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label must be in 0..2: 3");
    assertThatThrownBy(() -> new Adam(List.of(), Float.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("learning rate must be positive and finite: NaN");
  }
}
