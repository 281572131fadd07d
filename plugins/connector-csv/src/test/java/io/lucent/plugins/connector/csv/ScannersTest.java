package io.lucent.plugins.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written scanners accept exactly their forms and never throw on anything else. */
class ScannersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-02T", "2024-01-02 10", "2024-01-02 10:", "2024-01-02 10:1", "2024-01-02 10:11:",
            "2024-01-02 10:11:1", "2024-01-02 10:11:12.", "2024-01-02 10:11:12.1234567890", "2024-01-02x", "1/2/2024 8",
            "2024-1-2024", "20240-01-02", "2024-01/02", "123-01-2024", "01-02-3", "1.2.33", "2024-123-01", "-2024-01-01",
            "2024-01-02 24:00", "2024-01-02 10:60"})
    void rejectsMalformedDatesAndTimes(String text) {
        assertThat(DateTimeText.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-02 10:11:12,5", "2024-01-02T10:11:12.5"})
    void readsFractionsAfterPointOrComma(String text) {
        assertThat(DateTimeText.parse(text)).hasValueSatisfying(d -> assertThat(d.time()).isEqualTo(LocalTime.of(10, 11, 12, 500_000_000)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "1.", ".5", "1e5", "1E-3", "-0.5", "0", "12.50"})
    void readsDecimals(String text) {
        boolean number = !text.isEmpty() && !text.equals("-") && !text.equals("+") && !text.equals(".");
        assertThat(Scalars.decimal(text) != null).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e", "1e1234", "1.2.3", "1,5", "01", "00.5", "0x10", "1f", "Infinity", "NaN", "1 000", "--1"})
    void rejectsWhatIsNotAPlainDecimal(String text) {
        assertThat(Scalars.decimal(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "1.0", "007", "+", "1-"})
    void rejectsWhatIsNotAnInteger(String text) {
        assertThat(Scalars.integer(text)).isNull();
    }
}
