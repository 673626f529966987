package org.mfn.runner.alert;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends alerts to every channel of an alerts file. A channel that fails is reported in one line and
 * the others still get the message; the caller decides whether a failure fails the run. An alert is
 * sent at most once per run: its key is remembered until {@link #newRun()}.
 */
public final class Notifier {
  private final List<AlertChannel> channels;
  private final PrintWriter err;
  private final Clock clock;
  private final Set<String> sent = new HashSet<>();

  /**
   * Creates a notifier over given channels.
   *
   * @param channels where alerts go
   * @param err where a failed channel is reported
   * @param clock the time stamped on messages
   */
  public Notifier(List<AlertChannel> channels, PrintWriter err, Clock clock) {
    this.channels = List.copyOf(channels);
    this.err = err;
    this.clock = clock;
  }

  /**
   * Creates the channels of an alerts file, reading the secrets its channels name from the
   * environment.
   *
   * @param config the file
   * @param env the environment
   * @param err where a failed channel is reported
   * @return the notifier
   * @throws AlertsConfigException if an environment variable the file names is not set
   */
  public static Notifier of(AlertsConfig config, Map<String, String> env, PrintWriter err) {
    List<AlertChannel> channels = new ArrayList<>();
    for (int i = 0; i < config.channels().size(); i++) {
      ChannelConfig c = config.channels().get(i);
      String path = "channels[" + i + "]";
      switch (c.type()) {
        case "webhook" -> channels.add(new WebhookChannel(c, variable(env, c.secretEnv(), path)));
        case "slack" -> channels.add(new SlackChannel(c));
        default ->
            channels.add(
                new EmailChannel(
                    c, variable(env, c.userEnv(), path), variable(env, c.passwordEnv(), path)));
      }
    }
    return new Notifier(channels, err, Clock.systemUTC());
  }

  private static String variable(Map<String, String> env, String name, String path) {
    if (name == null) {
      return null;
    }
    String value = env.get(name);
    if (value == null || value.isEmpty()) {
      throw new AlertsConfigException(
          path + " names the environment variable " + name + ", which is not set");
    }
    return value;
  }

  /** Forgets what was sent: the next alerts belong to a new run. */
  public synchronized void newRun() {
    sent.clear();
  }

  /**
   * Sends the alerts not yet sent for this run to every channel.
   *
   * @param run the run
   * @param alerts the alerts; those already sent are left out
   * @return whether every channel took the message (true when there was nothing to send)
   */
  public boolean send(RunInfo run, List<Alert> alerts) {
    List<Alert> fresh = new ArrayList<>();
    synchronized (this) {
      for (Alert a : alerts) {
        if (sent.add(a.key())) {
          fresh.add(a);
        }
      }
    }
    if (fresh.isEmpty()) {
      return true;
    }
    AlertMessage message = new AlertMessage(run, fresh, clock.instant().toString());
    boolean all = true;
    for (AlertChannel channel : channels) {
      try {
        channel.send(message);
      } catch (ChannelException e) {
        all = false;
        synchronized (err) {
          err.println("mfn: warning: alert channel " + e.getMessage());
          err.flush();
        }
      }
    }
    return all;
  }
}
