package io.lucent.plugins.ai.openai;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long to wait before retrying a rate-limited or failed request: what the service asks for in
 * {@code retry-after-ms} (OpenAI) or {@code Retry-After} (seconds or an HTTP date), otherwise exponential
 * backoff of 1, 2, 4, ... seconds; never more than {@link #MAX_WAIT}.
 */
final class RetryDelay {

    static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private RetryDelay() {
    }

    /**
     * @param headers the failed response's headers
     * @param attempt how many attempts failed before this one, from 0
     * @param clock   the clock to compare an HTTP date with
     */
    static Duration after(HttpHeaders headers, int attempt, Clock clock) {
        Duration wait = requested(headers, clock).orElseGet(() -> Duration.ofSeconds(1L << Math.min(attempt, 5)));
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static Optional<Duration> requested(HttpHeaders headers, Clock clock) {
        Optional<String> millis = headers.firstValue("retry-after-ms");
        if (millis.isPresent()) {
            try {
                return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(millis.get().strip()))));
            } catch (NumberFormatException e) {
                // fall through to Retry-After
            }
        }
        Optional<String> retryAfter = headers.firstValue("retry-after").map(String::strip);
        if (retryAfter.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(retryAfter.get()) * 1000)));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(retryAfter.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(Duration.between(clock.instant(), at.toInstant()));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
