package org.mfn.report.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Escaping for HTML text and attribute values, and for JSON embedded in a script element. */
final class Html {
  private Html() {}

  /**
   * Escapes text for an HTML element body or a quoted attribute value.
   *
   * @param text any text, or null (printed as "-")
   * @return the escaped text
   */
  static String escape(String text) {
    if (text == null) {
      return "-";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Makes JSON safe inside {@code <script type="application/json">}: {@code <}, {@code >} and
   * {@code &} become JSON unicode escapes, so no {@code </script>} can close the element. Those
   * characters occur in JSON only inside strings, where the escapes mean the same characters.
   *
   * @param json valid JSON
   * @return the same JSON value, safe to inline
   */
  static String scriptSafeJson(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /**
   * The CSP source expression allowing one inline script: {@code 'sha256-<base64>'} of its text
   * exactly as placed between the tags, in UTF-8.
   *
   * @param script the script's text
   * @return the quoted source expression
   */
  static String cspHash(String script) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
