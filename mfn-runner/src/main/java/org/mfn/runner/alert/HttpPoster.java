package org.mfn.runner.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs a JSON body with the JDK's HTTP client: each attempt bounded by a timeout, and a failed
 * attempt (connection error, timeout, 429 or 5xx) retried after a wait that doubles from the first
 * backoff; any other 4xx is final. Success is any 2xx.
 */
final class HttpPoster {
  private final HttpClient client;
  private final Duration timeout;
  private final int retries;
  private final Duration backoff;

  HttpPoster(Duration timeout, int retries, Duration backoff) {
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.timeout = timeout;
    this.retries = retries;
    this.backoff = backoff;
  }

  /**
   * Posts.
   *
   * @param name the channel, for messages
   * @param url where
   * @param body the JSON body
   * @param headers extra headers
   * @throws ChannelException in one line after the last attempt failed
   */
  void post(String name, URI url, String body, Map<String, String> headers)
      throws ChannelException {
    String last = "";
    Throwable cause = null;
    for (int attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) {
        try {
          Thread.sleep(backoff.toMillis() << Math.min(attempt - 1, 10));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ChannelException(name + ": interrupted while retrying", e);
        }
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(url)
              .timeout(timeout)
              .header("Content-Type", "application/json; charset=utf-8")
              .header("User-Agent", "mfn-bench")
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      headers.forEach(request::header);
      try {
        HttpResponse<String> response =
            client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          return;
        }
        last = "HTTP " + status;
        cause = null;
        if (status != 429 && status < 500) {
          break; // the receiver refuses this message: retrying will not help
        }
      } catch (IOException e) {
        last = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        cause = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ChannelException(name + ": interrupted", e);
      }
    }
    int attempts = retries + 1;
    throw new ChannelException(
        name + " (" + url + "): not delivered after " + attempts + " attempt(s): " + oneLine(last),
        cause);
  }

  private static String oneLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
