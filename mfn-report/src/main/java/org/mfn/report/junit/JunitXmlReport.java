package org.mfn.report.junit;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mfn.core.run.RunResult;
import org.mfn.core.target.TargetVerdict;
import org.mfn.core.target.Verdict;
import org.mfn.report.Numbers;
import org.mfn.report.ReportRenderer;

/**
 * {@code targets-junit.xml}: one {@code testcase} per claim in one {@code testsuite}. PASS is a
 * passing case; FAIL a {@code failure} whose message gives the measured value, interval and target;
 * INCONCLUSIVE and NOT_MEASURED are {@code skipped} with the reason, so that CI servers show
 * neither as passed. Written with the JDK's StAX writer (escaping included).
 */
public final class JunitXmlReport implements ReportRenderer {

  @Override
  public void render(RunResult result, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "MFN Bench claims");
      xml.writeAttribute("tests", Integer.toString(result.targets().size()));
      long failed = result.targets().stream().filter(TargetVerdict::failedClaim).count();
      xml.writeAttribute("failures", Long.toString(failed));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute(
          "skipped",
          Long.toString(
              count(result, Verdict.INCONCLUSIVE)
                  + count(result, Verdict.NOT_MEASURED)
                  + count(result, Verdict.FAIL)
                  - failed));
      for (TargetVerdict t : result.targets()) {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "mfn.claims." + t.layer().shortName());
        xml.writeAttribute("name", t.id() + ": " + t.claim());
        xml.writeAttribute("time", "0");
        String detail = detail(t);
        if (t.failedClaim()) {
          xml.writeStartElement("failure");
          xml.writeAttribute("message", detail);
          xml.writeAttribute("type", "ClaimNotMet");
          xml.writeCharacters(detail + (t.note() == null ? "" : "\n" + t.note()));
          xml.writeEndElement();
        } else if (t.verdict() != Verdict.PASS) {
          xml.writeStartElement("skipped");
          xml.writeAttribute(
              "message",
              (t.judged() ? "" : "for information, not judged: ")
                  + t.verdict()
                  + ": "
                  + (t.note() == null ? detail : t.note()));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit XML: " + e.getMessage(), e);
    }
  }

  private static long count(RunResult result, Verdict verdict) {
    return result.targets().stream().filter(t -> t.verdict() == verdict).count();
  }

  private static String detail(TargetVerdict t) {
    if (t.measured() == null) {
      return "not measured; target " + t.threshold();
    }
    return "measured "
        + Numbers.format(t.measured())
        + " "
        + t.unit()
        + ", 95% CI "
        + Numbers.interval(t.interval())
        + "; target "
        + t.threshold();
  }
}
