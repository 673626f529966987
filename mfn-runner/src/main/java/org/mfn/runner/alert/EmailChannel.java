package org.mfn.runner.alert;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;

/**
 * E-mail over SMTP with Jakarta Mail (Angus Mail): STARTTLS when the server offers it (or required,
 * or never, as configured), a login when the configuration names the environment variables of the
 * user and password, and timeouts on connecting, reading and writing.
 */
public final class EmailChannel implements AlertChannel {
  private final ChannelConfig config;
  private final String user;
  private final String password;

  /**
   * Creates the channel.
   *
   * @param config its configuration
   * @param user the SMTP user, or null for no login
   * @param password the SMTP password, or null
   */
  public EmailChannel(ChannelConfig config, String user, String password) {
    this.config = config;
    this.user = user;
    this.password = password;
  }

  @Override
  public String name() {
    return config.name();
  }

  @Override
  public void send(AlertMessage message) throws ChannelException {
    Properties p = new Properties();
    String timeout = Long.toString(config.timeout().toMillis());
    p.setProperty("mail.smtp.host", config.smtpHost());
    p.setProperty("mail.smtp.port", Integer.toString(config.smtpPort()));
    p.setProperty("mail.smtp.connectiontimeout", timeout);
    p.setProperty("mail.smtp.timeout", timeout);
    p.setProperty("mail.smtp.writetimeout", timeout);
    p.setProperty(
        "mail.smtp.starttls.enable", Boolean.toString(!"never".equals(config.starttls())));
    p.setProperty(
        "mail.smtp.starttls.required", Boolean.toString("required".equals(config.starttls())));
    p.setProperty("mail.smtp.auth", Boolean.toString(user != null));
    Session session = Session.getInstance(p);
    try {
      MimeMessage mail = new MimeMessage(session);
      mail.setFrom(new InternetAddress(config.from()));
      for (String to : config.to()) {
        mail.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
      }
      mail.setSubject(message.subject(), "UTF-8");
      mail.setText(message.text(), "UTF-8");
      mail.setSentDate(new Date());
      if (user != null) {
        Transport.send(mail, user, password);
      } else {
        Transport.send(mail);
      }
    } catch (MessagingException e) {
      throw new ChannelException(
          name()
              + " (smtp://"
              + config.smtpHost()
              + ":"
              + config.smtpPort()
              + "): not delivered: "
              + rootMessage(e),
          e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
