package io.lucent.plugins.connector.csv;

/** Whether the first record holds column names: detected, or fixed by the user. */
enum HeaderMode {
    /** Detected by {@link HeaderDetector}. */
    AUTO,
    /** The first record is the header. */
    TRUE,
    /** There is no header; columns are named {@code column_1}, {@code column_2}, .... */
    FALSE
}
