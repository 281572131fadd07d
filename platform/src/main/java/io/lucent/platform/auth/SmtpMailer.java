package io.lucent.platform.auth;

import io.lucent.platform.config.SmtpConfig;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends mail through the SMTP server of {@code smtp} in the config file (Jakarta Mail). */
public final class SmtpMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

    private final Session session;
    private final InternetAddress from;

    public SmtpMailer(SmtpConfig config) {
        if (config.getHost().isBlank() || config.getFrom().isBlank()) {
            throw new IllegalStateException("SaaS mode sends verification codes by email: set LUCENT_SMTP_HOST and LUCENT_SMTP_FROM");
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", config.getHost());
        properties.put("mail.smtp.port", Integer.toString(config.getPort()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        if (config.isStartTls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        Authenticator authenticator = null;
        if (!config.getUsername().isBlank()) {
            properties.put("mail.smtp.auth", "true");
            String user = config.getUsername();
            String password = config.getPassword();
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        this.session = Session.getInstance(properties, authenticator);
        try {
            this.from = new InternetAddress(config.getFrom(), true);
        } catch (MessagingException e) {
            throw new IllegalStateException("smtp.from is not an email address: " + config.getFrom(), e);
        }
    }

    @Override
    public void send(String to, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warn("Sending mail failed: {}", e.getMessage());
            throw new LucentException(ErrorCode.EXTERNAL_FAILURE, "The email could not be sent; try again later");
        }
    }
}
