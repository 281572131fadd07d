package io.lucent.plugins.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.data.ColumnType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumberStyleTest {

    private static ColumnParser guess(Optional<NumberStyle> forced, String... values) {
        ColumnGuess guess = new ColumnGuess(forced);
        for (String value : values) {
            guess.accept(value);
        }
        return guess.result();
    }

    @Test
    void readsThousandsSeparatorsWithADecimalPoint() {
        assertThat(Scalars.integer("1,234,567", NumberStyle.POINT)).isEqualTo(1_234_567L);
        assertThat(Scalars.decimal("-1,234.50", NumberStyle.POINT)).isEqualTo(-1234.5);
        assertThat(Scalars.decimal("1234.5", NumberStyle.POINT)).isEqualTo(1234.5);
        assertThat(Scalars.integer("12,34", NumberStyle.POINT)).isNull();
        assertThat(Scalars.integer("1,234,56", NumberStyle.POINT)).isNull();
        assertThat(Scalars.integer("1,234.567,891", NumberStyle.POINT)).isNull();
        assertThat(Scalars.decimal("1,234e5", NumberStyle.POINT)).isNull();
    }

    @Test
    void readsADecimalCommaWithPointSpaceOrApostropheThousands() {
        assertThat(Scalars.decimal("1.234,5", NumberStyle.COMMA)).isEqualTo(1234.5);
        assertThat(Scalars.decimal("1 234 567,25", NumberStyle.COMMA)).isEqualTo(1_234_567.25);
        assertThat(Scalars.decimal("1\u00A0234,5", NumberStyle.COMMA)).isEqualTo(1234.5);
        assertThat(Scalars.decimal("1'234,5", NumberStyle.COMMA)).isEqualTo(1234.5);
        assertThat(Scalars.decimal("0,75", NumberStyle.COMMA)).isEqualTo(0.75);
        assertThat(Scalars.integer("1.234.567", NumberStyle.COMMA)).isEqualTo(1_234_567L);
        assertThat(Scalars.decimal("1.234 567,5", NumberStyle.COMMA)).isNull();
        assertThat(Scalars.decimal("1,2,3", NumberStyle.COMMA)).isNull();
    }

    @Test
    void keepsCodesWithLeadingZerosAsText() {
        assertThat(Scalars.integer("007", NumberStyle.POINT)).isNull();
        assertThat(Scalars.integer("0,123", NumberStyle.POINT)).isNull();
        assertThat(Scalars.decimal("01,5", NumberStyle.COMMA)).isNull();
    }

    @Test
    void detectsTheStyleOfAColumnPreferringThePoint() {
        assertThat(guess(Optional.empty(), "12,5", "3,75", "1.200,00")).isEqualTo(new ColumnParser(ColumnType.DECIMAL, null, NumberStyle.COMMA));
        assertThat(guess(Optional.empty(), "1,234", "5,678")).isEqualTo(new ColumnParser(ColumnType.INTEGER, null, NumberStyle.POINT));
        assertThat(guess(Optional.empty(), "1,234.5", "12")).isEqualTo(new ColumnParser(ColumnType.DECIMAL, null, NumberStyle.POINT));
        assertThat(guess(Optional.of(NumberStyle.COMMA), "1,234", "5,678"))
                .isEqualTo(new ColumnParser(ColumnType.DECIMAL, null, NumberStyle.COMMA));
        assertThat(guess(Optional.empty(), "12,5", "3.75")).isEqualTo(ColumnParser.TEXT);
    }

    @Test
    void parsesValuesOfACommaColumn() {
        ColumnParser parser = new ColumnParser(ColumnType.DECIMAL, null, NumberStyle.COMMA);
        assertThat(parser.parse(" 2.500,10 ")).isEqualTo(2500.1);
        assertThat(parser.parse("2,500.10")).isNull();
        assertThat(parser.expected()).contains("decimal comma");
    }
}
