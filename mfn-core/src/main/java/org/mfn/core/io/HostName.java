package org.mfn.core.io;

import java.io.IOException;
import java.net.InetAddress;

/** This machine's name, as the history and the Pushgateway's grouping key record it. */
public final class HostName {
  private HostName() {}

  /** Returns the local host's name, or {@code unknown} when the system cannot tell. */
  public static String get() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
