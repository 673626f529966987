package org.mfn.layers.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NaiveForecastersTest {
  private static final float[] SERIES = {1, 2, 3, 4, 5, 6, 7, 8};

  @Test
  void forecasts_areTheirDefinitions() {
    assertThat(NaiveForecasters.lastValue(SERIES, 8, 3)).isEqualTo(8);
    // season 4, window ends after index 7: horizon 1 targets index 8, a season back is index 4
    assertThat(NaiveForecasters.seasonalNaive(SERIES, 8, 1, 4)).isEqualTo(5);
    assertThat(NaiveForecasters.seasonalNaive(SERIES, 8, 5, 4)).isEqualTo(5); // two seasons back
    assertThat(NaiveForecasters.movingAverage(SERIES, 8, 1, 4)).isEqualTo(6.5f);
  }

  @Test
  void badInput_isRefusedNamingTheValue() {
    assertThatThrownBy(() -> NaiveForecasters.lastValue(SERIES, 8, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the horizon must be at least 1 interval: 0");
    assertThatThrownBy(() -> NaiveForecasters.movingAverage(SERIES, 3, 1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a history of 3 values is shorter than the 4 this forecaster needs");
  }
}
