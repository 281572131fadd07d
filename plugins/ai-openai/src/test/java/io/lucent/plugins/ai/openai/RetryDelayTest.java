package io.lucent.plugins.ai.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryDelayTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void honoursRetryAfterInSeconds() {
        assertThat(RetryDelay.after(headers("Retry-After", "3"), 0, CLOCK)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void honoursRetryAfterAsHttpDate() {
        assertThat(RetryDelay.after(headers("Retry-After", "Thu, 15 Jan 2026 10:00:12 GMT"), 0, CLOCK)).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void prefersRetryAfterMilliseconds() {
        assertThat(RetryDelay.after(headers("retry-after-ms", "1500"), 0, CLOCK)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void backsOffExponentiallyWithoutAHint() {
        assertThat(RetryDelay.after(headers(), 0, CLOCK)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryDelay.after(headers(), 2, CLOCK)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void neverWaitsLongerThanTheBound() {
        assertThat(RetryDelay.after(headers("Retry-After", "3600"), 0, CLOCK)).isEqualTo(RetryDelay.MAX_WAIT);
        assertThat(RetryDelay.after(headers(), 9, CLOCK)).isEqualTo(RetryDelay.MAX_WAIT);
    }

    @Test
    void doesNotWaitForADateInThePast() {
        assertThat(RetryDelay.after(headers("Retry-After", "Thu, 15 Jan 2026 09:00:00 GMT"), 0, CLOCK)).isEqualTo(Duration.ZERO);
    }

    @Test
    void ignoresAnUnreadableHint() {
        assertThat(RetryDelay.after(headers("Retry-After", "soon"), 1, CLOCK)).isEqualTo(Duration.ofSeconds(2));
    }

    private static HttpHeaders headers(String... nameValue) {
        return nameValue.length == 0 ? HttpHeaders.of(Map.of(), (a, b) -> true)
                : HttpHeaders.of(Map.of(nameValue[0], List.of(nameValue[1])), (a, b) -> true);
    }
}
