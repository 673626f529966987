package org.mfn.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutliersTest {

  @Test
  void of_handWorkedFences_countsMildAndSevere() {
    // q1 = 10, q3 = 12, IQR = 2: mild beyond 7 / 15, severe beyond 4 / 18.
    double[] values = {10, 11, 12, 6, 16, 3, 19, 14.9, 7};
    Outliers o = Outliers.of(10, 12, values);
    assertThat(o).isEqualTo(new Outliers(1, 1, 1, 1));
    assertThat(o.total()).isEqualTo(4);
  }

  @Test
  void summarize_keepsOutliersInTheSamples() {
    double[][] samples = {{10, 10.1, 9.9, 10, 10.2, 9.8, 10, 50}};
    Statistics s = new SampleSummarizer(0.95, 200).summarize(samples, 1);
    assertThat(s.outliers().severeHigh()).isEqualTo(1);
    assertThat(s.max()).isEqualTo(50);
    assertThat(s.n()).isEqualTo(8);
  }
}
