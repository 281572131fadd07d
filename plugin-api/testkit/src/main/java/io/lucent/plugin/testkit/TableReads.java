package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.data.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a {@link TableReader} to its end, checking the reader contract on the way. Stateless. */
final class TableReads {

    private TableReads() {
    }

    /**
     * Reads every batch; checks that the schema is known first, every batch has 1 to {@code maxRows} rows of
     * that schema, and the end is reported again after it was reached. Does not close the reader.
     */
    static List<ColumnBatch> drain(TableReader reader, int maxRows, String what) {
        TableSchema schema = reader.schema();
        assertThat(schema).as("schema of %s before the first batch", what).isNotNull();
        assertThat(schema.columns()).as("columns of %s", what).isNotEmpty();
        List<ColumnBatch> batches = new ArrayList<>();
        for (Optional<ColumnBatch> batch = reader.nextBatch(maxRows); batch.isPresent(); batch = reader.nextBatch(maxRows)) {
            ColumnBatch rows = batch.get();
            assertThat(rows.rowCount()).as("rows in batch %d of %s (asked for at most %d)", batches.size() + 1, what, maxRows)
                    .isBetween(1, maxRows);
            assertThat(rows.schema()).as("schema of batch %d of %s", batches.size() + 1, what).isEqualTo(schema);
            batches.add(rows);
        }
        assertThat(reader.nextBatch(maxRows)).as("nextBatch after the end of %s", what).isEmpty();
        return batches;
    }

    /** The rows of the batches, in order, each as its list of values. */
    static List<List<Object>> rows(List<ColumnBatch> batches) {
        List<List<Object>> rows = new ArrayList<>();
        for (ColumnBatch batch : batches) {
            for (int row = 0; row < batch.rowCount(); row++) {
                rows.add(batch.row(row));
            }
        }
        return rows;
    }
}
