package io.lucent.plugins.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CellFormatterTest {

    @Test
    void writesNumbersPlainlyEvenWhenNegative() {
        assertThat(CellFormatter.format(-5L)).isEqualTo("-5");
        assertThat(CellFormatter.format(-5.0)).isEqualTo("-5");
        assertThat(CellFormatter.format(1234.5)).isEqualTo("1234.5");
        assertThat(CellFormatter.format(1e20)).isEqualTo("100000000000000000000");
        assertThat(CellFormatter.format(0.000001)).isEqualTo("0.000001");
        assertThat(CellFormatter.format(-0.0)).isEqualTo("0");
    }

    @Test
    void writesNonFiniteNumbersAsEmptyFields() {
        assertThat(CellFormatter.format(Double.NaN)).isEmpty();
        assertThat(CellFormatter.format(Double.NEGATIVE_INFINITY)).isEmpty();
    }

    @Test
    void writesNullAsEmptyField() {
        assertThat(CellFormatter.format(null)).isEmpty();
    }

    @Test
    void writesDatesTimestampsAndBooleansInFixedFormats() {
        assertThat(CellFormatter.format(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
        assertThat(CellFormatter.format(LocalDateTime.of(2024, 2, 29, 13, 5, 0))).isEqualTo("2024-02-29 13:05:00");
        assertThat(CellFormatter.format(LocalDateTime.of(2024, 2, 29, 13, 5, 1, 500_000_000))).isEqualTo("2024-02-29 13:05:01.5");
        assertThat(CellFormatter.format(Boolean.TRUE)).isEqualTo("true");
    }

    @Test
    void neutralisesTextThatLooksLikeANegativeNumber() {
        assertThat(CellFormatter.format("-5")).isEqualTo("'-5");
    }
}
