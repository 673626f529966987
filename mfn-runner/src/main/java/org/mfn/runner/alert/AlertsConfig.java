package org.mfn.runner.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The alerts file ({@code mfn-alerts.json}): rules that say which events alert, and the channels
 * every alert goes to. Read strictly: an unknown field, a missing one, or a value of the wrong kind
 * is an {@link AlertsConfigException} that names the file, the field's path and the value.
 *
 * <pre>{@code
 * {
 *   "rules": [
 *     {"when": "claim-failed"},
 *     {"when": "regressed", "match": "FlowRegistry"},
 *     {"when": "run-failed"},
 *     {"when": "live-threshold", "threshold": "Dijkstra.*dijkstra>200"}
 *   ],
 *   "channels": [
 *     {"type": "webhook", "url": "https://hooks.example/mfn", "secretEnv": "MFN_WEBHOOK_SECRET"},
 *     {"type": "slack", "url": "https://hooks.slack.com/services/T/B/X"},
 *     {"type": "email", "smtpHost": "smtp.example", "smtpPort": 587, "from": "bench@example",
 *      "to": ["perf@example"], "userEnv": "MFN_SMTP_USER", "passwordEnv": "MFN_SMTP_PASSWORD"}
 *   ]
 * }
 * }</pre>
 *
 * @param rules the rules (at least one)
 * @param channels the channels (at least one)
 */
public record AlertsConfig(List<RuleConfig> rules, List<ChannelConfig> channels) {
  private static final Set<String> TOP = Set.of("rules", "channels");
  private static final Set<String> RULE = Set.of("when", "match", "threshold");
  private static final Set<String> HTTP =
      Set.of("type", "name", "url", "secretEnv", "timeoutSeconds", "retries", "backoffMillis");
  private static final Set<String> SLACK =
      Set.of("type", "name", "url", "timeoutSeconds", "retries", "backoffMillis");
  private static final Set<String> EMAIL =
      Set.of(
          "type",
          "name",
          "smtpHost",
          "smtpPort",
          "starttls",
          "from",
          "to",
          "userEnv",
          "passwordEnv",
          "timeoutSeconds");

  /** Copies the lists. */
  public AlertsConfig {
    rules = List.copyOf(rules);
    channels = List.copyOf(channels);
  }

  /** Whether some rule watches this kind. */
  public boolean watches(AlertKind kind) {
    return rules.stream().anyMatch(r -> r.kind() == kind);
  }

  /** The live thresholds of the live-threshold rules, as {@code --alert} writes them. */
  public List<String> liveThresholds() {
    return rules.stream()
        .filter(r -> r.kind() == AlertKind.LIVE_THRESHOLD)
        .map(RuleConfig::threshold)
        .toList();
  }

