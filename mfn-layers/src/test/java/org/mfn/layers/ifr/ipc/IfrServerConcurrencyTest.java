package org.mfn.layers.ifr.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.flow.FlowKey;
import org.mfn.layers.ifr.RegistryInvariants;

/** Many clients at once, each checked against its own model; the totals must add up. */
class IfrServerConcurrencyTest {
  private static final int CLIENTS = 12;
  private static final int OPERATIONS = 1_500;
  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void concurrentClientsDoingRandomOperations_matchTheirModels() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try (IfrServer server =
        IfrServer.startUnix(dir.resolve("many.sock"), IpcFixtures.registry(100_000))) {
      List<Future<Integer>> sizes = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int clientId = c;
        sizes.add(pool.submit((Callable<Integer>) () -> runClient(server, clientId)));
      }
      int expectedSize = 0;
      for (Future<Integer> size : sizes) {
        expectedSize += size.get();
      }
      try (IfrClient observer = IfrClient.connect(server.address(), Duration.ofSeconds(5))) {
        assertThat(observer.stats().size()).isEqualTo(expectedSize);
      }
      server.withRegistry(RegistryInvariants::check);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Random operations on keys only this client uses (their source address is the client id). */
  private static int runClient(IfrServer server, int clientId) throws Exception {
    SplittableRandom random = new SplittableRandom(1000 + clientId);
    Map<FlowKey, Integer> model = new HashMap<>();
    try (IfrClient client = IfrClient.connect(server.address(), Duration.ofSeconds(10))) {
      for (int op = 0; op < OPERATIONS; op++) {
        FlowKey key = FlowKey.ipv4(clientId, random.nextInt(300), 1000 + random.nextInt(4), 80, 6);
        switch (random.nextInt(4)) {
          case 0:
          case 1:
            int route = random.nextInt(1 << 20);
            assertThat(client.upsert(key, route)).isEqualTo(!model.containsKey(key));
            model.put(key, route);
            break;
          case 2:
            assertThat(client.delete(key)).isEqualTo(model.remove(key) != null);
            break;
          default:
            assertThat(client.lookup(key).map(FlowEntry::routeId).orElse(null))
                .isEqualTo(model.get(key));
        }
      }
      List<FlowKey> keys = new ArrayList<>(model.keySet());
      if (!keys.isEmpty()) {
        List<FlowKey> batch = keys.subList(0, Math.min(keys.size(), 100));
        int[] routes = client.batchLookup(batch);
        for (int i = 0; i < batch.size(); i++) {
          assertThat(routes[i]).isEqualTo(model.get(batch.get(i)));
        }
      }
    }
    return model.size();
  }
}
