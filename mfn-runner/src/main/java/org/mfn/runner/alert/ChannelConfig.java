package org.mfn.runner.alert;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One channel of the alerts file.
 *
 * @param type webhook, slack or email
 * @param name its name in messages (default: the type and its position)
 * @param url for webhook and slack: where to POST
 * @param secretEnv for webhook: the environment variable holding the HMAC key, or null for no
 *     signature
 * @param timeout for webhook and slack: how long one attempt may take
 * @param retries for webhook and slack: further attempts after a failed one (connection error,
 *     timeout, 429 or 5xx), with backoff doubling from {@code backoff}
 * @param backoff the first wait before a retry
 * @param smtpHost for email: the SMTP server
 * @param smtpPort for email: its port
 * @param starttls for email: {@code when-offered} (default), {@code required} or {@code never}
 * @param from for email: the sender
 * @param to for email: the recipients (at least one)
 * @param userEnv for email: the environment variable holding the SMTP user, or null for no login
 * @param passwordEnv for email: the environment variable holding the SMTP password
 */
public record ChannelConfig(
    String type,
    String name,
    URI url,
    String secretEnv,
    Duration timeout,
    int retries,
    Duration backoff,
    String smtpHost,
    int smtpPort,
    String starttls,
    String from,
    List<String> to,
    String userEnv,
    String passwordEnv) {
  /** Copies the recipients. */
  public ChannelConfig {
    to = to == null ? List.of() : List.copyOf(to);
  }

  /** A webhook or Slack channel. */
  public static ChannelConfig http(
      String type,
      String name,
      URI url,
      String secretEnv,
      Duration timeout,
      int retries,
      Duration backoff) {
    return new ChannelConfig(
        type, name, url, secretEnv, timeout, retries, backoff, null, 0, null, null, List.of(), null,
        null);
  }

  /** An e-mail channel. */
  public static ChannelConfig email(
      String name,
      String smtpHost,
      int smtpPort,
      String starttls,
      String from,
      List<String> to,
      String userEnv,
      String passwordEnv,
      Duration timeout) {
    return new ChannelConfig(
        "email",
        name,
        null,
        null,
        timeout,
        0,
        Duration.ZERO,
        smtpHost,
        smtpPort,
        starttls,
        from,
        to,
        userEnv,
        passwordEnv);
  }
}
