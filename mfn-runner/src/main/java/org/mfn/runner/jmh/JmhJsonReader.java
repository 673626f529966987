package org.mfn.runner.jmh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads JMH's JSON result format (JMH 1.19 and later).
 *
 * <p>Handles what varies between JMH versions and modes: numbers written as strings ({@code "NaN"},
 * {@code "+INF"}, {@code "-INF"}), sample-mode files that carry {@code rawDataHistogram}
 * (per-iteration means are computed from the histograms), and secondary metric names with or
 * without the old {@code "·"} prefix. Stateless and thread-safe.
 */
public final class JmhJsonReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JmhJsonReader() {}

  /**
   * Reads a file.
   *
   * @param file a JMH JSON file
   * @return its records, in file order
   * @throws JmhFormatException if the file is unreadable or not JMH JSON, naming the file
   */
  public static List<JmhRecord> read(Path file) {
    // Streamed: one benchmark's tree at a time, so memory follows the samples kept, not the
    // file's text (a 200 MB file held as a string and a tree took 4.5 GB).
    List<JmhRecord> records = new ArrayList<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(file.toFile())) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new JmhFormatException(
            file + " is not a JMH result file: expected a JSON array of benchmarks");
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        records.add(record(MAPPER.readTree(parser), file));
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        throw new JmhFormatException(
            file + " is not a JMH result file: every entry of the array must be an object");
      }
    } catch (JsonProcessingException e) {
      throw new JmhFormatException(
          file
              + " is not valid JSON (line "
              + e.getLocation().getLineNr()
              + "): "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new JmhFormatException("cannot read " + file + ": " + e.getMessage());
    }
    return records;
  }

  private static JmhRecord record(JsonNode node, Path file) {
    String benchmark = node.path("benchmark").asText(null);
    JsonNode primary = node.get("primaryMetric");
    if (benchmark == null || primary == null) {
      throw new JmhFormatException(file + " has an entry without 'benchmark' or 'primaryMetric'");
    }
    Map<String, String> params = new TreeMap<>();
    node.path("params")
        .fields()
        .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
    Map<String, JmhMetric> secondary = new LinkedHashMap<>();
    node.path("secondaryMetrics")
        .fields()
        .forEachRemaining(e -> secondary.put(stripPrefix(e.getKey()), metric(e.getValue())));
    List<String> jvmArgs = new ArrayList<>();
    node.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
    return new JmhRecord(
        benchmark,
        node.path("mode").asText("unknown"),
        node.path("threads").asInt(1),
        node.path("forks").asInt(1),
        params,
        metric(primary),
        secondary,
        jvmArgs);
  }

  private static String stripPrefix(String name) {
    return name.startsWith("\u00b7") ? name.substring(1) : name;
  }

  private static JmhMetric metric(JsonNode node) {
    List<List<Double>> raw = new ArrayList<>();
    List<List<Double>> counts = null;
    if (node.has("rawData")) {
      for (JsonNode fork : node.get("rawData")) {
        List<Double> iterations = new ArrayList<>();
        fork.forEach(v -> iterations.add(number(v)));
        raw.add(iterations);
      }
    } else if (node.has("rawDataHistogram")) {
      counts = new ArrayList<>();
      for (JsonNode fork : node.get("rawDataHistogram")) {
        List<Double> iterations = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        fork.forEach(
            histogram -> {
              iterations.add(histogramMean(histogram));
              weights.add(histogramCount(histogram));
            });
        raw.add(iterations);
        counts.add(weights);
      }
    }
    Map<Double, Double> percentiles = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("scorePercentiles").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      percentiles.put(Double.parseDouble(e.getKey()), number(e.getValue()));
    }
    return new JmhMetric(node.path("scoreUnit").asText(""), raw, percentiles, counts);
  }

  /** Samples in one iteration's histogram. */
  private static double histogramCount(JsonNode histogram) {
    double count = 0;
    for (JsonNode bucket : histogram) {
      count += number(bucket.get(1));
    }
    return count;
  }

  /** Mean of one iteration's histogram, written as [[value, count], ...]. */
  private static double histogramMean(JsonNode histogram) {
    double sum = 0;
    double count = 0;
    for (JsonNode bucket : histogram) {
      double c = number(bucket.get(1));
      sum += number(bucket.get(0)) * c;
      count += c;
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  static double number(JsonNode value) {
    if (value == null || value.isNull()) {
      return Double.NaN;
    }
    if (value.isNumber()) {
      return value.asDouble();
    }
    switch (value.asText()) {
      case "+INF":
      case "Infinity":
        return Double.POSITIVE_INFINITY;
      case "-INF":
      case "-Infinity":
        return Double.NEGATIVE_INFINITY;
      case "NaN":
        return Double.NaN;
      default:
        try {
          return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
          throw new JmhFormatException("not a number in a JMH result: '" + value.asText() + "'");
        }
    }
  }
}
