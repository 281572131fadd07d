package io.lucent.plugins.connector.csv;

/**
 * How a column writes numbers: which character is the decimal separator and which may group thousands.
 * {@link #POINT}: {@code 1,234,567.89} (also {@code 1234567.89}); {@link #COMMA}: {@code 1.234.567,89},
 * {@code 1 234 567,89} or {@code 1'234'567,89} (also {@code 1234567,89}), as in most of Europe.
 */
enum NumberStyle {
    POINT('.', ","),
    COMMA(',', ". '\u00A0\u202F");

    private final char decimal;
    private final String grouping;

    NumberStyle(char decimal, String grouping) {
        this.decimal = decimal;
        this.grouping = grouping;
    }

    char decimal() {
        return decimal;
    }

    boolean isGrouping(char c) {
        return grouping.indexOf(c) >= 0;
    }
}
