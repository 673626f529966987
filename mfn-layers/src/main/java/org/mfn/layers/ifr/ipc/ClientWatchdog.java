package org.mfn.layers.ifr.ipc;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Enforces request deadlines of {@link IfrClient}s: one daemon thread wakes every {@link
 * #PERIOD_MILLIS} and expires clients whose deadline has passed, closing their channel so that a
 * blocked read returns. A request costs one volatile write to arm its deadline and one to clear it;
 * channels of Unix domain sockets have no read timeout of their own.
 */
final class ClientWatchdog {
  static final long PERIOD_MILLIS = 5;
  private static final Set<IfrClient> CLIENTS = ConcurrentHashMap.newKeySet();

  static {
    Thread t = new Thread(ClientWatchdog::run, "ifr-client-watchdog");
    t.setDaemon(true);
    t.start();
  }

  private ClientWatchdog() {}

  static void register(IfrClient client) {
    CLIENTS.add(client);
  }

  static void unregister(IfrClient client) {
    CLIENTS.remove(client);
  }

  private static void run() {
    while (true) {
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      long now = System.nanoTime();
      for (IfrClient client : CLIENTS) {
        client.expireIfLate(now);
      }
    }
  }
}
