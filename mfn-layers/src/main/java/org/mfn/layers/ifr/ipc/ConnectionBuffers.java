package org.mfn.layers.ifr.ipc;

import java.nio.ByteBuffer;
import java.util.function.IntFunction;

/**
 * The fixed buffers of one server connection: a request buffer of {@link
 * IfrProtocol#MAX_FRAME_BYTES}, a response buffer with room for the length field, and the length
 * field itself. Direct, so that socket reads and writes are not copied through a temporary buffer;
 * 128 KiB a set. Used by one connection at a time.
 */
final class ConnectionBuffers {
  final ByteBuffer in;
  final ByteBuffer out;
  final ByteBuffer lengthField;

  ConnectionBuffers(IntFunction<ByteBuffer> allocator) {
    in = allocator.apply(IfrProtocol.MAX_FRAME_BYTES);
    out = allocator.apply(IfrProtocol.MAX_FRAME_BYTES + 4);
    lengthField = allocator.apply(4);
  }
}
