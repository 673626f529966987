package org.mfn.runner.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The channels against local receivers: a loopback HTTP server (the JDK's) that records every POST
 * and can answer 500 first, and GreenMail's SMTP server for e-mail.
 */
class ChannelsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request a receiver got. */
  record Received(String path, Map<String, List<String>> headers, String body) {}

  private HttpServer receiver;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger failFirst = new AtomicInteger();
  private volatile int failStatus = 500;

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body));
          int status = failFirst.getAndDecrement() > 0 ? failStatus : 200;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + path);
  }

  private static ChannelConfig http(String type, URI url, int retries) {
    return ChannelConfig.http(
        type, type, url, null, Duration.ofSeconds(2), retries, Duration.ofMillis(10));
  }

  private static AlertMessage message() {
    return new AlertMessage(
        new RunInfo("bench-1", "abc123", "smoke", "2026-11-30T09:00:00Z", "20261130-090000"),
        List.of(
            new Alert(
                "claim-failed:ifr.bloom-negative",
                AlertKind.CLAIM_FAILED,
                "Claim ifr.bloom-negative FAILED: measured 15.1 ns (target < 10 ns)",
                Map.of("measured", 15.1, "unit", "ns"))),
        "2026-11-30T09:10:00Z");
  }

  @Test
  void webhook_postsTheDocumentedPayload_signedWithHmacSha256OfTheBody() throws Exception {
    new WebhookChannel(http("webhook", url("/hook"), 0), "s3cret").send(message());
    assertThat(received).hasSize(1);
    Received r = received.get(0);
    JsonNode payload = JSON.readTree(r.body());
    assertThat(payload.get("schema").asText()).isEqualTo("mfn-alert/1");
    assertThat(payload.get("run").get("host").asText()).isEqualTo("bench-1");
    assertThat(payload.get("run").get("commit").asText()).isEqualTo("abc123");
    JsonNode alert = payload.get("alerts").get(0);
    assertThat(alert.get("kind").asText()).isEqualTo("claim-failed");
    assertThat(alert.get("key").asText()).isEqualTo("claim-failed:ifr.bloom-negative");
    assertThat(alert.get("details").get("measured").asDouble()).isEqualTo(15.1);
    // The receiver's check, done independently here: HMAC-SHA256 of the exact bytes received.
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        "sha256="
            + HexFormat.of().formatHex(mac.doFinal(r.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(r.headers().get("X-mfn-signature-256")).containsExactly(expected);
  }

  @Test
  void webhook_withoutASecret_isUnsigned() throws Exception {
    new WebhookChannel(http("webhook", url("/hook"), 0), null).send(message());
    assertThat(received.get(0).headers()).doesNotContainKey("X-mfn-signature-256");
  }

  @Test
  void aServerError_isRetriedWithBackoff_andThenDelivered() throws Exception {
    failFirst.set(2);
    new WebhookChannel(http("webhook", url("/hook"), 3), null).send(message());
    assertThat(received).hasSize(3);
    assertThat(received.get(2).body()).isEqualTo(received.get(0).body());
  }

  @Test
  void aClientError_isNotRetried_andIsOneLine() {
    failFirst.set(5);
    failStatus = 400;
    assertThatThrownBy(
            () -> new WebhookChannel(http("webhook", url("/hook"), 3), null).send(message()))
        .isInstanceOf(ChannelException.class)
        .hasMessageContaining("HTTP 400")
        .hasMessageNotContaining("\n");
    assertThat(received).hasSize(1);
  }

  @Test
  void anUnreachableReceiver_isOneLineAfterEveryAttempt() throws Exception {
    int port = org.mfn.runner.RealServers.freePort();
    URI nowhere = URI.create("http://127.0.0.1:" + port + "/hook");
    assertThatThrownBy(() -> new SlackChannel(http("slack", nowhere, 2)).send(message()))
        .isInstanceOf(ChannelException.class)
        .hasMessageContaining(nowhere.toString())
        .hasMessageContaining("after 3 attempt(s)")
        .hasMessageNotContaining("\n");
  }

  @Test
  void slack_postsTextAndBlocks() throws Exception {
    new SlackChannel(http("slack", url("/services/T/B/X"), 0)).send(message());
    JsonNode payload = JSON.readTree(received.get(0).body());
    assertThat(payload.get("text").asText())
        .startsWith("[MFN Bench] Claim ifr.bloom-negative FAILED")
        .endsWith("on bench-1");
    JsonNode blocks = payload.get("blocks");
    assertThat(blocks.get(0).get("type").asText()).isEqualTo("header");
    assertThat(blocks.get(1).get("text").get("type").asText()).isEqualTo("mrkdwn");
    assertThat(blocks.get(1).get("text").get("text").asText())
        .contains("target &lt; 10 ns"); // Slack's control characters escaped
    assertThat(blocks.get(2).get("type").asText()).isEqualTo("context");
  }

  @Test
  void email_isDeliveredOverSmtp_withTheLoginFromTheConfiguration() throws Exception {
    int port = org.mfn.runner.RealServers.freePort();
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.setUser("bench@example.org", "mailer", "pw");
    smtp.start();
    try {
      ChannelConfig c =
          ChannelConfig.email(
              "mail",
              "127.0.0.1",
              port,
              "when-offered",
              "bench@example.org",
              List.of("perf@example.org", "ops@example.org"),
              "U",
              "P",
              Duration.ofSeconds(5));
      new EmailChannel(c, "mailer", "pw").send(message());
      assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
      MimeMessage[] got = smtp.getReceivedMessages();
      assertThat(got[0].getSubject())
          .isEqualTo(
              "[MFN Bench] Claim ifr.bloom-negative FAILED: measured 15.1 ns (target < 10 ns) on"
                  + " bench-1");
      assertThat(GreenMailUtil.getBody(got[0])).contains("commit abc123");
      assertThat(got[0].getFrom()[0].toString()).isEqualTo("bench@example.org");

      ChannelConfig required =
          ChannelConfig.email(
              "mail",
              "127.0.0.1",
              port,
              "required",
              "bench@example.org",
              List.of("perf@example.org"),
              null,
              null,
              Duration.ofSeconds(5));
      // This server offers no STARTTLS: a channel that requires it refuses to send in clear.
      assertThatThrownBy(() -> new EmailChannel(required, null, null).send(message()))
          .isInstanceOf(ChannelException.class)
          .hasMessageContaining("smtp://127.0.0.1:" + port)
          .hasMessageContaining("STARTTLS")
          .hasMessageNotContaining("\n");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void notifier_sendsEachAlertOncePerRun_andAFailedChannelDoesNotStopTheOthers() throws Exception {
    int port = org.mfn.runner.RealServers.freePort();
    StringWriter err = new StringWriter();
    Notifier notifier =
        new Notifier(
            List.of(
                new SlackChannel(http("down", URI.create("http://127.0.0.1:" + port + "/x"), 0)),
                new WebhookChannel(http("up", url("/hook"), 0), null)),
            new PrintWriter(err),
            Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
    RunInfo run = message().run();
    Alert a = message().alerts().get(0);
    Alert b = new Alert("regressed:x", AlertKind.REGRESSED, "Regressed: x", Map.of());
    assertThat(notifier.send(run, List.of(a))).isFalse();
    assertThat(notifier.send(run, List.of(a, b))).isFalse();
    assertThat(received).hasSize(2);
    assertThat(JSON.readTree(received.get(1).body()).get("alerts")).hasSize(1);
    assertThat(JSON.readTree(received.get(1).body()).get("alerts").get(0).get("key").asText())
        .isEqualTo("regressed:x");
    assertThat(JSON.readTree(received.get(0).body()).get("sentAt").asText())
        .isEqualTo("2026-11-30T10:00:00Z");
    assertThat(err.toString().lines())
        .hasSize(2)
        .allMatch(l -> l.startsWith("mfn: warning: alert channel down"));
    assertThat(notifier.send(run, List.of(a, b))).isTrue(); // nothing new: nothing sent
    assertThat(received).hasSize(2);
    notifier.newRun();
    notifier.send(run, List.of(a));
    assertThat(received).hasSize(3);
  }
}
