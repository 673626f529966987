package org.mfn.layers.nn;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Saves and loads the parameters of a model's {@link Trainable} parts, in order, in a small binary
 * format (big-endian):
 *
 * <pre>
 * magic   4 bytes  "MFNN"
 * version int      1
 * parts   int      number of parameter arrays
 * then per part: length int, then length floats
 * crc     long     CRC-32 of every byte before it
 * </pre>
 *
 * <p>Loading reads and checks the whole file (magic, version, part count and lengths against the
 * model, the checksum, nothing after it) before it copies a single parameter, so a corrupt,
 * truncated or mismatched file leaves the model as it was. Stateless.
 */
public final class ModelFile {
  /** The format version this build writes and reads. */
  public static final int VERSION = 1;

  private static final byte[] MAGIC = {'M', 'F', 'N', 'N'};

  private ModelFile() {}

  /**
   * Writes the parameters.
   *
   * @param parts the model's parts, in a fixed order
   * @param out where to (not closed)
   * @throws IOException if writing fails
   */
  public static void save(List<? extends Trainable> parts, OutputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(bytes);
    data.write(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(parts.size());
    for (Trainable part : parts) {
      float[] p = part.parameters();
      data.writeInt(p.length);
      for (float v : p) {
        data.writeFloat(v);
      }
    }
    data.flush();
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    data.writeLong(crc.getValue());
    data.flush();
    bytes.writeTo(out);
  }

  /**
   * Reads parameters into a model whose shape matches the file's.
   *
   * @param parts the model's parts, in the order they were saved
   * @param in where from (read to its end, not closed)
   * @throws ModelFormatException naming the problem if the file is not a version-1 model file of
   *     this shape, or is corrupt or truncated; the model is then unchanged
   * @throws IOException if reading fails
   */
  public static void load(List<? extends Trainable> parts, InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    if (all.length < MAGIC.length + 4 + 4 + 8) {
      throw new ModelFormatException("not a model file: " + all.length + " bytes is too short");
    }
    CRC32 crc = new CRC32();
    crc.update(all, 0, all.length - 8);
    DataInputStream data = new DataInputStream(new java.io.ByteArrayInputStream(all));
    byte[] magic = data.readNBytes(4);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new ModelFormatException("not a model file: it does not start with MFNN");
    }
    int version = data.readInt();
    if (version != VERSION) {
      throw new ModelFormatException(
          "model file format version " + version + " is not the supported " + VERSION);
    }
    int count = data.readInt();
    if (count != parts.size()) {
      throw new ModelFormatException(
          "model file holds " + count + " parameter arrays; this model has " + parts.size());
    }
    float[][] read = new float[count][];
    try {
      for (int p = 0; p < count; p++) {
        int length = data.readInt();
        int expected = parts.get(p).parameters().length;
        if (length != expected) {
          throw new ModelFormatException(
              "parameter array "
                  + p
                  + " holds "
                  + length
                  + " values; this model's has "
                  + expected);
        }
        read[p] = new float[length];
        for (int i = 0; i < length; i++) {
          read[p][i] = data.readFloat();
        }
      }
      long stored = data.readLong();
      if (data.available() > 0) {
        throw new ModelFormatException(
            "model file has " + data.available() + " more byte(s) after its checksum");
      }
      if (stored != crc.getValue()) {
        throw new ModelFormatException("model file is corrupt: its checksum does not match");
      }
    } catch (EOFException e) {
      throw new ModelFormatException("model file is truncated");
    }
    for (int p = 0; p < count; p++) {
      for (float v : read[p]) {
        if (!Float.isFinite(v)) {
          throw new ModelFormatException("parameter array " + p + " holds a non-finite value");
        }
      }
    }
    for (int p = 0; p < count; p++) {
      System.arraycopy(read[p], 0, parts.get(p).parameters(), 0, read[p].length);
    }
  }

  /** A model file that cannot be used; the message names why. */
  public static final class ModelFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    ModelFormatException(String message) {
      super(message);
    }
  }
}
