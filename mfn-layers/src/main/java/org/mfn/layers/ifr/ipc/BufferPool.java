package org.mfn.layers.ifr.ipc;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.function.IntFunction;

/**
 * Reuses the {@link ConnectionBuffers} of closed connections. Direct buffers are freed only when
 * the garbage collector finds them, and a heap with little garbage may not look for a long time:
 * with a buffer set allocated per connection, connection churn drove the process's resident memory
 * past 1 GB on a 768 MB heap. Kept here instead, at most {@code maxIdle} sets, so the server never
 * holds more than {@code maxConnections} sets in all. Thread-safe.
 */
final class BufferPool {
  private final ArrayDeque<ConnectionBuffers> idle = new ArrayDeque<>();
  private final int maxIdle;
  private final IntFunction<ByteBuffer> allocator;
  private long allocated;

  BufferPool(int maxIdle) {
    this(maxIdle, ByteBuffer::allocateDirect);
  }

  /** For tests: an allocator that may fail. */
  BufferPool(int maxIdle, IntFunction<ByteBuffer> allocator) {
    this.maxIdle = maxIdle;
    this.allocator = allocator;
  }

  /** Returns an idle set, or a new one. May throw {@link OutOfMemoryError} for direct memory. */
  ConnectionBuffers acquire() {
    synchronized (idle) {
      ConnectionBuffers reused = idle.pollFirst();
      if (reused != null) {
        return reused;
      }
    }
    ConnectionBuffers fresh = new ConnectionBuffers(allocator);
    synchronized (idle) {
      allocated++;
    }
    return fresh;
  }

  /** Takes a set back, or drops it when the pool is full. */
  void release(ConnectionBuffers buffers) {
    synchronized (idle) {
      if (idle.size() < maxIdle) {
        idle.addFirst(buffers);
      }
    }
  }

  /** Returns how many sets were ever allocated. */
  long allocated() {
    synchronized (idle) {
      return allocated;
    }
  }
}
