package io.lucent.platform.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SerializedResultsTest {

    @Test
    void computesAKeyOnceAndThenAnswersWithTheSameBytes() {
        SerializedResults results = new SerializedResults(1024);
        AtomicInteger computed = new AtomicInteger();

        byte[] first = results.get("a", () -> new byte[] {(byte) computed.incrementAndGet()});
        byte[] second = results.get("a", () -> new byte[] {(byte) computed.incrementAndGet()});

        assertThat(second).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void dropsTheLeastRecentlyUsedAnswersBeyondItsSize() {
        SerializedResults results = new SerializedResults(20);
        results.get("a", () -> new byte[8]);
        results.get("b", () -> new byte[8]);
        results.get("a", () -> new byte[8]);
        results.get("c", () -> new byte[8]);

        AtomicInteger recomputed = new AtomicInteger();
        results.get("a", () -> {
            recomputed.incrementAndGet();
            return new byte[8];
        });
        assertThat(recomputed).as("a was used last before c came").hasValue(0);
        results.get("b", () -> {
            recomputed.incrementAndGet();
            return new byte[8];
        });
        assertThat(recomputed).as("b was the least recently used").hasValue(1);
    }

    @Test
    void forgettingAPrefixDropsItsAnswersAndFreesTheirRoomForOthers() {
        SerializedResults results = new SerializedResults(24);
        results.get("t/deleted/x", () -> new byte[8]);
        results.get("t/deleted/y", () -> new byte[8]);
        byte[] kept = results.get("t/kept/x", () -> new byte[8]);

        results.forgetWhere(key -> key.startsWith("t/deleted/"));

        AtomicInteger recomputed = new AtomicInteger();
        results.get("t/deleted/x", () -> {
            recomputed.incrementAndGet();
            return new byte[8];
        });
        assertThat(recomputed).as("a forgotten answer is computed again").hasValue(1);
        results.get("t/other", () -> new byte[8]);
        assertThat(results.get("t/kept/x", () -> new byte[8])).as("the forgotten bytes no longer count against the size").isSameAs(kept);
    }

    @Test
    void forgettingByAPredicateDropsEveryMatchingAnswerWhereverItsKeyMentionsTheDeletedData() {
        SerializedResults results = new SerializedResults(1024);
        results.get("inventory:t/gone|t/sales/x", () -> new byte[8]);
        results.get("inventory:t/kept|t/sales/y", () -> new byte[8]);
        results.get("t/sales/z", () -> new byte[8]);

        results.forgetWhere(key -> key.startsWith("inventory:t/gone|"));

        AtomicInteger recomputed = new AtomicInteger();
        for (String key : java.util.List.of("inventory:t/gone|t/sales/x", "inventory:t/kept|t/sales/y", "t/sales/z")) {
            results.get(key, () -> {
                recomputed.incrementAndGet();
                return new byte[8];
            });
        }
        assertThat(recomputed).as("only the answer computed with the deleted inventory is computed again").hasValue(1);
    }

    @Test
    void keepsAnAnswerLargerThanItsSizeUntilTheNextOne() {
        SerializedResults results = new SerializedResults(4);
        byte[] big = results.get("big", () -> new byte[10]);
        assertThat(results.get("big", () -> new byte[10])).isSameAs(big);
    }
}
