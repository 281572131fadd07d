package io.lucent.platform.auth;

import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends account mail in the background, so an answer never waits for the mail server: sign-up, resend and
 * forgot-password answer alike (and in similar time) whether or not a message goes out. Failures are logged;
 * users ask for a new code.
 */
public final class OutgoingMail {

    private static final Logger LOG = LoggerFactory.getLogger(OutgoingMail.class);

    private final Mailer mailer;
    private final ExecutorService sender;

    public OutgoingMail(Mailer mailer, ExecutorService sender) {
        this.mailer = mailer;
        this.sender = sender;
    }

    public void send(String to, String subject, String body) {
        sender.execute(() -> {
            try {
                mailer.send(to, subject, body);
            } catch (RuntimeException e) {
                LOG.warn("Account mail '{}' was not sent: {}", subject, e.getMessage());
            }
        });
    }
}
