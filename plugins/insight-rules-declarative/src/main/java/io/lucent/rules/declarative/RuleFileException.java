package io.lucent.rules.declarative;

/** A rules file that cannot be read or is not valid; the message names the file, the place and the problem. */
public final class RuleFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleFileException(String message) {
        super(message);
    }

    public RuleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
