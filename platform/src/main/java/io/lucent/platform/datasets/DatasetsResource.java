package io.lucent.platform.datasets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.config.DatasetsConfig;
import io.lucent.platform.config.DatasetsConfig.BadRows;
import io.lucent.platform.datasets.ingest.ReceivedUpload;
import io.lucent.platform.datasets.ingest.StagedFile;
import io.lucent.platform.datasets.ingest.UploadLimited;
import io.lucent.platform.datasets.ingest.UploadReceiver;
import io.lucent.platform.datasets.query.DatasetSummary;
import io.lucent.platform.datasets.query.MissingReport;
import io.lucent.platform.datasets.query.Preview;
import io.lucent.platform.datasets.sample.SampleDatasets;
import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.ratelimit.RateLimited;
import io.lucent.platform.ratelimit.RateLimitedAction;
import io.lucent.platform.tenancy.CurrentTenant;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.usage.UsageRecorder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Datasets: upload, list, look at, profile, re-type and delete; and the generated sample. */
@Path("/api/v1/datasets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Datasets", description = "Tabular data uploaded from files, stored as immutable Parquet versions and queried with DuckDB")
public final class DatasetsResource {

    /** A page of datasets. */
    public record DatasetList(List<DatasetView> items, int offset, int limit, int total) {
    }

    /** A dataset's columns and types. */
    public record Structure(String id, int version, String contentHash, long rowCount, List<DatasetColumn> columns) {
    }

