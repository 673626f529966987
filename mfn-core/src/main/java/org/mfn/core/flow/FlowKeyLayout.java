package org.mfn.core.flow;

/**
 * How flow keys occupy a fixed number of {@code long} words in a flow table.
 *
 * <p>A table stores every key in the same number of words (its stride), so that a slot's key starts
 * at {@code slot * words()}. {@link #IPV4} stores the 2 canonical words of IPv4 keys and rejects
 * IPv6; {@link #DUAL_STACK} stores 5 words and accepts both (an IPv4 key is written as {@code [w0,
 * 0, 0, 0, meta]}; its meta word carries version 4, so it never equals an IPv6 key).
 */
public enum FlowKeyLayout {
  /** IPv4 only, 2 words (16 bytes) per key. */
  IPV4(FlowKey.IPV4_WORDS),
  /** IPv4 and IPv6, 5 words (40 bytes) per key. */
  DUAL_STACK(FlowKey.IPV6_WORDS);

  private final int words;

  FlowKeyLayout(int words) {
    this.words = words;
  }

  /** Returns the number of words each key occupies. */
  public int words() {
    return words;
  }

  /**
   * Writes a key in this layout.
   *
   * @param key the key
   * @param target destination array with room for {@link #words()} words at {@code offset}
   * @param offset index of the first word
   * @throws IllegalArgumentException if the layout cannot hold the key (IPv6 in {@link #IPV4})
   */
  public void write(FlowKey key, long[] target, int offset) {
    if (key.wordCount() == words) {
      key.copyWords(target, offset);
    } else if (this == DUAL_STACK) {
      target[offset] = key.word(0);
      target[offset + 1] = 0;
      target[offset + 2] = 0;
      target[offset + 3] = 0;
      target[offset + 4] = key.metaWord();
    } else {
      throw new IllegalArgumentException("an IPv4 layout cannot hold the IPv6 key " + key);
    }
  }

  /**
   * Reads a key written by {@link #write(FlowKey, long[], int)}.
   *
   * @param source the array
   * @param offset index of the first word
   * @return the key
   */
  public FlowKey read(long[] source, int offset) {
    long meta = source[offset + words - 1];
    if (this == DUAL_STACK && (meta & 0xFF) == 4) {
      return FlowKey.fromWords(new long[] {source[offset], meta}, 0, FlowKey.IPV4_WORDS);
    }
    return FlowKey.fromWords(source, offset, words);
  }

  /**
   * Chooses the smallest layout that holds every key of a set.
   *
   * @param anyIpv6 whether any key is IPv6
   * @return {@link #DUAL_STACK} if so, else {@link #IPV4}
   */
  public static FlowKeyLayout forKeys(boolean anyIpv6) {
    return anyIpv6 ? DUAL_STACK : IPV4;
  }
}
