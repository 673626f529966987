package org.mfn.layers.cpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mfn.core.workload.TrafficSeriesGenerator;
import org.mfn.layers.baseline.NaiveForecasters;

/**
 * Trained on synthetic traffic series, both predictors (the LSTM forecaster and the attention
 * forecaster) beat the best naive forecaster (last value, seasonal naive, moving average) by at
 * least 20% in mean absolute error at horizons 1 and 5 on held-out series (another seed); the test
 * prints every forecaster's error. Same seed, same model.
 */
class ForecasterAccuracyTest {
  static final int LENGTH = 24 * 7 * 4;
  static final int WINDOW = 48;
  static final int[] HORIZONS = {1, 5, 20};

  @Test
  void trainedForecaster_beatsTheBestNaiveForecasterBy20Percent() {
    float[] train = TrafficSeriesGenerator.series(40, LENGTH, 1);
    float[] heldOut = TrafficSeriesGenerator.series(20, LENGTH, 2);
    MultiHorizonForecaster model = new MultiHorizonForecaster(WINDOW, HORIZONS, 32, 3);
    float loss = new ForecasterTrainer(model, 0.005f).train(train, LENGTH, 800, 32, 4);
    AttentionForecaster attention = new AttentionForecaster(WINDOW, HORIZONS, 16, 2, 5);
    float attentionLoss = new ForecasterTrainer(attention, 0.005f).train(train, LENGTH, 800, 32, 6);
    double[] ours = new double[3];
    double[] byAttention = new double[3];
    float[] outAttention = new float[3];
    double[][] naive = new double[3][3]; // [forecaster][horizon]
    int count = 0;
    float[] out = new float[3];
    for (int s = 0; s < 20; s++) {
      for (int end = WINDOW; end + 20 <= LENGTH; end += 7) {
        int base = s * LENGTH;
        model.forecast(heldOut, base + end, out);
        attention.forecast(heldOut, base + end, outAttention);
        for (int h = 0; h < 3; h++) {
          float actual = heldOut[base + end - 1 + HORIZONS[h]];
          ours[h] += Math.abs(out[h] - actual);
          byAttention[h] += Math.abs(outAttention[h] - actual);
          naive[0][h] +=
              Math.abs(NaiveForecasters.lastValue(heldOut, base + end, HORIZONS[h]) - actual);
          naive[1][h] +=
              Math.abs(
                  NaiveForecasters.seasonalNaive(heldOut, base + end, HORIZONS[h], 24) - actual);
          naive[2][h] +=
              Math.abs(
                  NaiveForecasters.movingAverage(heldOut, base + end, HORIZONS[h], 24) - actual);
        }
        count++;
      }
    }
    System.out.printf(
        "CPE forecasters (final training loss LSTM %.4f, attention %.4f), MAE at horizons %s:"
            + " LSTM %s, attention %s, last value %s, seasonal naive %s, moving average %s%n",
        loss,
        attentionLoss,
        Arrays.toString(HORIZONS),
        mae(ours, count),
        mae(byAttention, count),
        mae(naive[0], count),
        mae(naive[1], count),
        mae(naive[2], count));
    for (int h = 0; h < 2; h++) { // horizons 1 and 5
      double best = Math.min(naive[0][h], Math.min(naive[1][h], naive[2][h]));
      assertThat(ours[h] / best)
          .as("ours / best naive at horizon %d", HORIZONS[h])
          .isLessThanOrEqualTo(0.8);
    }
  }

  @Test
  void sameSeed_sameModel_andBadInputIsRefused() {
    float[] series = TrafficSeriesGenerator.series(4, 24 * 7, 1);
    MultiHorizonForecaster a = new MultiHorizonForecaster(WINDOW, HORIZONS, 8, 3);
    MultiHorizonForecaster b = new MultiHorizonForecaster(WINDOW, HORIZONS, 8, 3);
    new ForecasterTrainer(a, 0.005f).train(series, 24 * 7, 20, 8, 4);
    new ForecasterTrainer(b, 0.005f).train(series, 24 * 7, 20, 8, 4);
    List<float[]> pa = a.parts().stream().map(p -> p.parameters()).toList();
    List<float[]> pb = b.parts().stream().map(p -> p.parameters()).toList();
    for (int i = 0; i < pa.size(); i++) {
      assertThat(pb.get(i)).containsExactly(pa.get(i));
    }
    float[] out = new float[3];
    assertThatThrownBy(() -> a.forecast(series, 10, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a history of 10 values is shorter than the 48-value window");
    float[] broken = series.clone();
    broken[40] = Float.NaN;
    assertThatThrownBy(() -> a.forecast(broken, 48, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series value 40 is NaN; volumes must be positive and finite");
    assertThatThrownBy(() -> new MultiHorizonForecaster(48, new int[] {1, 0}, 8, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a horizon must be at least 1 interval: 0");
  }

  private static String mae(double[] sums, int count) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < sums.length; i++) {
      sb.append(i == 0 ? "" : ", ")
          .append(String.format(java.util.Locale.ROOT, "%.2f", sums[i] / count));
    }
    return sb.append(']').toString();
  }
}
