package io.lucent.platform.datasets;

import static io.lucent.platform.datasets.DatasetsIntegrationTest.JSON;
import static io.lucent.platform.datasets.DatasetsIntegrationTest.list;
import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.core.Response;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * How CSV uploads are read: directly by DuckDB when the connector describes the file, through the connector's
 * batches otherwise, with the same table either way. Local mode only: reading files does not depend on the mode
 * (the datasets contract in {@link DatasetsIntegrationTest} uploads CSV files in both modes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetIngestionIntegrationTest {

    private LucentTestServer server;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        server = LucentTestServer.start(TestMode.LOCAL, temp.resolve("data"), TestPlugins.copyBundled(temp.resolve("plugins")), null, null,
                io.dropwizard.testing.ConfigOverride.config("datasets.seedSample", "false"));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void widensColumnsWhoseLaterValuesDoNotFitTheSampleInsteadOfRejectingRows() {
        StringBuilder csv = new StringBuilder("day,units,code,flag\n");
        for (int i = 0; i < 10_050; i++) {
            csv.append("2024-01-").append(10 + i % 20).append(',').append(i % 7).append(',').append(1000 + i).append(",yes\n");
        }
        csv.append("2024-02-01 08:30,2.5,A-17,maybe\n");

        Map<String, Object> dataset = created(MultipartBody.file("late.csv", csv.toString()));

        assertThat(dataset.get("rowCount")).isEqualTo(10_051);
        assertThat(list(dataset.get("columns"))).extracting(c -> c.get("name") + ":" + c.get("type"))
                .containsExactly("day:timestamp", "units:decimal", "code:text", "flag:text");
        assertThat(((Map<?, ?>) dataset.get("source")).get("rejectedRows")).isEqualTo(0);
        List<Object> last = (List<Object>) ((List<?>) server.request("/api/v1/datasets/" + dataset.get("id") + "/preview?offset=10050&limit=1")
                .get(JSON).get("rows")).get(0);
        assertThat(last).containsExactly("2024-02-01T08:30", 2.5, "A-17", "maybe");
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsAWindows1252FileWithDecimalCommasAndDayFirstDates() {
        byte[] csv = ("Datum;Produkt;Preis;Menge\n31.01.2024;Caf\u00e9 \u20ac;1,5;3\n01.02.2024;Th\u00e9;12,25;\n")
                .getBytes(Charset.forName("windows-1252"));

        Map<String, Object> dataset = created(MultipartBody.file("preise.csv", csv));

        assertThat(list(dataset.get("columns"))).extracting(c -> c.get("name") + ":" + c.get("type"))
                .containsExactly("Datum:date", "Produkt:text", "Preis:decimal", "Menge:integer");
        List<Object> rows = (List<Object>) server.request("/api/v1/datasets/" + dataset.get("id") + "/preview").get(JSON).get("rows");
        assertThat(rows).containsExactly(List.of("2024-01-31", "Caf\u00e9 \u20ac", 1.5, 3), java.util.Arrays.asList("2024-02-01", "Th\u00e9", 12.25, null));
    }

    @Test
    void reportsARowWithTheWrongNumberOfFieldsByLineAndKeepsNothing() {
        Response response = server.request("/api/v1/datasets").post(MultipartBody.file("broken.csv", "a,b\n1,2\n3,4\n5\n6,7\n").entity());
        Map<String, Object> body = response.readEntity(JSON);

        assertThat(response.getStatus()).as("%s", body).isEqualTo(422);
        Map<?, ?> details = (Map<?, ?>) body.get("details");
        assertThat(details.get("rejectedRows")).isEqualTo(1);
        assertThat(((Map<?, ?>) ((List<?>) details.get("problems")).get(0)).get("line")).isEqualTo(4);
        assertThat(list(server.request("/api/v1/datasets").get(JSON).get("items"))).extracting(d -> d.get("name")).doesNotContain("broken");
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsNumbersWithThousandsSeparatorsAndDecimalCommas() {
        StringBuilder csv = new StringBuilder("Datum;Umsatz;Menge\n");
        for (int i = 0; i < 10_050; i++) {
            csv.append(String.format("%02d.01.2024", 1 + i % 28)).append(';').append(i % 2 == 0 ? "1.234.567,5" : "12,25").append(';')
                    .append(i % 3 == 0 ? "1.200" : "7").append('\n');
        }
        csv.append("29.02.2024;-2.000,;+3\n");

        Map<String, Object> dataset = created(MultipartBody.file("umsatz.csv", csv.toString()));

        assertThat(dataset.get("rowCount")).isEqualTo(10_051);
        assertThat(list(dataset.get("columns"))).extracting(c -> c.get("name") + ":" + c.get("type"))
                .containsExactly("Datum:date", "Umsatz:decimal", "Menge:integer");
        List<Object> rows = (List<Object>) server.request("/api/v1/datasets/" + dataset.get("id") + "/preview?offset=10048&limit=3")
                .get(JSON).get("rows");
        assertThat(rows).containsExactly(List.of("2024-01-25", 1234567.5, 7), List.of("2024-01-26", 12.25, 7),
                List.of("2024-02-29", -2000.0, 3));
    }

    @Test
    void skipsALateRowWithTheWrongNumberOfFieldsAndReportsItsLine() {
        StringBuilder csv = new StringBuilder("day,units\n");
        for (int i = 0; i < 10_050; i++) {
            csv.append("2024-01-").append(10 + i % 20).append(',').append(i % 7).append('\n');
        }
        csv.append("2024-02-01,3,stray\n2024-02-02,4\n");

        Map<String, Object> dataset = created(MultipartBody.file("late-bad.csv", csv.toString()).field("onBadRows", "skip"));

        assertThat(dataset.get("rowCount")).isEqualTo(10_051);
        assertThat(((Map<?, ?>) dataset.get("source")).get("rejectedRows")).isEqualTo(1);
        List<?> problems = (List<?>) ((Map<?, ?>) dataset.get("import")).get("problems");
        assertThat(problems).hasSize(1);
        assertThat(((Map<?, ?>) problems.get(0)).get("line")).isEqualTo(10_052);
    }

    @Test
    void rejectsAFileWithLateRowsOfTheWrongShapeReportingThePhysicalLinesAndKeepsNothing() {
        StringBuilder csv = new StringBuilder("day,note,units\r\n");
        for (int i = 0; i < 10_050; i++) {
            csv.append("2024-01-").append(10 + i % 20).append(i == 10_020 ? ",\"two\r\nlines\"," : ",plain,").append(i % 7).append("\r\n");
        }
        csv.append("2024-02-01,stray,3,extra\r\n2024-02-02,4\r\n2024-02-03,fine,5\r\n");

        Response response = server.request("/api/v1/datasets").post(MultipartBody.file("late-shapes.csv", csv.toString()).entity());
        Map<String, Object> body = response.readEntity(JSON);

        assertThat(response.getStatus()).as("%s", body).isEqualTo(422);
        Map<?, ?> details = (Map<?, ?>) body.get("details");
        assertThat(details.get("rejectedRows")).isEqualTo(2);
        assertThat(details.get("readableRows")).isEqualTo(10_051);
        assertThat((List<?>) details.get("problems")).extracting(p -> ((Map<?, ?>) p).get("line") + ": " + ((Map<?, ?>) p).get("message"))
                .containsExactly("10053: has 4 fields but the table has 3 columns", "10054: has 2 fields but the table has 3 columns");
        assertThat(list(server.request("/api/v1/datasets").get(JSON).get("items"))).extracting(d -> d.get("name"))
                .doesNotContain("late-shapes");
    }

    @Test
    @SuppressWarnings("unchecked")
    void skipsLateRowsOfTheWrongShapeInAWindows1252FileAndKeepsTheOthersAsTheConnectorReadsThem() {
        StringBuilder csv = new StringBuilder("Datum;Produkt;Preis\n");
        for (int i = 0; i < 10_050; i++) {
            csv.append(String.format("%02d.01.2024", 1 + i % 28)).append(";Caf\u00e9;").append(i % 5).append(",5\n");
        }
        csv.append("01.02.2024;Th\u00e9\n02.02.2024;\u20ac;1,25\n");

        Map<String, Object> dataset = created(MultipartBody.file("kaffee.csv", csv.toString().getBytes(Charset.forName("windows-1252")))
                .field("onBadRows", "skip"));

        assertThat(dataset.get("rowCount")).isEqualTo(10_051);
        assertThat(((Map<?, ?>) dataset.get("source")).get("rejectedRows")).isEqualTo(1);
        assertThat((List<?>) ((Map<?, ?>) dataset.get("import")).get("problems"))
                .extracting(p -> ((Map<?, ?>) p).get("line") + ": " + ((Map<?, ?>) p).get("message"))
                .containsExactly("10052: has 2 fields but the table has 3 columns");
        List<Object> rows = (List<Object>) server.request("/api/v1/datasets/" + dataset.get("id") + "/preview?offset=10050&limit=1")
                .get(JSON).get("rows");
        assertThat(rows).containsExactly(List.of("2024-02-02", "\u20ac", 1.25));
    }

    @Test
    void keepsALateRowWhoseExtraFieldsAreBlankAsTheConnectorDoes() {
        StringBuilder csv = new StringBuilder("day,units\n");
        for (int i = 0; i < 10_050; i++) {
            csv.append("2024-01-").append(10 + i % 20).append(',').append(i % 7).append('\n');
        }
        csv.append("2024-02-01,3,  ,\n2024-02-02,4\n");

        Map<String, Object> dataset = created(MultipartBody.file("blank-extras.csv", csv.toString()));

        assertThat(dataset.get("rowCount")).isEqualTo(10_052);
        assertThat(((Map<?, ?>) dataset.get("source")).get("rejectedRows")).isEqualTo(0);
    }

    @Test
    void widensALateDecimalColumnEvenWhenTheFileAlsoHasARowOfTheWrongShape() {
        StringBuilder csv = new StringBuilder("day,price\n");
        for (int i = 0; i < 10_050; i++) {
            csv.append("2024-01-").append(10 + i % 20).append(',').append(i % 7).append(".5\n");
        }
        csv.append("2024-02-01,n/a\n2024-02-02\n");

        Map<String, Object> dataset = created(MultipartBody.file("late-text.csv", csv.toString()).field("onBadRows", "skip"));

        assertThat(dataset.get("rowCount")).isEqualTo(10_051);
        assertThat(list(dataset.get("columns"))).extracting(c -> c.get("name") + ":" + c.get("type")).containsExactly("day:date", "price:text");
        assertThat(((Map<?, ?>) dataset.get("source")).get("rejectedRows")).isEqualTo(1);
    }

    private Map<String, Object> created(MultipartBody body) {
        Response response = server.request("/api/v1/datasets").post(body.entity());
        Map<String, Object> entity = response.readEntity(JSON);
        assertThat(response.getStatus()).as("%s", entity).isEqualTo(201);
        return entity;
    }
}
