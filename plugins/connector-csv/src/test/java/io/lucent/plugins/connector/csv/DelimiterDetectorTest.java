package io.lucent.plugins.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterDetectorTest {

    @Test
    void choosesCommaForASingleColumnFile() {
        assertThat(DelimiterDetector.detect("name\nAnna\nBob\n", true, '"')).isEqualTo(',');
    }

    @Test
    void choosesTheMostConsistentCandidate() {
        String sample = "a|b|c\n1|2,5|3\n4|5|6,7,8\n";

        assertThat(DelimiterDetector.detect(sample, true, '"')).isEqualTo('|');
    }

    @Test
    void ignoresTheRecordCutByTheEndOfAnIncompleteSample() {
        String sample = "a;b\n1;2\n3;4\n5,6,7,8,9,10,11";

        assertThat(DelimiterDetector.detect(sample, false, '"')).isEqualTo(';');
    }

    @Test
    void respectsTheQuoteCharacterGiven() {
        String sample = "'x;y;z',b\n'p;q;r',c\n";

        assertThat(DelimiterDetector.detect(sample, true, '\'')).isEqualTo(',');
    }
}
