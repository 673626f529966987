package org.mfn.runner.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What one notification carries: the run and its new alerts. {@link #json} is the documented
 * webhook payload:
 *
 * <pre>{@code
 * {"schema": "mfn-alert/1", "sentAt": "2026-11-30T10:00:00Z",
 *  "run": {"host": "...", "commit": "...", "profile": "smoke", "started": "...", "directory": "..."},
 *  "alerts": [{"key": "claim-failed:ifr.exact-match", "kind": "claim-failed",
 *              "title": "Claim ifr.exact-match FAILED: ...", "details": {...}}]}
 * }</pre>
 *
 * @param run the run
 * @param alerts the alerts (at least one)
 * @param sentAt when it is sent, ISO-8601
 */
public record AlertMessage(RunInfo run, List<Alert> alerts, String sentAt) {
  /** The payload's schema name. */
  public static final String SCHEMA = "mfn-alert/1";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Copies the list. */
  public AlertMessage {
    alerts = List.copyOf(alerts);
  }

  /** One line for a subject or a chat message. */
  public String subject() {
    String what = alerts.size() == 1 ? alerts.get(0).title() : alerts.size() + " alerts";
    return "[MFN Bench] " + what + " on " + run.host();
  }

  /** The alerts as plain text, one per line, with the run. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Alert a : alerts) {
      b.append("- ").append(a.title()).append('\n');
    }
    b.append("\nRun: host ")
        .append(run.host())
        .append(", commit ")
        .append(run.commit() == null ? "unknown" : run.commit())
        .append(", profile ")
        .append(run.profile() == null ? "default" : run.profile())
        .append(", started ")
        .append(run.started())
        .append(run.directory() == null ? "" : ", directory " + run.directory())
        .append('\n');
    return b.toString();
  }

  /** The webhook payload. */
  public String json() {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("sentAt", sentAt);
    root.set("run", JSON.valueToTree(run));
    ArrayNode list = root.putArray("alerts");
    for (Alert a : alerts) {
      ObjectNode n = list.addObject();
      n.put("key", a.key());
      n.put("kind", a.kind().fileName());
      n.put("title", a.title());
      n.set("details", JSON.valueToTree(a.details()));
    }
    return write(root);
  }

  /** The Slack incoming-webhook payload: a text fallback and blocks. */
  public String slackJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("text", subject());
    ArrayNode blocks = root.putArray("blocks");
    ObjectNode header = blocks.addObject();
    header.put("type", "header");
    ObjectNode headerText = header.putObject("text");
    headerText.put("type", "plain_text");
    headerText.put("text", truncate(subject(), 150));
    for (Alert a : alerts) {
      ObjectNode section = blocks.addObject();
      section.put("type", "section");
      ObjectNode t = section.putObject("text");
      t.put("type", "mrkdwn");
      t.put("text", truncate("*" + escape(a.kind().fileName()) + "* " + escape(a.title()), 3000));
    }
    ObjectNode context = blocks.addObject();
    context.put("type", "context");
    ObjectNode element = context.putArray("elements").addObject();
    element.put("type", "mrkdwn");
    element.put(
        "text",
        escape(
            "host "
                + run.host()
                + " · commit "
                + (run.commit() == null ? "unknown" : run.commit())
                + " · profile "
                + (run.profile() == null ? "default" : run.profile())));
    return write(root);
  }

  /** Slack's three control characters, escaped as its mrkdwn asks. */
  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
