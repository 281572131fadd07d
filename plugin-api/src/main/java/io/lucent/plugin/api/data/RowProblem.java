package io.lucent.plugin.api.data;

import java.util.Objects;

/**
 * A row a reader could not turn into values, reported to the user with where it is.
 *
 * @param line    the 1-based line (or row) number in the source where the problem starts
 * @param message what is wrong, in plain words
 */
public record RowProblem(long line, String message) {

    /**
     * Validates the problem.
     *
     * @param line the {@code line} component
     * @param message the {@code message} component
     * @throws IllegalArgumentException if the line number is not positive
     */
    public RowProblem {
        Objects.requireNonNull(message, "message is null");
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive");
        }
    }
}
