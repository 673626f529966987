package org.mfn.runner.alert;

import java.util.Map;

/** A channel that POSTs a JSON body to a URL, with the configuration's timeouts and retries. */
abstract class HttpChannel implements AlertChannel {
  private final ChannelConfig config;
  private final HttpPoster poster;

  HttpChannel(ChannelConfig config) {
    this.config = config;
    this.poster = new HttpPoster(config.timeout(), config.retries(), config.backoff());
  }

  @Override
  public final String name() {
    return config.name();
  }

  @Override
  public final void send(AlertMessage message) throws ChannelException {
    String body = body(message);
    poster.post(name(), config.url(), body, headers(body));
  }

  /** The body of a message. */
  abstract String body(AlertMessage message);

  /** Headers for a body (none by default). */
  Map<String, String> headers(String body) {
    return Map.of();
  }
}