    /** The upload form, for the OpenAPI description. */
    @Schema(description = "multipart/form-data upload")
    public record UploadForm(
            @Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED, description = "The file") String file,
            @Schema(description = "Dataset name; default: the file name without extension") String name,
            @Schema(description = "Connector id; default: chosen by the file extension") String connector,
            @Schema(description = "Connector settings (parsing options) as a JSON object, e.g. {\"delimiter\":\";\"}") String options,
            @Schema(allowableValues = {"reject", "skip"}, description = "Unreadable rows reject the file, or are skipped and reported")
            String onBadRows) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatasetsResource.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final DatasetService datasets;
    private final DatasetRepository repository;
    private final DatasetImporter importer;
    private final Retyper retyper;
    private final SampleDatasets samples;
    private final UploadReceiver receiver;
    private final DatasetLimits limits;
    private final DatasetsConfig config;
    private final ObjectMapper json;
    private final UsageRecorder usage;

    public DatasetsResource(DatasetService datasets, DatasetRepository repository, DatasetImporter importer, Retyper retyper,
                            SampleDatasets samples, UploadReceiver receiver, DatasetLimits limits, DatasetsConfig config, ObjectMapper json,
                            UsageRecorder usage) {
        this.datasets = datasets;
        this.repository = repository;
        this.importer = importer;
        this.retyper = retyper;
        this.samples = samples;
        this.receiver = receiver;
        this.limits = limits;
        this.config = config;
        this.json = json;
        this.usage = usage;
    }

    @GET
    @Operation(summary = "List datasets", description = "Newest first, paginated, with the total.")
    public DatasetList list(@Context ContainerRequestContext request,
                            @QueryParam("offset") @DefaultValue("0") int offset,
                            @QueryParam("limit") @DefaultValue("50") int limit) {
        DatasetService.Page page = datasets.list(CurrentTenant.of(request), offset, limit);
        return new DatasetList(page.items().stream().map(DatasetView::of).toList(), page.offset(), page.limit(), page.total());
    }

    @POST
    @UploadLimited
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file as a new dataset",
            description = "The connector is chosen by extension (csv, tsv, txt, xlsx, xls, json, ndjson, parquet, pdf, as installed) "
                    + "or named. The upload is streamed to disk. Unreadable rows are reported with line numbers (first 100); with "
                    + "onBadRows=reject (the default unless configured otherwise) any makes the import fail and nothing is kept.",
            requestBody = @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(implementation = UploadForm.class))),
            responses = {
                @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DatasetView.class))),
                @ApiResponse(responseCode = "200", description = "A retry with a known Idempotency-Key: the dataset created then",
                        content = @Content(schema = @Schema(implementation = DatasetView.class))),
                @ApiResponse(responseCode = "400", description = "Malformed upload (a malformed or truncated multipart body, no file "
                        + "or two, a path as file name, a field above 64 KiB, more than 16 parts, bad options)",
                        content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                @ApiResponse(responseCode = "413", description = "File above the size limit", content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                @ApiResponse(responseCode = "415", description = "No connector reads the file type", content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                @ApiResponse(responseCode = "422", description = "Unreadable file or rows, or a row/dataset limit exceeded",
                        content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                @ApiResponse(responseCode = "429", description = "Hourly upload allowance (yours or your organization's) used up; see Retry-After",
                        content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    @RateLimited(RateLimitedAction.UPLOAD)
    public Response create(@Context ContainerRequestContext request,
                           @Parameter(description = "Retries with the same key return the dataset the first request created (200) and do not count against the hourly upload allowance")
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @Parameter(hidden = true) InputStream body) {
        TenantContext tenant = CurrentTenant.requireRole(request, Role.ADMIN, Role.ANALYST);
        Optional<String> key = IdempotencyKeys.parse(idempotencyKey);
        Optional<Response> replay = key.flatMap(k -> replay(tenant, k));
        if (replay.isPresent()) {
            UploadReceiver.skip(body);
            return replay.get();
        }
        limits.requireRoomForOneMore(tenant);
        long receiving = System.nanoTime();
        try (ReceivedUpload upload = receiver.receive(body, contentType, limits.maxFileBytes(tenant))) {
            StagedFile staged = upload.file();
            LOG.info("Received {} ({} bytes) in {} ms", staged.fileName(), staged.sizeBytes(), (System.nanoTime() - receiving) / 1_000_000);
            DatasetImporter.Request importRequest = new DatasetImporter.Request(staged, field(upload, "name"), field(upload, "connector"),
                    options(upload), badRows(upload), key);
            DatasetImporter.Imported imported;
            try {
                imported = importer.importFile(tenant, importRequest);
            } catch (org.jdbi.v3.core.statement.StatementException e) {
                // Another request with the same key won the race: answer as its replay.
                return key.flatMap(k -> replay(tenant, k)).orElseThrow(() -> e);
            }
            usage.record(tenant, UsageRecorder.UPLOAD, imported.dataset().current().rowCount(), staged.sizeBytes(),
                    (System.nanoTime() - receiving) / 1_000_000);
            return Response.status(Response.Status.CREATED).entity(DatasetView.of(imported.dataset(), imported.report())).build();
        }
    }

    @POST
    @Path("/sample")
    @Operation(summary = "Create the sample dataset",
            description = "A generated daily retail sales history (Date, Entity_ID, Entity_Name, Category, Volume, Unit_Price, Revenue) "
                    + "with seasonal, trending, intermittent and dead items, returns (negative volumes) and a few data-quality faults.",
            responses = @ApiResponse(responseCode = "201", description = "Created",
                    content = @Content(schema = @Schema(implementation = DatasetView.class))))
    public Response sample(@Context ContainerRequestContext request,
                           @Parameter(description = "Days of history, 60 to 3660") @QueryParam("days") @DefaultValue("730") int days,
                           @Parameter(description = "Random seed; the same seed gives the same data") @QueryParam("seed") @DefaultValue("42") long seed) {
        TenantContext tenant = CurrentTenant.requireRole(request, Role.ADMIN, Role.ANALYST);
        return Response.status(Response.Status.CREATED).entity(DatasetView.of(samples.create(tenant, days, seed))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dataset", responses = {
            @ApiResponse(responseCode = "200", description = "The dataset", content = @Content(schema = @Schema(implementation = DatasetView.class))),
            @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public DatasetView get(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return DatasetView.of(datasets.get(CurrentTenant.of(request), id));
    }

    @GET
    @Path("/{id}/preview")
    @Operation(summary = "A page of rows", description = "Sort with sort=column (ascending) or sort=-column (descending), repeatable. "
            + "Filter with filter=column:op:value, op one of eq, ne, gt, gte, lt, lte, contains, startswith, isnull, notnull; "
            + "repeatable, all must hold.")
    public Preview preview(@Context ContainerRequestContext request, @PathParam("id") String id,
                           @QueryParam("offset") @DefaultValue("0") long offset,
                           @QueryParam("limit") @DefaultValue("100") int limit,
                           @QueryParam("sort") List<String> sort,
                           @QueryParam("filter") List<String> filter) {
        return datasets.preview(CurrentTenant.of(request), id, offset, limit, sort, filter);
    }

    @GET
    @Path("/{id}/summary")
    @Operation(summary = "Profile of every column",
            description = "count, missing, distinct; min/max/mean/std/sum and quantiles for numbers; range for dates; top values for "
                    + "text and booleans. Cached by the version's content hash.")
    public DatasetSummary summary(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return datasets.summary(CurrentTenant.of(request), id);
    }

    @GET
    @Path("/{id}/structure")
    @Operation(summary = "Columns and types")
    public Structure structure(@Context ContainerRequestContext request, @PathParam("id") String id) {
        StoredDataset dataset = datasets.get(CurrentTenant.of(request), id);
        return new Structure(dataset.id(), dataset.current().version(), dataset.current().contentHash(), dataset.current().rowCount(),
                dataset.columns());
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "Versions of a dataset", description = "Oldest first: the upload, then one per transformation (re-typing), "
            + "each an immutable Parquet file identified by its content hash.")
    public List<DatasetVersion> versions(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return datasets.versions(CurrentTenant.of(request), id);
    }

    @GET
    @Path("/{id}/missing")
    @Operation(summary = "Missing values", description = "Per column, and per day/week/month/year of the first date column.")
    public MissingReport missing(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return datasets.missing(CurrentTenant.of(request), id);
    }

    @PUT
    @Path("/{id}/columns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change column types",
            description = "Makes a new version with the columns cast, e.g. {\"types\": {\"Postal Code\": \"text\"}, "
                    + "\"formats\": {\"Day\": \"%d/%m/%Y\"}, \"invalidToNull\": false}. Values that do not convert fail with 422 "
                    + "and examples unless invalidToNull is true.")
    public DatasetView retype(@Context ContainerRequestContext request, @PathParam("id") String id, Retyper.Request body) {
        TenantContext tenant = CurrentTenant.requireRole(request, Role.ADMIN, Role.ANALYST);
        if (body == null) {
            throw LucentException.invalid("Send {\"types\": {\"column\": \"type\"}}");
        }
        return DatasetView.of(retyper.retype(tenant, id, body));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a dataset", description = "Its versions and everything computed from it go with it: summaries, "
            + "analytics mappings and answers, insights, forecasts (history, results, downloads) and their jobs (queued and running ones "
            + "are cancelled; a forecast finishing afterwards stores nothing).",
            responses = {@ApiResponse(responseCode = "204", description = "Deleted"),
                @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Response delete(@Context ContainerRequestContext request, @PathParam("id") String id) {
        datasets.delete(CurrentTenant.requireRole(request, Role.ADMIN, Role.ANALYST), id);
        return Response.noContent().build();
    }

    private Optional<Response> replay(TenantContext tenant, String key) {
        return repository.datasetForUploadKey(tenant, key).map(id -> Response.ok(DatasetView.of(datasets.get(tenant, id)))
                .header("Idempotent-Replayed", "true").build());
    }

    private static Optional<String> field(ReceivedUpload upload, String name) {
        return upload.field(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    private Map<String, Object> options(ReceivedUpload upload) {
        Optional<String> text = field(upload, "options");
        if (text.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, Object> options = json.readValue(text.get(), MAP);
            return options == null ? Map.of() : options;
        } catch (JsonProcessingException e) {
            throw LucentException.invalid("The form field 'options' must be a JSON object of connector settings: "
                    + e.getOriginalMessage());
        }
    }

    private BadRows badRows(ReceivedUpload upload) {
        Optional<String> value = field(upload, "onBadRows");
        if (value.isEmpty()) {
            return config.getBadRows();
        }
        try {
            return BadRows.valueOf(value.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw LucentException.invalid("onBadRows must be reject or skip, not '" + value.get() + "'");
        }
    }
}
