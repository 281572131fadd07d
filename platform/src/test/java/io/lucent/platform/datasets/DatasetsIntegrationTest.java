package io.lucent.platform.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dropwizard.testing.ConfigOverride;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The datasets REST API against a local-mode server (SQLite, local store) and a SaaS-mode server (PostgreSQL,
 * Redis), loading the connector plugins from their built zips.
 */
@ExtendWith(ExternalServicesExtension.class)
class DatasetsIntegrationTest {

    static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    static final long MAX_ROWS = 50_000;

    /** Small file and row limits for the tenant plan of the server's mode ({@code local} or {@code standard}). */
    static ConfigOverride[] limits(String plan) {
        return new ConfigOverride[] {
            ConfigOverride.config("tenancy.plans." + plan + ".maxFileBytes", Long.toString(MAX_FILE_BYTES)),
            ConfigOverride.config("tenancy.plans." + plan + ".maxRowsPerDataset", Long.toString(MAX_ROWS)),
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {
        LucentTestServer server;
        Path dataDir;

        abstract LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception;

        @BeforeAll
        void start(@TempDir Path temp, Supplier<ExternalServices> services) throws Exception {
            dataDir = temp.resolve("data");
            server = startServer(dataDir, TestPlugins.copyBundled(temp.resolve("plugins")), services);
        }

        @AfterAll
        void stop() {
            if (server != null) {
                server.close();
            }
        }

        Response upload(MultipartBody body) {
            return server.request("/api/v1/datasets").post(body.entity());
        }

        Map<String, Object> created(MultipartBody body) {
            return created(upload(body));
        }

        Map<String, Object> created(Response response) {
            Map<String, Object> entity = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s", entity).isEqualTo(201);
            return entity;
        }

        Map<String, Object> error(Response response, int status) {
            Map<String, Object> body = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s", body).isEqualTo(status);
            assertThat(body).containsKeys("code", "message", "details");
            return body;
        }

        Map<String, Object> summaryColumn(String id, String column) {
            Map<String, Object> summary = server.request("/api/v1/datasets/" + id + "/summary").get(JSON);
            return list(summary.get("columns")).stream().filter(c -> c.get("name").equals(column)).findFirst().orElseThrow();
        }

        /** Stored files (Parquet versions, derived results), whatever the tenant. */
        List<Path> storedFiles() throws IOException {
            Path store = dataDir.resolve("datasets");
            if (!Files.exists(store)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(store)) {
                return files.filter(Files::isRegularFile).toList();
            }
        }

        List<Path> stagedFiles() throws IOException {
            Path staging = dataDir.resolve("staging");
            if (!Files.exists(staging)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(staging)) {
                return files.filter(Files::isRegularFile).toList();
            }
        }

        int datasetCount() {
            return ((Number) server.request("/api/v1/datasets?limit=1").get(JSON).get("total")).intValue();
        }

        static final String SALES = "date,store,units,price,promo\n"
                + "2024-01-01,North,12,2.50,true\n"
                + "2024-01-02,South,7,2.75,false\n"
                + "2024-01-03,North,,3.00,false\n"
                + "2024-01-04,East,20,2.25,true\n";

        @Test
        void uploadsACsvWithInferredTypesAndShowsItInTheList() {
            Map<String, Object> dataset = created(MultipartBody.file("sales.csv", SALES).field("name", "Weekly sales"));
            assertThat(dataset.get("name")).isEqualTo("Weekly sales");
            assertThat(dataset.get("rowCount")).isEqualTo(4);
            assertThat(dataset.get("version")).isEqualTo(1);
            assertThat((String) dataset.get("contentHash")).matches("[0-9a-f]{64}");
            assertThat(list(dataset.get("columns"))).extracting(c -> c.get("name") + ":" + c.get("type"))
                    .containsExactly("date:date", "store:text", "units:integer", "price:decimal", "promo:boolean");
            assertThat(map(dataset.get("source"))).containsEntry("fileName", "sales.csv").containsEntry("connector", "csv");
            assertThat(map(dataset.get("import"))).containsEntry("rowsImported", 4).containsEntry("rejectedRows", 0);

            String id = (String) dataset.get("id");
            Map<String, Object> page = server.request("/api/v1/datasets?offset=0&limit=200").get(JSON);
            assertThat(list(page.get("items"))).extracting(d -> d.get("id")).contains(id);
            assertThat(((Number) page.get("total")).intValue()).isGreaterThanOrEqualTo(1);
            Map<String, Object> one = server.request("/api/v1/datasets/" + id).get(JSON);
            assertThat(one.get("contentHash")).isEqualTo(dataset.get("contentHash"));
            assertThat(one).doesNotContainKey("import");
            Map<String, Object> structure = server.request("/api/v1/datasets/" + id + "/structure").get(JSON);
            assertThat(list(structure.get("columns"))).hasSize(5);
        }

        @Test
        void answersARetriedUploadWithTheSameIdempotencyKeyWithTheFirstDataset() {
            String key = "upload-" + java.util.UUID.randomUUID();
            Response first = server.request("/api/v1/datasets").header("Idempotency-Key", key).post(MultipartBody.file("retry.csv", SALES).entity());
            Map<String, Object> created = first.readEntity(JSON);
            assertThat(first.getStatus()).as("%s", created).isEqualTo(201);
            int count = datasetCount();

            Response retry = server.request("/api/v1/datasets").header("Idempotency-Key", key).post(MultipartBody.file("retry.csv", SALES).entity());
            Map<String, Object> replayed = retry.readEntity(JSON);
            assertThat(retry.getStatus()).isEqualTo(200);
            assertThat(retry.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
            assertThat(replayed.get("id")).isEqualTo(created.get("id"));
            assertThat(datasetCount()).isEqualTo(count);
            byte[] form = MultipartBody.file("retry.csv", SALES).bytes();
            Response cut = server.request("/api/v1/datasets").header("Idempotency-Key", key)
                    .post(Entity.entity(java.util.Arrays.copyOf(form, form.length - 20), MultipartBody.contentType()));
            assertThat(cut.readEntity(JSON).get("id")).as("a replay is answered without parsing the form").isEqualTo(created.get("id"));
            assertThat(cut.getStatus()).isEqualTo(200);

            error(server.request("/api/v1/datasets").header("Idempotency-Key", "has spaces in it").post(MultipartBody.file("a.csv", SALES).entity()), 400);
            assertThat(server.request("/api/v1/datasets/" + created.get("id")).delete().getStatus()).isEqualTo(204);
            Response afterDelete = server.request("/api/v1/datasets").header("Idempotency-Key", key).post(MultipartBody.file("retry.csv", SALES).entity());
            assertThat(afterDelete.getStatus()).isEqualTo(201);
            assertThat(afterDelete.readEntity(JSON).get("id")).isNotEqualTo(created.get("id"));
        }

        @Test
        void previewsPagesSortedAndFiltered() {
            String id = (String) created(MultipartBody.file("preview.csv", SALES)).get("id");
            Map<String, Object> sorted = server.request("/api/v1/datasets/" + id + "/preview?sort=-units&limit=2").get(JSON);
            assertThat(sorted.get("total")).isEqualTo(4);
            assertThat((List<?>) sorted.get("rows")).hasSize(2);
            assertThat(((List<?>) ((List<?>) sorted.get("rows")).get(0)).get(2)).isEqualTo(20);

            Map<String, Object> filtered = server.request("/api/v1/datasets/" + id + "/preview")
                    .property("jersey.config.client.followRedirects", true).get(JSON);
            assertThat(filtered.get("total")).isEqualTo(4);
            Map<String, Object> north = server.request("/api/v1/datasets/" + id + "/preview?filter=store:eq:North&filter=units:notnull").get(JSON);
            assertThat(north.get("total")).isEqualTo(1);
            Map<String, Object> dated = server.request("/api/v1/datasets/" + id + "/preview?filter=date:gte:2024-01-03&sort=date").get(JSON);
            assertThat(dated.get("total")).isEqualTo(2);
            assertThat(((List<?>) ((List<?>) dated.get("rows")).get(0)).get(0)).isEqualTo("2024-01-03");

            error(server.request("/api/v1/datasets/" + id + "/preview?filter=nope:eq:1").get(), 400);
            error(server.request("/api/v1/datasets/" + id + "/preview?filter=units:gt:lots").get(), 400);
            error(server.request("/api/v1/datasets/" + id + "/preview?filter=units%3Bdrop%20table:eq:1").get(), 400);
        }

        @Test
        void summarisesEveryColumnAndMissingValuesOverTime() {
            String id = (String) created(MultipartBody.file("summary.csv", SALES)).get("id");
            Map<String, Object> units = summaryColumn(id, "units");
            assertThat(units).containsEntry("count", 3).containsEntry("missing", 1).containsEntry("distinct", 3);
            assertThat(((Number) units.get("sum")).doubleValue()).isEqualTo(39.0);
            assertThat(((Number) units.get("mean")).doubleValue()).isCloseTo(13.0, within(1e-9));
            assertThat(map(units.get("quantiles"))).containsKeys("p05", "p25", "p50", "p75", "p95");
            assertThat(summaryColumn(id, "date")).containsEntry("min", "2024-01-01").containsEntry("max", "2024-01-04");
            assertThat(list(summaryColumn(id, "store").get("topValues")).get(0)).containsEntry("value", "North").containsEntry("count", 2);
            assertThat(server.request("/api/v1/datasets/" + id + "/summary").get(JSON))
                    .isEqualTo(server.request("/api/v1/datasets/" + id + "/summary").get(JSON));

            Map<String, Object> missing = server.request("/api/v1/datasets/" + id + "/missing").get(JSON);
            assertThat(list(missing.get("columns"))).filteredOn(c -> c.get("name").equals("units")).singleElement()
                    .satisfies(c -> assertThat(c).containsEntry("missing", 1));
            assertThat(missing).containsEntry("dateColumn", "date").containsEntry("period", "day");
            assertThat(list(missing.get("overTime"))).hasSize(4)
                    .filteredOn(p -> p.get("period").equals("2024-01-03")).singleElement()
                    .satisfies(p -> assertThat(map(p.get("missing"))).containsEntry("units", 1));
        }

        @Test
        void retypesAColumnIntoANewVersion() {
            Map<String, Object> dataset = created(MultipartBody.file("retype.csv", "code,amount\n007,1\n042,2\n100,3\n"));
            String id = (String) dataset.get("id");
            assertThat(list(dataset.get("columns")).get(0)).containsEntry("type", "text");

            Response refused = server.request("/api/v1/datasets/" + id + "/columns").put(Entity.json(Map.of("types", Map.of("code", "date"))));
            Map<String, Object> body = error(refused, 422);
            assertThat((String) body.get("message")).contains("3 values would not convert");

            Map<String, Object> retyped = server.request("/api/v1/datasets/" + id + "/columns")
                    .put(Entity.json(Map.of("types", Map.of("code", "integer", "amount", "decimal"))), JSON);
            assertThat(retyped.get("version")).isEqualTo(2);
            assertThat(retyped.get("contentHash")).isNotEqualTo(dataset.get("contentHash"));
            assertThat(list(retyped.get("columns"))).extracting(c -> c.get("type")).containsExactly("integer", "decimal");
            assertThat(((Number) summaryColumn(id, "code").get("sum")).doubleValue()).isEqualTo(149.0);
            List<Map<String, Object>> versions = server.request("/api/v1/datasets/" + id + "/versions")
                    .get(new GenericType<List<Map<String, Object>>>() { });
            assertThat(versions).extracting(v -> v.get("version") + ":" + v.get("origin")).containsExactly("1:upload", "2:retype");
            assertThat(versions.get(1)).containsEntry("contentHash", retyped.get("contentHash")).doesNotContainKey("storageKey");
        }

        @Test
        void refusesADateFormatThatIsNoFormatOrNamesAColumnNotMadeADate() {
            String id = (String) created(MultipartBody.file("formats.csv", "day,amount\nD31-01-2024,1\nD29-02-2024,2\n")).get("id");

            Map<String, Object> garbage = error(server.request("/api/v1/datasets/" + id + "/columns").put(Entity.json(Map.of(
                    "types", Map.of("day", "date"), "formats", Map.of("day", "%Q/%m")))), 400);
            assertThat((String) garbage.get("message")).contains("'%Q/%m'").contains("'day'");
            Map<String, Object> elsewhere = error(server.request("/api/v1/datasets/" + id + "/columns").put(Entity.json(Map.of(
                    "types", Map.of("day", "date"), "formats", Map.of("amount", "D%d-%m-%Y")))), 400);
            assertThat((String) elsewhere.get("message")).contains("'amount'");

            Map<String, Object> retyped = server.request("/api/v1/datasets/" + id + "/columns").put(Entity.json(Map.of(
                    "types", Map.of("day", "date"), "formats", Map.of("day", "D%d-%m-%Y"))), JSON);
            assertThat(list(retyped.get("columns")).get(0)).containsEntry("type", "date");
            assertThat(retyped.get("version")).isEqualTo(2);
        }

        @Test
        void deletesADatasetWithItsFiles() throws IOException {
            String id = (String) created(MultipartBody.file("gone.csv", SALES + "2024-01-05,West,3,1.00,false\n" + "2024-01-06,West,"
                    + System.nanoTime() % 1000 + ",1.00,false\n")).get("id");
            server.request("/api/v1/datasets/" + id + "/summary").get(JSON);
            String hash = (String) server.request("/api/v1/datasets/" + id).get(JSON).get("contentHash");
            assertThat(storedFiles()).anySatisfy(p -> assertThat(p.toString()).contains(id));
            assertThat(server.request("/api/v1/datasets/" + id).delete().getStatus()).isEqualTo(204);
            error(server.request("/api/v1/datasets/" + id).get(), 404);
            error(server.request("/api/v1/datasets/" + id).delete(), 404);
            assertThat(storedFiles()).noneSatisfy(p -> assertThat(p.toString()).contains(id));
            assertThat(storedFiles()).noneSatisfy(p -> assertThat(p.toString()).contains("/derived/" + hash));
        }

        @Test
        void rejectsAFileWithInconsistentColumnCountsListingTheLinesAndKeepsNothing() throws IOException {
            int before = datasetCount();
            List<Path> storedBefore = storedFiles();
            String csv = "a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n13,14,15\n";
            Map<String, Object> body = error(upload(MultipartBody.file("ragged.csv", csv)), 422);
            assertThat((String) body.get("message")).contains("2 rows").contains("line 3").contains("onBadRows=skip");
            assertThat(list(map(body.get("details")).get("problems"))).extracting(p -> p.get("line")).containsExactly(3, 5);
            assertThat(datasetCount()).isEqualTo(before);
            assertThat(storedFiles()).isEqualTo(storedBefore);
            assertThat(stagedFiles()).isEmpty();

            Map<String, Object> skipped = created(MultipartBody.file("ragged.csv", csv).field("onBadRows", "skip"));
            assertThat(skipped.get("rowCount")).isEqualTo(3);
            assertThat(map(skipped.get("import")).get("rejectedRows")).isEqualTo(2);
            assertThat(list(map(skipped.get("import")).get("problems"))).extracting(p -> p.get("line")).containsExactly(3, 5);
        }

        @Test
        void refusesBadInputsWithAClear4xxAndLeavesNothingBehind() throws IOException {
            int before = datasetCount();
            List<Path> storedBefore = storedFiles();
            assertThat((String) error(upload(MultipartBody.file("empty.csv", new byte[0])), 422).get("message")).contains("empty");
            byte[] garbage = new byte[4096];
            new java.util.Random(7).nextBytes(garbage);
            assertThat(error(upload(MultipartBody.file("garbage.csv", garbage)), 422).get("code")).isEqualTo("plugin_invalid_input");
            assertThat((String) error(upload(MultipartBody.file("../../etc/passwd.csv", SALES)), 400).get("message")).contains("plain name");
            assertThat((String) error(upload(MultipartBody.file("..\\evil.csv", SALES)), 400).get("message")).contains("plain name");
            assertThat((String) error(upload(MultipartBody.file("sales.unknownext", SALES)), 415).get("message")).contains("csv");
            error(upload(MultipartBody.file("sales.csv", SALES).field("options", "{not json")), 400);
            assertThat(error(upload(MultipartBody.file("sales.csv", SALES).field("options", "{\"delimiter\":\"pipe\",\"bogus\":1}")), 400)
                    .get("code")).isEqualTo("invalid_settings");
            error(server.request("/api/v1/datasets").post(Entity.entity(new byte[0], MultipartBody.contentType())), 400);
            assertThat(datasetCount()).isEqualTo(before);
            assertThat(storedFiles()).isEqualTo(storedBefore);
            assertThat(stagedFiles()).isEmpty();
        }

        @Test
        void readsFieldsSentAfterTheFileAndRefusesMalformedFormsWith400() throws IOException {
            String boundary = "after-the-file";
            String filePart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"late.csv\"\r\n\r\n" + SALES + "\r\n";
            String namePart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nNamed after the file\r\n";
            String end = "--" + boundary + "--\r\n";
            String contentType = "multipart/form-data; boundary=" + boundary;
            Map<String, Object> created = created(server.request("/api/v1/datasets").post(Entity.entity(filePart + namePart + end, contentType)));
            assertThat(created.get("name")).isEqualTo("Named after the file");
            assertThat(created.get("rowCount")).isEqualTo(4);

            int before = datasetCount();
            assertThat((String) error(server.request("/api/v1/datasets").post(Entity.entity(filePart + filePart + end, contentType)), 400)
                    .get("message")).contains("two 'file' parts");
            assertThat((String) error(server.request("/api/v1/datasets").post(Entity.entity(filePart + namePart, contentType)), 400)
                    .get("message")).contains("truncated");
            assertThat((String) error(server.request("/api/v1/datasets").post(Entity.entity(filePart + end, "multipart/form-data")), 400)
                    .get("message")).contains("no boundary");
            assertThat(error(server.request("/api/v1/datasets").post(Entity.entity(SALES, "text/csv")), 415).get("code"))
                    .isEqualTo("unsupported_media_type");
            assertThat(datasetCount()).isEqualTo(before);
            assertThat(stagedFiles()).isEmpty();
        }

        @Test
        void deletesThePartlyReceivedFileWhenTheClientDisconnectsMidUpload() throws Exception {
            java.net.URI uri = java.net.URI.create(server.baseUrl());
            byte[] megabyte = new byte[1 << 20];
            java.util.Arrays.fill(megabyte, (byte) '7');
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                OutputStream out = socket.getOutputStream();
                StringBuilder head = new StringBuilder("POST /api/v1/datasets HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n");
                authorization().ifPresent(a -> head.append("Authorization: ").append(a).append("\r\n"));
                head.append("Content-Type: ").append(MultipartBody.contentType()).append("\r\nContent-Length: ").append(6 << 20).append("\r\n\r\n");
                out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                byte[] form = MultipartBody.file("cut.csv", "n\n").bytes();
                out.write(form, 0, new String(form, StandardCharsets.US_ASCII).indexOf("n\n"));
                for (int i = 0; i < 3; i++) {
                    out.write(megabyte);
                }
                out.flush();
                awaitStagedFiles(true);
            }
            awaitStagedFiles(false);
        }

        /** Waits (up to 20 s) until the staging directory holds a file, or none. */
        void awaitStagedFiles(boolean some) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (stagedFiles().isEmpty() == some) {
                assertThat(System.nanoTime()).as(some ? "a file being received in the staging directory" : "an empty staging directory")
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
        }

        @Test
        void refusesAnXlsxZipBombAndKeepsNothing() throws IOException {
            int before = datasetCount();
            List<Path> storedBefore = storedFiles();
            Map<String, Object> body = error(upload(MultipartBody.file("bomb.xlsx", ZipBomb.xlsx())), 422);
            assertThat((String) body.get("message")).contains("zip bomb");
            assertThat(datasetCount()).isEqualTo(before);
            assertThat(storedFiles()).isEqualTo(storedBefore);
            assertThat(stagedFiles()).isEmpty();
        }

        @Test
        void refusesFilesAboveTheSizeLimitWith413() throws IOException {
            byte[] big = new byte[(int) MAX_FILE_BYTES + 1024];
            java.util.Arrays.fill(big, (byte) '1');
            Map<String, Object> body = error(upload(MultipartBody.file("big.csv", big)), 413);
            assertThat((String) body.get("message")).contains("8 MiB").contains("maxFileBytes");
            Map<String, Object> chunked = error(server.request("/api/v1/datasets")
                    .property("jersey.config.client.request.entity.processing", "CHUNKED")
                    .post(MultipartBody.file("big.csv", big).entity()), 413);
            assertThat((String) chunked.get("message")).contains("maxFileBytes");
            assertThat(stagedFiles()).isEmpty();
        }

        @Test
        void refusesADeclaredTenGigabyteUploadBeforeReadingIt() throws IOException {
            String status = rawPost("/api/v1/datasets", 10L * 1024 * 1024 * 1024);
            assertThat(status).contains(" 413 ");
            assertThat(stagedFiles()).isEmpty();
        }

        @Test
        void refusesMoreRowsThanTheLimitWith422() {
            StringBuilder csv = new StringBuilder("n\n");
            for (long i = 0; i <= MAX_ROWS; i++) {
                csv.append(i).append('\n');
            }
            int before = datasetCount();
            Map<String, Object> body = error(upload(MultipartBody.file("many.csv", csv.toString())), 422);
            assertThat((String) body.get("message")).contains(Long.toString(MAX_ROWS)).contains("maxRows");
            assertThat(datasetCount()).isEqualTo(before);
        }

        @Test
        void createsTheGeneratedRetailSample() {
            Response response = server.request("/api/v1/datasets/sample?days=120&seed=7").post(Entity.json("{}"));
            Map<String, Object> sample = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s", sample).isEqualTo(201);
            assertThat(list(sample.get("columns"))).extracting(c -> c.get("name") + ":" + c.get("type")).containsExactly(
                    "Date:date", "Entity_ID:text", "Entity_Name:text", "Category:text", "Volume:integer", "Unit_Price:decimal", "Revenue:decimal");
            String id = (String) sample.get("id");
            assertThat(((Number) summaryColumn(id, "Volume").get("min")).longValue()).isNegative();
            assertThat(((Number) summaryColumn(id, "Volume").get("missing")).longValue()).isPositive();
            assertThat(summaryColumn(id, "Entity_ID").get("distinct")).isEqualTo(24);
        }

        @Test
        void servesTheTimeSeriesTemplate() {
            Response response = server.request("/api/v1/templates/download?kind=timeseries").get();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getMediaType().toString()).startsWith("text/csv");
            assertThat(response.readEntity(String.class)).startsWith("Date,Entity_ID,Entity_Name,Volume\r\n");
            error(server.request("/api/v1/templates/download?kind=nope").get(), 400);
            assertThat(error(server.request("/api/v1/templates/download").get(), 400).get("message").toString())
                    .startsWith("Give the template kind as ?kind=").contains("timeseries");
        }

        @Test
        void documentsTheEndpointsInOpenApi() {
            Map<String, Object> paths = map(server.anonymous("/api/openapi.json").get(JSON).get("paths"));
            assertThat(paths).containsKeys("/api/v1/datasets", "/api/v1/datasets/{id}", "/api/v1/datasets/{id}/preview",
                    "/api/v1/datasets/{id}/summary", "/api/v1/datasets/{id}/structure", "/api/v1/datasets/{id}/missing",
                    "/api/v1/datasets/{id}/columns", "/api/v1/datasets/sample", "/api/v1/templates/download");
            Map<String, Object> upload = map(map(paths.get("/api/v1/datasets")).get("post"));
            Map<String, Object> content = map(map(upload.get("requestBody")).get("content"));
            assertThat(content).as("the upload's body is the documented form, not the raw stream it is read as").containsOnlyKeys("multipart/form-data");
            assertThat((String) map(map(content.get("multipart/form-data")).get("schema")).get("$ref")).endsWith("/UploadForm");
            assertThat(list(upload.get("parameters"))).extracting(parameter -> parameter.get("name")).containsExactly("Idempotency-Key");
        }

        @Test
        void answersUnknownDatasetIdsWith404() {
            error(server.request("/api/v1/datasets/00000000-0000-0000-0000-000000000000").get(), 404);
            error(server.request("/api/v1/datasets/not-a-uuid/summary").get(), 404);
        }

        Map<String, Object> importRetail(String fileName) throws IOException {
            Path file = RetailFiles.require(fileName);
            return created(MultipartBody.file(fileName, Files.readAllBytes(file)));
        }

        static String typeOf(Map<String, Object> dataset, String column) {
            return (String) list(dataset.get("columns")).stream().filter(c -> c.get("name").equals(column)).findFirst().orElseThrow().get("type");
        }

        double sum(String id, String column) {
            return ((Number) summaryColumn(id, column).get("sum")).doubleValue();
        }

        @Test
        void importsTheSuperstoreCsvWithTheDocumentedTotals() throws IOException {
            Map<String, Object> dataset = importRetail("superstore_orders.csv");
            String id = (String) dataset.get("id");
            assertThat(dataset.get("rowCount")).isEqualTo(9994);
            assertThat(typeOf(dataset, "Order Date")).isEqualTo("date");
            assertThat(typeOf(dataset, "Quantity")).isEqualTo("integer");
            assertThat(sum(id, "Sales")).isCloseTo(2_297_200.86, within(0.005));
            assertThat(sum(id, "Profit")).isCloseTo(286_397.02, within(0.005));
            assertThat(sum(id, "Quantity")).isEqualTo(37_873.0);
            assertThat(summaryColumn(id, "Order Date")).containsEntry("min", "2014-01-03").containsEntry("max", "2017-12-30");
            assertThat(summaryColumn(id, "Order ID").get("distinct")).isEqualTo(5009);
        }

        @Test
        void importsTheSuperstoreWorkbookWithTheDocumentedTotals() throws IOException {
            Map<String, Object> dataset = importRetail("Sample - Superstore.xlsx");
            String id = (String) dataset.get("id");
            assertThat(map(dataset.get("source"))).containsEntry("connector", "excel");
            assertThat(dataset.get("rowCount")).isEqualTo(9994);
            assertThat(typeOf(dataset, "Order Date")).isEqualTo("date");
            assertThat(typeOf(dataset, "Sales")).isEqualTo("decimal");
            assertThat(sum(id, "Sales")).isCloseTo(2_297_200.86, within(0.005));
            assertThat(sum(id, "Profit")).isCloseTo(286_397.02, within(0.005));
            assertThat(sum(id, "Quantity")).isEqualTo(37_873.0);
            assertThat(summaryColumn(id, "Order Date")).containsEntry("min", "2014-01-03").containsEntry("max", "2017-12-30");
        }

        @Test
        void importsThe2023EditionWithItsBomCrlfAndDayFirstDates() throws IOException {
            Map<String, Object> dataset = importRetail("superstore_2023_edition.csv");
            String id = (String) dataset.get("id");
            assertThat(dataset.get("rowCount")).isEqualTo(10194);
            assertThat(list(dataset.get("columns")).get(0).get("name")).isEqualTo("Row ID");
            assertThat(typeOf(dataset, "Order Date")).isEqualTo("date");
            assertThat(typeOf(dataset, "Country/Region")).isEqualTo("text");
            assertThat((String) summaryColumn(id, "Order Date").get("min")).startsWith("2019-");
            assertThat((String) summaryColumn(id, "Order Date").get("max")).startsWith("2022-12-30");
        }

        @Test
        void importsTheOnlineRetailSampleWithCancellationsAndMissingCustomers() throws IOException {
            Map<String, Object> dataset = importRetail("online_retail_sample40k.csv");
            String id = (String) dataset.get("id");
            assertThat(dataset.get("rowCount")).isEqualTo(40000);
            assertThat(typeOf(dataset, "InvoiceNo")).isEqualTo("text");
            assertThat(typeOf(dataset, "Quantity")).isEqualTo("integer");
            assertThat(typeOf(dataset, "UnitPrice")).isEqualTo("decimal");
            assertThat(typeOf(dataset, "InvoiceDate")).isEqualTo("timestamp");
            assertThat(summaryColumn(id, "CustomerID")).containsEntry("missing", 10057);
            assertThat(summaryColumn(id, "InvoiceNo").get("distinct")).isEqualTo(13199);
            assertThat(summaryColumn(id, "Country").get("distinct")).isEqualTo(36);
            Map<String, Object> cancellations = server.request("/api/v1/datasets/" + id + "/preview?limit=1&filter=InvoiceNo:startswith:C").get(JSON);
            assertThat(cancellations.get("total")).isEqualTo(674);
        }

        @Test
        void importsTheOnlineRetailWorkbook() throws IOException {
            Map<String, Object> dataset = importRetail("online_retail_sample40k.xlsx");
            String id = (String) dataset.get("id");
            assertThat(dataset.get("rowCount")).isEqualTo(40000);
            assertThat(typeOf(dataset, "InvoiceNo")).isEqualTo("text");
            assertThat(typeOf(dataset, "InvoiceDate")).isEqualTo("timestamp");
            assertThat(summaryColumn(id, "CustomerID")).containsEntry("missing", 10057);
        }

        @Test
        void importsNewlineDelimitedJson() {
            Map<String, Object> dataset = created(MultipartBody.file("events.ndjson",
                    "{\"day\": \"2024-05-01\", \"shop\": {\"city\": \"Oslo\"}, \"units\": 3}\n"
                            + "{\"day\": \"2024-05-02\", \"shop\": {\"city\": \"Bergen\"}, \"units\": 5}\n"));
            assertThat(map(dataset.get("source"))).containsEntry("connector", "json");
            assertThat(list(dataset.get("columns"))).extracting(c -> c.get("name") + ":" + c.get("type"))
                    .containsExactly("day:date", "shop.city:text", "units:integer");
        }

        @Test
        void importsTheTableOfAPdfReportAndRefusesAPdfWithoutOne() {
            Map<String, Object> dataset = created(MultipartBody.file("report.pdf", TextPdf.table("Sales by store, January", List.of(
                    List.of("Store", "Orders", "Revenue"), List.of("North", "120", "4,310.50"), List.of("South", "95", "3,002.25"),
                    List.of("East", "143", "5,120.00")))));
            assertThat(map(dataset.get("source"))).containsEntry("connector", "pdf");
            assertThat(dataset.get("rowCount")).isEqualTo(3);
            assertThat(list(dataset.get("columns"))).extracting(c -> c.get("name") + ":" + c.get("type"))
                    .containsExactly("Store:text", "Orders:integer", "Revenue:decimal");
            assertThat(sum((String) dataset.get("id"), "Revenue")).isCloseTo(12_432.75, within(1e-9));

            Map<String, Object> body = error(upload(MultipartBody.file("letter.pdf", TextPdf.table("Dear customer,",
                    List.of(List.of("thank you for your order."), List.of("Kind regards"))))), 422);
            assertThat((String) body.get("message")).contains("has no table");
        }

        @Test
        void refusesATruncatedWorkbookAndKeepsNothing() throws IOException {
            byte[] whole = Files.readAllBytes(RetailFiles.require("Sample - Superstore.xlsx"));
            int before = datasetCount();
            Map<String, Object> body = error(upload(MultipartBody.file("cut.xlsx", java.util.Arrays.copyOf(whole, whole.length / 3))), 422);
            assertThat((String) body.get("message")).contains("cannot be read as an Excel workbook");
            assertThat(datasetCount()).isEqualTo(before);
            assertThat(stagedFiles()).isEmpty();
        }

        String rawPost(String path, long declaredLength) throws IOException {
            java.net.URI uri = java.net.URI.create(server.baseUrl());
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n");
                authorization().ifPresent(a -> head.append("Authorization: ").append(a).append("\r\n"));
                head.append("Content-Type: ").append(MultipartBody.contentType()).append("\r\nContent-Length: ").append(declaredLength)
                        .append("\r\n\r\n");
                out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                out.write(MultipartBody.file("huge.csv", "a,b\n1,2\n").bytes());
                out.flush();
                InputStream in = socket.getInputStream();
                StringBuilder line = new StringBuilder();
                int c;
                while ((c = in.read()) >= 0 && c != '\n') {
                    line.append((char) c);
                }
                return line.toString();
            }
        }

        abstract java.util.Optional<String> authorization();
    }

