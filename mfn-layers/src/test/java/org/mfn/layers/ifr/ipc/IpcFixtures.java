package org.mfn.layers.ifr.ipc;

import java.util.SplittableRandom;
import org.mfn.core.flow.FlowKey;
import org.mfn.core.flow.FlowKeyLayout;
import org.mfn.layers.ifr.FlowRegistry;
import org.mfn.layers.ifr.MissHandler;
import org.mfn.layers.ifr.RegistryConfig;

/** Shared helpers of the IPC tests. */
final class IpcFixtures {
  private IpcFixtures() {}

  static FlowRegistry registry(int capacity) {
    return new FlowRegistry(
        RegistryConfig.of(FlowKeyLayout.DUAL_STACK, capacity), MissHandler.NEVER_INSTALL);
  }

  static FlowKey randomKey(SplittableRandom random) {
    return random.nextBoolean()
        ? FlowKey.ipv4(
            random.nextInt(),
            random.nextInt(),
            random.nextInt(65536),
            random.nextInt(65536),
            random.nextInt(256))
        : FlowKey.ipv6(
            random.nextLong(),
            random.nextLong(),
            random.nextLong(),
            random.nextLong(),
            random.nextInt(65536),
            random.nextInt(65536),
            random.nextInt(256));
  }
}
