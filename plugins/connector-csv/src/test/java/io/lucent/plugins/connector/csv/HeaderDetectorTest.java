package io.lucent.plugins.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderDetectorTest {

    @Test
    void takesTextAboveTypedColumnsAsHeader() {
        assertThat(detect(List.of("date", "units"), List.of("2024-01-01", "5"))).isTrue();
    }

    @Test
    void takesANumberInTheFirstRowAsData() {
        assertThat(detect(List.of("A", "5"), List.of("B", "6"))).isFalse();
    }

    @Test
    void takesABlankFieldInTheFirstRowAsData() {
        assertThat(detect(List.of("A", ""), List.of("B", "x"))).isFalse();
    }

    @Test
    void takesDistinctTextAboveTextColumnsAsHeader() {
        assertThat(detect(List.of("name", "city"), List.of("Anna", "Paris"))).isTrue();
    }

    @Test
    void takesRepeatedTextAboveTextColumnsAsData() {
        assertThat(detect(List.of("x", "x"), List.of("y", "z"))).isFalse();
    }

    @Test
    void takesALoneTextRowAsHeader() {
        assertThat(HeaderDetector.firstRecordIsHeader(List.of(List.of("a", "b")), 2)).isTrue();
    }

    private static boolean detect(List<String> first, List<String> second) {
        return HeaderDetector.firstRecordIsHeader(List.of(first, second), first.size());
    }
}
