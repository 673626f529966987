package org.mfn.report.html;

import java.util.List;
import java.util.Locale;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.stats.Statistics;
import org.mfn.report.ChartMetric;
import org.mfn.report.Numbers;

/**
 * A horizontal bar chart, as inline SVG, of the means of results that share a subject and
 * parameters (MFN, baselines and peers), with their 95% intervals as whiskers, on the metric the
 * comparison is about ({@link ChartMetric}). Drawn on the server so that it needs no script and
 * prints.
 */
final class SvgBars {
  private static final int ROW = 26;
  private static final int LABEL = 250;
  private static final int PLOT = 360;

  private SvgBars() {}

  static String of(String title, List<BenchmarkResult> results, ChartMetric metric) {
    double max = 0;
    for (BenchmarkResult r : results) {
      Statistics s = metric.of(r).statistics();
      max = Math.max(max, s.ci() == null ? s.mean() : s.ci().upper());
    }
    max = max <= 0 ? 1 : max;
    int height = ROW * results.size() + 24;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"bars\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\" width=\"100%%\" preserveAspectRatio=\"xMinYMin meet\">",
            Html.escape(title),
            LABEL + PLOT + 90,
            height));
    int y = 4;
    for (BenchmarkResult r : results) {
      Statistics s = metric.of(r).statistics();
      String unit = metric.of(r).unit();
      double w = s.mean() / max * PLOT;
      String fill =
          r.role().name().equals("MFN")
              ? "#1a73e8"
              : r.role().name().equals("BASELINE") ? "#d93025" : "#9aa0a6";
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\">%s</text>",
              y + 15,
              Html.escape(r.methodName() + " (" + r.role() + ")")));
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"><title>%s</title></rect>",
              LABEL,
              y,
              Math.max(1, w),
              fill,
              Html.escape(Numbers.format(s.mean()) + " " + unit)));
      double labelAt = LABEL + Math.max(1, w);
      if (s.ci() != null) {
        labelAt = Math.max(labelAt, LABEL + s.ci().upper() / max * PLOT);
        double lo = LABEL + s.ci().lower() / max * PLOT;
        double hi = LABEL + s.ci().upper() / max * PLOT;
        svg.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#202124\" stroke-width=\"1.5\"/>",
                lo,
                hi,
                y + 9,
                y + 9));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\">%s</text>",
              labelAt + 6,
              y + 14,
              Html.escape(Numbers.format(s.mean()) + " " + unit)));
      y += ROW;
    }
    return svg.append("</svg>").toString();
  }
}
