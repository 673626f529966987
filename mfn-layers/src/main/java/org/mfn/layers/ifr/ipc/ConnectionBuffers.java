package org.mfn.layers.ifr.ipc;

import java.nio.ByteBuffer;
import java.util.function.IntFunction;

/**
 * The fixed buffers of one server connection: a read buffer that holds at least one whole request
 * frame with its length field (reads take whatever the socket has, so one read usually brings the
 * length and the frame, or several pipelined frames), and a response buffer of the same size.
 * Direct, so that socket reads and writes are not copied through a temporary buffer; 128 KiB a set.
 * Used by one connection at a time.
 */
final class ConnectionBuffers {
  final ByteBuffer in;
  final ByteBuffer out;

  ConnectionBuffers(IntFunction<ByteBuffer> allocator) {
    in = allocator.apply(IfrProtocol.MAX_FRAME_BYTES + 4);
    out = allocator.apply(IfrProtocol.MAX_FRAME_BYTES + 4);
  }
}
