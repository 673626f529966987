package org.mfn.report.console;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with left-aligned columns sized to their widest cell. Not thread-safe. */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  /**
   * Creates a table with a header row.
   *
   * @param headers column titles
   */
  public TextTable(String... headers) {
    this.columns = headers.length;
    rows.add(headers);
  }

  /**
   * Adds a row; missing cells are blank, null cells print as "-".
   *
   * @param cells the cells
   * @return this table
   */
  public TextTable add(String... cells) {
    String[] row = new String[columns];
    for (int i = 0; i < columns; i++) {
      row[i] = i < cells.length ? (cells[i] == null ? "-" : cells[i]) : "";
    }
    rows.add(row);
    return this;
  }

  /** Returns the table, one line per row, with a rule under the header. */
  public String render() {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      appendRow(sb, rows.get(r), widths);
      if (r == 0) {
        String[] rule = new String[columns];
        for (int i = 0; i < columns; i++) {
          rule[i] = "-".repeat(widths[i]);
        }
        appendRow(sb, rule, widths);
      }
    }
    return sb.toString();
  }

  private static void appendRow(StringBuilder sb, String[] row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.length; i++) {
      line.append(row[i]);
      if (i < row.length - 1) {
        line.append(" ".repeat(widths[i] - row[i].length() + 2));
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
