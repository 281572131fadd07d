package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.connector.Connector;
import io.lucent.plugin.api.connector.ConnectorCapability;
import io.lucent.plugin.api.connector.FetchRequest;
import io.lucent.plugin.api.connector.TableInfo;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.data.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract of a live {@link Connector} (database, object store, REST API), checked against a real source
 * the test provides: start one in the test (an embedded database, a loopback HTTP server, a temporary
 * directory) and point {@link #settings()} at it.
 *
 * <pre>{@code
 * class PostgresConnectorIT extends LiveConnectorContract {
 *     static EmbeddedPostgres postgres = ...; // started once, with table public.orders of 5 rows
 *     protected String extensionId() { return "postgres"; }
 *     protected Map<String, Object> settings() { return Map.of("url", postgres.getJdbcUrl("postgres", "postgres"), ...); }
 *     protected String sampleTable() { return "public.orders"; }
 *     protected long sampleTableRows() { return 5; }
 * }
 * }</pre>
 *
 * <p>What it checks: the LIVE capability is declared; the connection test passes; the sample table is
 * listed, described with the schema its fetch has, and fetched completely in batches of at most the
 * requested size; pages (offset and limit) add up to the whole table in the same order, so the source's
 * order must be stable; fetches are deterministic and thread-safe; readers close idempotently; an unknown
 * table is INVALID_INPUT; and, if {@link #settingsWithWrongCredentials()} is given, refused credentials are
 * AUTHENTICATION_FAILED.
 */
public abstract class LiveConnectorContract extends ExtensionContract<Connector> {

    private static final int BATCH_SIZE = 2;

    /** Creates the contract. */
    protected LiveConnectorContract() {
        super(ExtensionKind.CONNECTOR, Connector.class);
    }

    /**
     * The settings that connect to the test's source, credentials included.
     *
     * @return the raw settings
     */
    @Override
    protected abstract Map<String, Object> settings();

    /**
     * A table of the source, as {@link TableInfo#name()} names it.
     *
     * @return the table name
     */
    protected abstract String sampleTable();

    /**
     * How many rows the sample table holds; at least 3, so that paging can be checked.
     *
     * @return the row count
     */
    protected abstract long sampleTableRows();

    /**
     * Settings like {@link #settings()} but with credentials the source refuses. Empty by default, which
     * skips {@link #reportsRefusedCredentials()}.
     *
     * @return the settings, if the source checks credentials
     */
    protected Optional<Map<String, Object>> settingsWithWrongCredentials() {
        return Optional.empty();
    }

    /**
     * A table name the source does not have.
     *
     * @return the name
     */
    protected String missingTable() {
        return "lucent_contract_no_such_table";
    }

    /**
     * Fetches with a fresh context and reads the reader to its end, checking every batch; closes the reader.
     *
     * @param request what to fetch
     * @return the rows, each as its list of values
     */
    protected final List<List<Object>> fetchRows(FetchRequest request) {
        try (TableReader reader = extension().fetch(request, newContext())) {
            return TableReads.rows(TableReads.drain(reader, request.batchSize(), "the fetch of " + describe(request)));
        }
    }

    /** The connector declares the LIVE capability. */
    @Test
    public void declaresTheLiveCapability() {
        assertThat(extension().capabilities()).as("capabilities()").contains(ConnectorCapability.LIVE);
    }

    /** The connection test passes against the test's source. */
    @Test
    public void connectsToTheSource() {
        extension().testConnection(newContext());
    }

    /** The sample table is listed. */
    @Test
    public void listsTheSampleTable() {
        assertThat(extension().listTables(newContext())).as("tables of the source").extracting(TableInfo::name).contains(sampleTable());
    }

    /** The described schema is the schema a fetch of the table has, and the whole table is fetched. */
    @Test
    public void describesAndFetchesTheSampleTable() {
        assertThat(sampleTableRows()).as("sampleTableRows() (at least 3 to check paging)").isGreaterThanOrEqualTo(3);
        TableSchema described = extension().describeTable(sampleTable(), newContext());
        FetchRequest request = wholeTable();
        try (TableReader reader = extension().fetch(request, newContext())) {
            assertThat(reader.schema()).as("schema of the fetch of '%s' compared with describeTable", sampleTable()).isEqualTo(described);
            List<ColumnBatch> batches = TableReads.drain(reader, BATCH_SIZE, "the fetch of " + describe(request));
            assertThat(batches.stream().mapToLong(ColumnBatch::rowCount).sum()).as("rows fetched from '%s'", sampleTable())
                    .isEqualTo(sampleTableRows());
        }
    }

    /** Pages (offset and limit) add up to the whole table, in the same order. */
    @Test
    public void pagesAddUpToTheWholeTable() {
        List<List<Object>> whole = fetchRows(wholeTable());
        List<List<Object>> paged = new ArrayList<>(fetchRows(wholeTable().page(0, 2)));
        paged.addAll(fetchRows(wholeTable().page(2, Long.MAX_VALUE)));
        assertThat(paged).as("rows of '%s' fetched in two pages (offset 0 limit 2, then offset 2)", sampleTable()).isEqualTo(whole);
        assertThat(fetchRows(wholeTable().page(sampleTableRows(), 10))).as("a page past the last row of '%s'", sampleTable()).isEmpty();
    }

    /**
     * Fetches from eight threads at once give the same rows as one fetch alone.
     *
     * @throws Exception if a fetch fails
     */
    @Test
    public void fetchesConcurrentlyAndDeterministically() throws Exception {
        List<List<Object>> expected = fetchRows(wholeTable());
        List<Callable<List<List<Object>>>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> fetchRows(wholeTable()));
        }
        for (List<List<Object>> rows : runConcurrently(tasks)) {
            assertThat(rows).as("rows of '%s' fetched on another thread", sampleTable()).isEqualTo(expected);
        }
    }

    /** A fetch reader may be closed before reading and more than once. */
    @Test
    public void closeIsIdempotent() {
        TableReader reader = extension().fetch(wholeTable(), newContext());
        reader.close();
        reader.close();
    }

    /** An unknown table is INVALID_INPUT, for describe and fetch alike. */
    @Test
    public void rejectsAnUnknownTableAsInvalidInput() {
        assertInvalidInput(catchThrowable(() -> extension().describeTable(missingTable(), newContext())), "describeTable");
        assertInvalidInput(catchThrowable(() -> fetchRows(FetchRequest.table(missingTable()))), "fetch");
    }

    /** Refused credentials are AUTHENTICATION_FAILED, if {@link #settingsWithWrongCredentials()} is given. */
    @Test
    public void reportsRefusedCredentials() {
        Optional<Map<String, Object>> wrong = settingsWithWrongCredentials();
        Assumptions.assumeTrue(wrong.isPresent(), "settingsWithWrongCredentials is not given");
        Throwable thrown = catchThrowable(() -> extension().testConnection(TestPluginContext.forExtension(extension(), wrong.get())));
        assertThat(thrown).as("testConnection with wrong credentials").isInstanceOf(PluginException.class);
        assertThat(((PluginException) thrown).kind()).as("kind of the failure for wrong credentials")
                .isEqualTo(PluginException.Kind.AUTHENTICATION_FAILED);
    }

    private FetchRequest wholeTable() {
        return new FetchRequest(sampleTable(), null, 0, Long.MAX_VALUE, BATCH_SIZE);
    }

    private void assertInvalidInput(Throwable thrown, String operation) {
        assertThat(thrown).as("%s of unknown table '%s'", operation, missingTable()).isInstanceOf(PluginException.class);
        assertThat(((PluginException) thrown).kind()).as("kind of the failure of %s for an unknown table", operation)
                .isEqualTo(PluginException.Kind.INVALID_INPUT);
        assertThat(thrown.getMessage()).as("message of the failure of %s for an unknown table", operation).isNotBlank();
    }

    private static String describe(FetchRequest request) {
        return "'" + request.tableIfAny().orElse(request.query()) + "' (offset " + request.offset() + ", limit "
                + (request.limit() == Long.MAX_VALUE ? "none" : request.limit()) + ")";
    }
}
