package org.mfn.layers.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFileTest {
  private static byte[] saved(List<Trainable> parts) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelFile.save(parts, out);
    return out.toByteArray();
  }

  @Test
  void roundTrip_restoresEveryParameter() throws Exception {
    Lstm lstm = new Lstm(3, 5, 1);
    Dense dense = new Dense(5, 2, 2);
    byte[] file = saved(List.of(lstm, dense));
    Lstm lstm2 = new Lstm(3, 5, 10);
    Dense dense2 = new Dense(5, 2, 20);
    ModelFile.load(List.of(lstm2, dense2), new ByteArrayInputStream(file));
    assertThat(lstm2.parameters()).containsExactly(lstm.parameters());
    assertThat(dense2.parameters()).containsExactly(dense.parameters());
  }

  @Test
  void badFiles_areRefusedNamingWhy_andTheModelIsUnchanged() throws Exception {
    Dense source = new Dense(4, 3, 1);
    byte[] good = saved(List.of(source));
    Dense target = new Dense(4, 3, 2);
    float[] before = target.parameters().clone();

    byte[] corrupt = good.clone();
    corrupt[20] ^= 1;
    assertRefused(target, corrupt, "model file is corrupt: its checksum does not match");
    assertRefused(target, Arrays.copyOf(good, good.length - 10), "model file is truncated");
    byte[] otherVersion = good.clone();
    ByteBuffer.wrap(otherVersion).putInt(4, 2);
    assertRefused(target, otherVersion, "model file format version 2 is not the supported 1");
    assertRefused(
        target,
        "hello, world, not a model".getBytes(),
        "not a model file: it does not start with MFNN");
    assertRefused(target, new byte[3], "not a model file: 3 bytes is too short");
    assertRefused(
        new Dense(3, 3, 1), good, "parameter array 0 holds 15 values; this model's has 12");
    byte[] extra = Arrays.copyOf(good, good.length + 1);
    assertRefused(target, extra, "model file has 1 more byte(s) after its checksum");
    assertThat(target.parameters()).containsExactly(before);
  }

  private static void assertRefused(Dense target, byte[] file, String message) {
    assertThatThrownBy(() -> ModelFile.load(List.of(target), new ByteArrayInputStream(file)))
        .isInstanceOf(ModelFile.ModelFormatException.class)
        .hasMessage(message);
  }
}
