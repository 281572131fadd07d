package io.lucent.plugin.api.connector;

import java.util.Optional;

/**
 * What to read from a live source: either a whole table or the result of a query, one page of it.
 *
 * @param table     the table to read (from {@link TableInfo#name()}), or {@code null} when reading a query
 * @param query     a read-only query in the source's language, or {@code null} when reading a table
 * @param offset    how many rows to skip, at least 0
 * @param limit     the largest number of rows to return in total, at least 1, or {@link Long#MAX_VALUE}
 * @param batchSize the preferred number of rows per {@link io.lucent.plugin.api.data.ColumnBatch}, at least 1
 */
public record FetchRequest(String table, String query, long offset, long limit, int batchSize) {

    /**
     * Validates the request.
     *
     * @param table the {@code table} component
     * @param query the {@code query} component
     * @param offset the {@code offset} component
     * @param limit the {@code limit} component
     * @param batchSize the {@code batchSize} component
     * @throws IllegalArgumentException unless exactly one of table and query is given and the numbers are
     *                                  in range
     */
    public FetchRequest {
        if ((table == null) == (query == null)) {
            throw new IllegalArgumentException("give exactly one of table and query");
        }
        if (offset < 0 || limit < 1 || batchSize < 1) {
            throw new IllegalArgumentException("offset must be >= 0, limit and batchSize >= 1");
        }
    }

    /**
     * Reads a whole table in batches of 10,000 rows.
     *
     * @param table the table name
     * @return the request
     */
    public static FetchRequest table(String table) {
        return new FetchRequest(table, null, 0, Long.MAX_VALUE, 10_000);
    }

    /**
     * Reads a query's result in batches of 10,000 rows.
     *
     * @param query the query
     * @return the request
     */
    public static FetchRequest query(String query) {
        return new FetchRequest(null, query, 0, Long.MAX_VALUE, 10_000);
    }

    /**
     * This request restricted to one page.
     *
     * @param pageOffset rows to skip
     * @param pageLimit  rows to return at most
     * @return a new request
     */
    public FetchRequest page(long pageOffset, long pageLimit) {
        return new FetchRequest(table, query, pageOffset, pageLimit, batchSize);
    }

    /**
     * The table, when reading a table.
     *
     * @return the table name, if any
     */
    public Optional<String> tableIfAny() {
        return Optional.ofNullable(table);
    }

    /**
     * The query, when reading a query.
     *
     * @return the query, if any
     */
    public Optional<String> queryIfAny() {
        return Optional.ofNullable(query);
    }
}
