package org.mfn.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.mfn.core.run.RunResult;
import org.mfn.core.target.TargetVerdict;
import org.mfn.report.ReportFixtures;

/**
 * The summary read by a real GFM parser (commonmark-java with tables and autolinks, as GitHub
 * renders): names cannot become links, images or HTML, and the table keeps its columns.
 */
class MarkdownSummaryTest {

  private static final List<String> HOSTILE =
      List.of(
          "[click](https://evil.example/x)",
          "![pixel](https://evil.example/p.png)",
          "see https://evil.example and www.evil.example or mail a@evil.example",
          "<img src=x onerror=alert(1)> <b>bold</b>",
          "pipe | in | name",
          "back\\|slash pipe",
          "``two`` and `one` backticks",
          "`edge backticks`",
          " spaced ",
          "*emph* _under_ ~~strike~~ # not a heading",
          "line\nbreak");

  private static final List<Extension> GFM =
      List.of(TablesExtension.create(), AutolinkExtension.create());

  @Test
  void hostileClaimTexts_stayLiteral_noLinkImageOrHtml() throws Exception {
    Node document = Parser.builder().extensions(GFM).build().parse(render(withClaims(HOSTILE)));

    List<String> firstCells = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    List<String> forbidden = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            forbidden.add("link " + link.getDestination());
          }

          @Override
          public void visit(Image image) {
            forbidden.add("image " + image.getDestination());
          }

          @Override
          public void visit(HtmlInline html) {
            forbidden.add("html " + html.getLiteral());
          }

          @Override
          public void visit(CustomNode node) {
            if (node instanceof TableRow row && !(row.getParent() instanceof TableHead)) {
              int cells = 0;
              for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                cells++;
              }
              widths.add(cells);
              firstCells.add(text(node.getFirstChild()));
            }
            visitChildren(node);
          }
        });

    assertThat(forbidden).isEmpty();
    assertThat(widths).hasSize(HOSTILE.size()).allMatch(w -> w == 5);
    List<String> expected = HOSTILE.stream().map(h -> "id: " + h.replace("\n", " ")).toList();
    assertThat(firstCells).containsExactlyElementsOf(expected);
  }

  @Test
  void plainSentence_isEscapedProse_thatReadsTheSame() {
    String sentence = "no shift: -1.5% [-3.0%, +0.2%] over 12 *benchmarks* <b>x</b>";
    Node document = Parser.builder().extensions(GFM).build().parse(MarkdownSummary.prose(sentence));
    String html = HtmlRenderer.builder().extensions(GFM).build().render(document);
    assertThat(html.trim())
        .isEqualTo(
            "<p>no shift: -1.5% [-3.0%, +0.2%] over 12 *benchmarks* &lt;b&gt;x&lt;/b&gt;</p>");
  }

  private static String text(Node cell) {
    StringBuilder out = new StringBuilder();
    cell.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }
        });
    return out.toString();
  }

  private static RunResult withClaims(List<String> claims) {
    RunResult sample = ReportFixtures.sample();
    TargetVerdict template = sample.targets().get(0);
    List<TargetVerdict> targets =
        claims.stream()
            .map(
                c ->
                    new TargetVerdict(
                        "id",
                        template.layer(),
                        c,
                        template.threshold(),
                        template.verdict(),
                        template.measured(),
                        template.interval(),
                        template.unit(),
                        template.benchmark(),
                        template.reference(),
                        template.note()))
            .toList();
    return new RunResult(
        sample.schemaVersion(),
        sample.environment(),
        sample.settings(),
        sample.benchmarks(),
        sample.improvements(),
        targets,
        null);
  }

  private static String render(RunResult result) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MarkdownSummary().render(result, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