  /**
   * Reads an alerts file.
   *
   * @param file the file
   * @return the configuration
   * @throws AlertsConfigException naming the file, field and value of the first problem
   */
  public static AlertsConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new AlertsConfigException("cannot read alerts file " + file + ": " + e.getMessage());
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new AlertsConfigException(
          file + " is not JSON: " + e.getOriginalMessage() + " (line " + line(e) + ")");
    }
    return parse(root, file.toString());
  }

  /**
   * Reads an alerts configuration from a parsed document.
   *
   * @param root the document
   * @param source its name in messages
   * @return the configuration
   * @throws AlertsConfigException naming the source, field and value of the first problem
   */
  public static AlertsConfig parse(JsonNode root, String source) {
    Reader r = new Reader(source);
    r.object(root, "", TOP);
    List<RuleConfig> rules = new ArrayList<>();
    JsonNode ruleNodes = r.array(root, "rules");
    for (int i = 0; i < ruleNodes.size(); i++) {
      rules.add(r.rule(ruleNodes.get(i), "rules[" + i + "]"));
    }
    List<ChannelConfig> channels = new ArrayList<>();
    JsonNode channelNodes = r.array(root, "channels");
    for (int i = 0; i < channelNodes.size(); i++) {
      channels.add(r.channel(channelNodes.get(i), "channels[" + i + "]", i));
    }
    return new AlertsConfig(rules, channels);
  }

  private static String line(JsonProcessingException e) {
    return e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getLineNr());
  }

  /** Reads fields, naming the source and the path in every error. */
  private record Reader(String source) {
    AlertsConfigException error(String path, String what) {
      return new AlertsConfigException(source + ": " + path + ": " + what);
    }

    void object(JsonNode node, String path, Set<String> allowed) {
      if (node == null || !node.isObject()) {
        throw error(path.isEmpty() ? "(top)" : path, "must be a JSON object");
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!allowed.contains(name)) {
          throw error(
              join(path, name),
              "unknown field (allowed here: " + String.join(", ", sorted(allowed)) + ")");
        }
      }
    }

    JsonNode array(JsonNode parent, String name) {
      JsonNode node = parent.get(name);
      if (node == null || !node.isArray() || node.isEmpty()) {
        throw error(name, "must be a non-empty array");
      }
      return node;
    }

    String text(JsonNode parent, String path, String name, boolean required) {
      JsonNode node = parent.get(name);
      if (node == null || node.isNull()) {
        if (required) {
          throw error(join(path, name), "is required");
        }
        return null;
      }
      if (!node.isTextual() || node.asText().isBlank()) {
        throw error(join(path, name), "must be a non-blank string: " + node);
      }
      return node.asText();
    }

    int integer(JsonNode parent, String path, String name, int otherwise, int min, int max) {
      JsonNode node = parent.get(name);
      if (node == null || node.isNull()) {
        return otherwise;
      }
      if (!node.isInt() || node.asInt() < min || node.asInt() > max) {
        throw error(
            join(path, name), "must be a whole number in " + min + ".." + max + ": " + node);
      }
      return node.asInt();
    }

    RuleConfig rule(JsonNode node, String path) {
      object(node, path, RULE);
      String when = text(node, path, "when", true);
      AlertKind kind =
          AlertKind.byFileName(when)
              .orElseThrow(
                  () ->
                      error(
                          join(path, "when"),
                          "must be claim-failed, regressed, run-failed or live-threshold: '"
                              + when
                              + "'"));
      String match = text(node, path, "match", false);
      Pattern pattern = null;
      if (match != null) {
        try {
          pattern = Pattern.compile(match);
        } catch (PatternSyntaxException e) {
          throw error(join(path, "match"), "is not a regular expression: '" + match + "'");
        }
      }
      String threshold = text(node, path, "threshold", kind == AlertKind.LIVE_THRESHOLD);
      if (threshold != null && kind != AlertKind.LIVE_THRESHOLD) {
        throw error(join(path, "threshold"), "belongs to live-threshold rules only");
      }
      if (threshold != null && !threshold.matches(".+[<>]\\s*[-+0-9.eE]+\\s*")) {
        throw error(
            join(path, "threshold"), "must be REGEX>VALUE or REGEX<VALUE: '" + threshold + "'");
      }
      return new RuleConfig(kind, pattern, threshold);
    }

    ChannelConfig channel(JsonNode node, String path, int index) {
      if (node == null || !node.isObject()) {
        throw error(path, "must be a JSON object");
      }
      String type = text(node, path, "type", true);
      String name = text(node, path, "name", false);
      if (name == null) {
        name = type + " #" + (index + 1);
      }
      switch (type) {
        case "webhook", "slack" -> {
          object(node, path, type.equals("webhook") ? HTTP : SLACK);
          URI url = url(text(node, path, "url", true), join(path, "url"));
          return ChannelConfig.http(
              type,
              name,
              url,
              type.equals("webhook") ? text(node, path, "secretEnv", false) : null,
              Duration.ofSeconds(integer(node, path, "timeoutSeconds", 5, 1, 120)),
              integer(node, path, "retries", 3, 0, 10),
              Duration.ofMillis(integer(node, path, "backoffMillis", 500, 1, 60_000)));
        }
        case "email" -> {
          object(node, path, EMAIL);
          String starttls = text(node, path, "starttls", false);
          if (starttls == null) {
            starttls = "when-offered";
          }
          if (!Set.of("when-offered", "required", "never").contains(starttls)) {
            throw error(
                join(path, "starttls"),
                "must be when-offered, required or never: '" + starttls + "'");
          }
          JsonNode to = node.get("to");
          if (to == null || !to.isArray() || to.isEmpty()) {
            throw error(join(path, "to"), "must be a non-empty array of addresses");
          }
          List<String> recipients = new ArrayList<>();
          for (int i = 0; i < to.size(); i++) {
            JsonNode a = to.get(i);
            if (!a.isTextual() || !a.asText().contains("@")) {
              throw error(join(path, "to") + "[" + i + "]", "must be an e-mail address: " + a);
            }
            recipients.add(a.asText());
          }
          String from = text(node, path, "from", true);
          if (!from.contains("@")) {
            throw error(join(path, "from"), "must be an e-mail address: '" + from + "'");
          }
          String userEnv = text(node, path, "userEnv", false);
          String passwordEnv = text(node, path, "passwordEnv", false);
          if ((userEnv == null) != (passwordEnv == null)) {
            throw error(path, "userEnv and passwordEnv go together");
          }
          return ChannelConfig.email(
              name,
              text(node, path, "smtpHost", true),
              integer(node, path, "smtpPort", 587, 1, 65_535),
              starttls,
              from,
              recipients,
              userEnv,
              passwordEnv,
              Duration.ofSeconds(integer(node, path, "timeoutSeconds", 10, 1, 120)));
        }
        default ->
            throw error(join(path, "type"), "must be webhook, slack or email: '" + type + "'");
      }
    }

    URI url(String text, String path) {
      try {
        URI u = new URI(text);
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
          return u;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      throw error(path, "must be an http or https URL: '" + text + "'");
    }

    private static String join(String path, String name) {
      return path.isEmpty() ? name : path + "." + name;
    }

    private static List<String> sorted(Set<String> names) {
      return names.stream().sorted().toList();
    }
  }
}
