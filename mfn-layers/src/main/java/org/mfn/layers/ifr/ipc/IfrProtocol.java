package org.mfn.layers.ifr.ipc;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.mfn.core.flow.FlowKey;

/**
 * Constants and field encodings of the IFR protocol, version 1 (the full description is in {@code
 * PROTOCOL.md} beside this package's sources).
 *
 * <p>Every frame, in both directions, is {@code int32 length | uint8 version | uint8 code | int32
 * requestId | payload}, big-endian, where {@code length} counts the bytes after itself ({@link
 * #HEADER_BYTES} + payload) and is at most {@link #MAX_FRAME_BYTES}. A flow key is {@code uint8
 * wordCount (2 or 5) | wordCount x int64}: the canonical packed words of {@link FlowKey}.
 * Stateless.
 */
public final class IfrProtocol {
  /** The protocol version this build speaks. */
  public static final int VERSION = 1;

  /** Bytes of version, code and request id. */
  public static final int HEADER_BYTES = 6;

  /** The largest {@code length} accepted; a larger one closes the connection. */
  public static final int MAX_FRAME_BYTES = 64 * 1024;

  /** The most keys in one batch lookup. */
  public static final int MAX_BATCH = 1024;

  private IfrProtocol() {}

  /**
   * Writes a key's canonical words.
   *
   * @param out the buffer
   * @param words array holding the words
   * @param offset index of the first word
   * @param count 2 or 5
   */
  public static void putKey(ByteBuffer out, long[] words, int offset, int count) {
    out.put((byte) count);
    for (int i = 0; i < count; i++) {
      out.putLong(words[offset + i]);
    }
  }

  /**
   * Reads a key into {@code target} (which must hold 5 words).
   *
   * @param in the buffer, positioned at the key
   * @param target receives the words from index 0
   * @return the word count read, 2 or 5
   * @throws MalformedFrameException if the count or the words do not form a valid key
   */
  public static int getKey(ByteBuffer in, long[] target) {
    try {
      int count = in.get() & 0xFF;
      if (count != FlowKey.IPV4_WORDS && count != FlowKey.IPV6_WORDS) {
        throw new MalformedFrameException("a key must have 2 or 5 words, not " + count);
      }
      for (int i = 0; i < count; i++) {
        target[i] = in.getLong();
      }
      long meta = target[count - 1];
      int version = (int) (meta & 0xFF);
      if ((version != 4 && version != 6)
          || (version == 4) != (count == 2)
          || (meta & 0x00FF_FF00L) != 0) {
        throw new MalformedFrameException(
            "the key's meta word is not valid: 0x" + Long.toHexString(meta));
      }
      return count;
    } catch (BufferUnderflowException e) {
      throw new MalformedFrameException("the payload ends inside a key");
    }
  }
}
