package io.lucent.plugins.connector.excel;

/** The rows of one worksheet, read in order. Not thread-safe. */
interface RowSource extends AutoCloseable {

    /** The next row with at least one cell, or null at the end of the sheet. */
    RawRow next();

    @Override
    void close();
}