    @Nested
    class LocalMode extends Contract {
        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception {
            return LucentTestServer.start(TestMode.LOCAL, dataDir, pluginDir, null, null, limits("local"));
        }

        @Override
        java.util.Optional<String> authorization() {
            return java.util.Optional.empty();
        }

        @Test
        void startsWithTheSampleDatasetForTheLocalTenant() {
            Map<String, Object> page = server.request("/api/v1/datasets?limit=500").get(JSON);
            assertThat(list(page.get("items"))).extracting(d -> d.get("name")).contains("Sample retail sales");
        }
    }

    @Nested
    class SaasMode extends Contract {
        static final TenantContext GLOBEX = new TenantContext("globex", "globex-admin", Role.ADMIN);

        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception {
            LucentTestServer saas = LucentTestServer.start(TestMode.SAAS, dataDir, pluginDir, services.get(), "datasets_it", limits("standard"));
            saas.createTenant("acme");
            saas.createTenant("globex");
            return saas;
        }

        @Override
        java.util.Optional<String> authorization() {
            return java.util.Optional.of(io.lucent.platform.testing.TestTokens.bearer("acme", "acme-admin", Role.ADMIN));
        }

        @Test
        void keepsEachTenantsDatasetsToItself() throws IOException {
            String id = (String) created(MultipartBody.file("private.csv", SALES)).get("id");
            for (String suffix : List.of("", "/preview", "/summary", "/structure", "/missing")) {
                error(server.request("/api/v1/datasets/" + id + suffix, GLOBEX).get(), 404);
            }
            error(server.request("/api/v1/datasets/" + id, GLOBEX).delete(), 404);
            error(server.request("/api/v1/datasets/" + id + "/columns", GLOBEX).put(Entity.json(Map.of("types", Map.of("units", "text")))), 404);
            Map<String, Object> globexList = server.request("/api/v1/datasets", GLOBEX).get(JSON);
            assertThat(list(globexList.get("items"))).extracting(d -> d.get("id")).doesNotContain(id);
            assertThat(server.request("/api/v1/datasets/" + id).get().getStatus()).isEqualTo(200);
            assertThat(storedFiles()).filteredOn(p -> p.toString().contains(id))
                    .allSatisfy(p -> assertThat(p.toString()).contains("tenants/acme/"));
        }

        @Test
        void letsViewersReadButNotUpload() {
            TenantContext viewer = new TenantContext("acme", "acme-viewer", Role.VIEWER);
            error(server.request("/api/v1/datasets", viewer).post(MultipartBody.file("v.csv", SALES).entity()), 403);
            assertThat(server.request("/api/v1/datasets", viewer).get().getStatus()).isEqualTo(200);
        }

        @Test
        void refusesAnonymousUploads() {
            error(server.anonymous("/api/v1/datasets").post(MultipartBody.file("a.csv", SALES).entity()), 401);
        }
    }
}
