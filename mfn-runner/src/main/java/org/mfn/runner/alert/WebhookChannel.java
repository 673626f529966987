package org.mfn.runner.alert;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A generic webhook: POSTs {@link AlertMessage#json}. With a secret, the header {@value
 * #SIGNATURE_HEADER} carries {@code sha256=} and the hex HMAC-SHA256 of the exact body under the
 * secret, so that the receiver can check that the message is ours and whole.
 */
public final class WebhookChannel extends HttpChannel {
  /** The signature header. */
  public static final String SIGNATURE_HEADER = "X-MFN-Signature-256";

  private final byte[] secret;

  /**
   * Creates the channel.
   *
   * @param config its configuration
   * @param secret the HMAC key, or null for unsigned messages
   */
  public WebhookChannel(ChannelConfig config, String secret) {
    super(config);
    this.secret = secret == null ? null : secret.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  String body(AlertMessage message) {
    return message.json();
  }

  @Override
  Map<String, String> headers(String body) {
    return secret == null ? Map.of() : Map.of(SIGNATURE_HEADER, "sha256=" + sign(secret, body));
  }

  /**
   * The hex HMAC-SHA256 of a body.
   *
   * @param key the secret
   * @param body the body as sent (UTF-8)
   * @return lower-case hex
   */
  public static String sign(byte[] key, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
