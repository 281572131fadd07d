package io.lucent.plugin.api.data;

import java.util.List;
import java.util.Optional;

/**
 * Streams a table as a sequence of {@link ColumnBatch}es, so a large source never has to fit in memory.
 * Confined to one thread. The host always closes it, also after a failure.
 */
public interface TableReader extends AutoCloseable {

    /**
     * The columns of every batch this reader returns. Known before the first batch is read.
     *
     * @return the schema
     */
    TableSchema schema();

    /**
     * Reads the next batch of at most {@code maxRows} rows.
     *
     * @param maxRows the largest number of rows to return, at least 1
     * @return the next batch with at least one row, or empty when the table is exhausted
     * @throws io.lucent.plugin.api.PluginException if the source cannot be read any further; rows that
     *                                              merely fail to parse are reported through
     *                                              {@link #problems()} instead
     */
    Optional<ColumnBatch> nextBatch(int maxRows);

    /**
     * How many source rows were skipped because they could not be parsed, so far.
     *
     * @return the count of rejected rows
     */
    default long rejectedRows() {
        return 0;
    }

    /**
     * The first problems met so far (implementations keep at least the first 100).
     *
     * @return the problems, in source order
     */
    default List<RowProblem> problems() {
        return List.of();
    }

    /**
     * The layout of the delimited text file this reader reads, when the connector can describe it exactly and the
     * file is a local file ({@link io.lucent.plugin.api.connector.FileInput#localPath()}): the host may then load
     * that file itself with these settings instead of reading batches, and falls back to the batches if its load
     * fails. Calling it does not advance the reader. The host may ask again after {@link #schema()} (before any
     * batch), and the answer may then differ: a reader that checks the whole file when its schema is asked may
     * describe the types and number formatting of all of it, or nothing when it knows the file has rows it will
     * reject, so that the host does not try a load that must fail. The default describes nothing.
     *
     * @return the layout, or empty if the reader cannot describe its input as delimited text
     * @since 1.1.0
     */
    default Optional<DelimitedLayout> delimitedLayout() {
        return Optional.empty();
    }

    /**
     * Releases the resources of this reader. Does not throw checked exceptions.
     */
    @Override
    void close();
}
