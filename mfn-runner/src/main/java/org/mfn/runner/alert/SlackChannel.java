package org.mfn.runner.alert;

/** A Slack-compatible incoming webhook: POSTs {@link AlertMessage#slackJson} (text and blocks). */
public final class SlackChannel extends HttpChannel {
  /**
   * Creates the channel.
   *
   * @param config its configuration
   */
  public SlackChannel(ChannelConfig config) {
    super(config);
  }

  @Override
  String body(AlertMessage message) {
    return message.slackJson();
  }
}
