package org.mfn.runner;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real servers the integration tests talk to: the PostgreSQL that {@code .ci/servers start}
 * runs (named by {@code MFN_TEST_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}), Debian's
 * Pushgateway (started here on a free loopback port) and promtool. A test that needs one that is
 * missing fails under {@code CI=true} and is skipped otherwise.
 */
public final class RealServers {
  private RealServers() {}

  /**
   * A PostgreSQL database and a login to it.
   *
   * @param url its JDBC URL, without credentials
   * @param user the user
   * @param password the password
   */
  public record Postgres(String url, String user, String password) {
    /** The environment the runner reads the login from. */
    public Map<String, String> env() {
      return Map.of("MFN_HISTORY_USER", user, "MFN_HISTORY_PASSWORD", password);
    }
  }

  /** Returns the test PostgreSQL, or fails (CI) or skips the test when there is none. */
  public static Postgres postgres() {
    String url = System.getenv("MFN_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      missing(
          "PostgreSQL: MFN_TEST_POSTGRES_URL is not set (source .ci/servers start, as .ci/run"
              + " does)");
    }
    return new Postgres(
        url,
        System.getenv().getOrDefault("MFN_TEST_POSTGRES_USER", "mfn"),
        System.getenv().getOrDefault("MFN_TEST_POSTGRES_PASSWORD", ""));
  }

  /** Returns Debian's promtool, or fails (CI) or skips when it is not installed. */
  public static Path promtool() {
    return executable("promtool")
        .orElseGet(() -> missing("promtool is not installed (apt-get install prometheus)"));
  }

  /** A Pushgateway process on a loopback port; closing stops it. */
  public static final class Pushgateway implements AutoCloseable {
    private final Process process;
    private final int port;

    private Pushgateway(Process process, int port) {
      this.process = process;
      this.port = port;
    }

    /** Returns its URL, {@code http://127.0.0.1:PORT}. */
    public String url() {
      return "http://127.0.0.1:" + port;
    }

    /** Returns what the gateway serves at {@code /metrics}. */
    public String metrics() throws IOException, InterruptedException {
      return get(url() + "/metrics").body();
    }

    @Override
    public void close() {
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Starts Debian's Pushgateway on a free loopback port and waits until it is ready. */
  public static Pushgateway startPushgateway(Path work) throws Exception {
    Path binary =
        executable("prometheus-pushgateway")
            .or(() -> executable("pushgateway"))
            .orElseGet(
                () ->
                    missing(
                        "the Pushgateway is not installed (apt-get install"
                            + " prometheus-pushgateway)"));
    int port = freePort();
    Files.createDirectories(work);
    Process p =
        new ProcessBuilder(List.of(binary.toString(), "--web.listen-address=127.0.0.1:" + port))
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("pushgateway-" + port + ".log").toFile())
            .start();
    Pushgateway gateway = new Pushgateway(p, port);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (get(gateway.url() + "/-/ready").statusCode() == 200) {
          return gateway;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (!p.isAlive()) {
        throw new AssertionError("the Pushgateway exited with " + p.exitValue());
      }
      Thread.sleep(100);
    }
    gateway.close();
    throw new AssertionError("the Pushgateway was not ready within 30 s");
  }

  /** Returns a TCP port nothing listens on now. */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static Optional<Path> executable(String name) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    return Stream.concat(Stream.of(path.split(":")), Stream.of("/usr/bin", "/usr/local/bin"))
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static <T> T missing(String what) {
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI=true but " + what);
    }
    Assumptions.abort(what);
    throw new IllegalStateException("unreachable");
  }
}
