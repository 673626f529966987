package org.mfn.runner.alert;

import java.util.Map;

/** A Slack-compatible incoming webhook: POSTs {@link AlertMessage#slackJson} (text and blocks). */
public final class SlackChannel implements AlertChannel {
  private final ChannelConfig config;
  private final HttpPoster poster;

  /**
   * Creates the channel.
   *
   * @param config its configuration
   */
  public SlackChannel(ChannelConfig config) {
    this.config = config;
    this.poster = new HttpPoster(config.timeout(), config.retries(), config.backoff());
  }

  @Override
  public String name() {
    return config.name();
  }

  @Override
  public void send(AlertMessage message) throws ChannelException {
    poster.post(name(), config.url(), message.slackJson(), Map.of());
  }
}
