package org.mfn.layers.ifr.ipc;

import java.io.IOException;
import java.nio.channels.SocketChannel;

/**
 * One client connection of an {@link IfrServer} and its deadline. The connection's thread moves the
 * deadline as the connection goes from waiting for a frame (idle timeout) to reading and answering
 * one (frame timeout); the server's deadline checker closes the channel of a connection whose
 * deadline has passed, which makes its blocked read or write return. One volatile write per state
 * change.
 */
final class Connection {
  private static final long NONE = Long.MIN_VALUE;

  final SocketChannel channel;
  private volatile long deadlineNanos = NONE;
  private volatile boolean expired;

  Connection(SocketChannel channel) {
    this.channel = channel;
  }

  /** Waiting for the first byte of the next frame, since {@code now}. */
  void awaitingFrame(long now, long idleTimeoutNanos) {
    deadlineNanos = now + idleTimeoutNanos;
  }

  /** A frame's first byte arrived at {@code now}: it must be read and answered in time. */
  void frameBegun(long now, long frameTimeoutNanos) {
    deadlineNanos = now + frameTimeoutNanos;
  }

  /** Closes the channel if the deadline has passed; returns whether it did. */
  boolean expireIfLate(long now) {
    long deadline = deadlineNanos;
    if (deadline == NONE || now - deadline <= 0) {
      return false;
    }
    expired = true;
    try {
      channel.close();
    } catch (IOException e) {
      // closing is all we can do
    }
    return true;
  }

  /** Tells whether the connection was closed for missing its deadline. */
  boolean expired() {
    return expired;
  }
}
