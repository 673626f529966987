package org.mfn.layers.ifr.ipc;

import java.time.Duration;

/**
 * The limits an {@link IfrServer} puts on its clients, so that slow or idle peers cannot hold its
 * connection slots.
 *
 * @param maxConnections simultaneous connections, 1 .. 65536; one more is answered {@link
 *     Status#BUSY} and closed
 * @param frameTimeout the most time from the first byte of a request frame to the end of its
 *     response being written (a peer that trickles a frame, or stops reading responses, is
 *     disconnected); positive
 * @param idleTimeout the most time a connection may wait between frames; positive
 */
public record ServerLimits(int maxConnections, Duration frameTimeout, Duration idleTimeout) {
  /** 256 connections, 5 s per frame, 60 s idle. */
  public static final ServerLimits DEFAULTS =
      new ServerLimits(256, Duration.ofSeconds(5), Duration.ofSeconds(60));

  /** Checks the fields. */
  public ServerLimits {
    if (maxConnections < 1 || maxConnections > 65_536) {
      throw new IllegalArgumentException("max connections must be in 1..65536: " + maxConnections);
    }
    requirePositive("frame timeout", frameTimeout);
    requirePositive("idle timeout", idleTimeout);
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  /** The period at which deadlines are checked: a tenth of the shorter timeout, 1 ms .. 1 s. */
  long checkPeriodNanos() {
    long shorter = Math.min(frameTimeout.toNanos(), idleTimeout.toNanos());
    return Math.max(1_000_000L, Math.min(1_000_000_000L, shorter / 10));
  }
}
