package io.lucent.platform.auth;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server embedded in the test (GreenMail) and a way to read what Lucent sent to an address. */
final class Mailbox implements AutoCloseable {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");
    private static final Pattern RESET_TOKEN = Pattern.compile("\\b([0-9a-f-]{36}\\.[A-Za-z0-9_-]{40,})\\b");

    private final GreenMail greenMail;

    Mailbox() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    /** The bodies of all messages to {@code address}, oldest first. */
    List<String> bodiesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isTo(message, address)).map(GreenMailUtil::getBody).toList();
    }

    /** Waits (up to 10 s; mail goes out in the background) until {@code address} has {@code count} messages; the last one's body. */
    String awaitMessage(String address, int count) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<String> bodies = bodiesTo(address);
            if (bodies.size() >= count) {
                return bodies.get(count - 1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no message number " + count + " to " + address + " arrived");
    }

    static String sixDigitCode(String body) {
        Matcher matcher = SIX_DIGITS.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no six-digit code in: " + body);
        }
        return matcher.group(1);
    }

    static String resetToken(String body) {
        Matcher matcher = RESET_TOKEN.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no reset token in: " + body);
        }
        return matcher.group(1);
    }

    private static boolean isTo(Message message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
