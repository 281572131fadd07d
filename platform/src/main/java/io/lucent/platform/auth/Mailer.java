package io.lucent.platform.auth;

/** Sends plain-text email (verification codes, password resets). */
public interface Mailer {

    /**
     * Sends one message.
     *
     * @throws io.lucent.platform.errors.LucentException EXTERNAL_FAILURE when the mail server refuses or cannot be reached
     */
    void send(String to, String subject, String body);
}
