package io.lucent.platform.preprocessing;

import io.lucent.platform.audit.AuditedRead;
import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.runs.ForecastRunRequest;
import io.lucent.platform.forecasting.runs.ForecastService;
import io.lucent.platform.forecasting.series.ColumnMapping;
import io.lucent.platform.forecasting.series.EntitySeries;
import io.lucent.platform.forecasting.series.SeriesSet;
import io.lucent.platform.http.UserValueParameter;
import io.lucent.platform.tenancy.CurrentTenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A dataset's time-series view for preprocessing: its entities with statistics, and one entity's data. */
@Path("/api/v1/preprocessing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Preprocessing", description = "The entities of a dataset as regular time series, with statistics; previews of cleaning steps")
public final class PreprocessingResource {

    private final ForecastService forecasts;
    private final PreprocessingService preprocessing;
    private final RecipeStore recipes;
    private final java.time.Clock clock;
    private final io.lucent.platform.plugins.PluginRegistry registry;
    private final io.lucent.platform.plugins.PluginContexts contexts;

    public PreprocessingResource(ForecastService forecasts, PreprocessingService preprocessing, RecipeStore recipes, java.time.Clock clock,
                                 io.lucent.platform.plugins.PluginRegistry registry, io.lucent.platform.plugins.PluginContexts contexts) {
        this.forecasts = forecasts;
        this.preprocessing = preprocessing;
        this.recipes = recipes;
        this.clock = clock;
        this.registry = registry;
        this.contexts = contexts;
    }

    @GET
    @AuditedRead
    @Path("/{datasetId}/download")
    @Produces("text/csv")
    @Operation(summary = "The dataset's current version as entity series, CSV", description = "Columns date, entity_id, entity_name, value; one "
            + "row per entity and period of the (detected or given) frequency, missing values empty. The dataset's columns are chosen as for "
            + "/entities (date, entityId, entityName, value; default Date, Entity_ID, Entity_Name and Volume). Written by the CSV exporter plugin.")
    public jakarta.ws.rs.core.Response download(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                                @QueryParam("date") String date, @QueryParam("entityId") String entityId,
                                                @QueryParam("entityName") String entityName, @QueryParam("value") String value,
                                                @QueryParam("frequency") String frequency) {
        var tenant = CurrentTenant.of(request);
        SeriesSet series = view(request, datasetId, date, entityId, entityName, value, frequency);
        var table = io.lucent.plugin.api.data.ColumnBatch.builder(io.lucent.plugin.api.data.TableSchema.of(
                new io.lucent.plugin.api.data.Column("date", io.lucent.plugin.api.data.ColumnType.TEXT),
                new io.lucent.plugin.api.data.Column("entity_id", io.lucent.plugin.api.data.ColumnType.TEXT),
                new io.lucent.plugin.api.data.Column("entity_name", io.lucent.plugin.api.data.ColumnType.TEXT),
                new io.lucent.plugin.api.data.Column("value", io.lucent.plugin.api.data.ColumnType.DECIMAL)));
        for (EntitySeries entity : series.entities().values()) {
            double[] values = entity.values();
            for (int i = 0; i < values.length; i++) {
                table.addRow(entity.periods().get(i).toLocalDate().toString(), entity.id(), entity.name(), Double.isNaN(values[i]) ? null : values[i]);
            }
        }
        var exporter = registry.extensions(io.lucent.plugin.api.ExtensionKind.EXPORTER, io.lucent.plugin.api.export.Exporter.class).stream()
                .filter(e -> e.fileExtension().equals("csv")).findFirst()
                .orElseThrow(() -> new LucentException(io.lucent.platform.errors.ErrorCode.PLUGIN_UNAVAILABLE, "No CSV exporter is installed"));
        var document = new io.lucent.plugin.api.export.ReportDocument("Dataset " + datasetId, clock.instant(),
                List.of(new io.lucent.plugin.api.export.ReportBlock.Table("", table.build())));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            exporter.export(document, out, contexts.forCall(tenant, exporter, java.util.Map.of()));
        } catch (java.io.IOException e) {
            throw new LucentException(io.lucent.platform.errors.ErrorCode.INTERNAL_ERROR, "Writing the CSV failed: " + e.getMessage());
        }
        return jakarta.ws.rs.core.Response.ok(out.toByteArray(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"dataset-" + datasetId + ".csv\"").build();
    }

    /** A recipe to save: a name and its steps. */
    public record RecipeRequest(String name, List<Step> steps) {
    }

    /** Applying a saved recipe: the view's columns and frequency, and the entities to change (null or empty: all). */
    public record RecipeApplyRequest(ColumnMapping columns, String frequency, List<String> entities) {
    }

    @POST
    @Path("/recipes")
    @Consumes(MediaType.APPLICATION_JSON)
    @io.lucent.platform.tenancy.Allowed({io.lucent.platform.tenancy.Role.ADMIN, io.lucent.platform.tenancy.Role.ANALYST})
    @Operation(summary = "Save a named recipe (ordered steps)", responses = {@ApiResponse(responseCode = "200", description = "The recipe"),
            @ApiResponse(responseCode = "409", description = "The name is taken", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public RecipeStore.Recipe saveRecipe(@Context ContainerRequestContext request, RecipeRequest body) {
        if (body == null) {
            throw LucentException.invalid("A body with 'name' and 'steps' is required");
        }
        return recipes.save(CurrentTenant.of(request), body.name(), body.steps(), clock.instant());
    }

    @GET
    @Path("/recipes")
    @Operation(summary = "The tenant's recipes by name")
    public List<RecipeStore.Recipe> listRecipes(@Context ContainerRequestContext request) {
        return recipes.list(CurrentTenant.of(request));
    }

    @POST
    @Path("/{datasetId}/recipes/{recipe}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @io.lucent.platform.tenancy.Allowed({io.lucent.platform.tenancy.Role.ADMIN, io.lucent.platform.tenancy.Role.ANALYST})
    @Operation(summary = "Apply a saved recipe (by id or name) as a new dataset version", description = "To every entity, or only to "
            + "those listed in 'entities' (the others keep their values). Aggregation applies to every entity only."
            + UserValueParameter.PATH_FORM_NOTE + " Query form: POST /api/v1/preprocessing/{datasetId}/recipe/apply?recipe=...",
            responses = {@ApiResponse(responseCode = "200", description = "The new version"),
                    @ApiResponse(responseCode = "400", description = "A step does not fit the data",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "404", description = "No such dataset, recipe or entity",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Applied applyRecipe(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId, @PathParam("recipe") String recipe,
                               RecipeApplyRequest body) {
        return applySavedRecipe(request, datasetId, recipe, body);
    }

    @POST
    @Path("/{datasetId}/recipe/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @io.lucent.platform.tenancy.Allowed({io.lucent.platform.tenancy.Role.ADMIN, io.lucent.platform.tenancy.Role.ANALYST})
    @Operation(summary = "Apply a saved recipe (id or name as ?recipe=) as a new dataset version", description = "As POST "
            + "/api/v1/preprocessing/{datasetId}/recipes/{recipe}/apply." + UserValueParameter.QUERY_FORM_NOTE,
            responses = {@ApiResponse(responseCode = "200", description = "The new version"),
                    @ApiResponse(responseCode = "400", description = "'recipe' missing or blank, or a step does not fit the data",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "404", description = "No such dataset, recipe or entity",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Applied applyRecipeByQuery(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                      @Parameter(description = "The recipe's id or name, any characters (\"/\", \"%\" and \"\\\" "
                                              + "included), percent-encoded", required = true) @QueryParam("recipe") String recipe,
                                      RecipeApplyRequest body) {
        return applySavedRecipe(request, datasetId, UserValueParameter.required("recipe", recipe), body);
    }

    private Applied applySavedRecipe(ContainerRequestContext request, String datasetId, String recipe, RecipeApplyRequest body) {
        var tenant = CurrentTenant.of(request);
        RecipeStore.Recipe saved = recipes.get(tenant, recipe);
        return Applied.of(preprocessing.apply(tenant, datasetId, saved.steps(), body == null ? null : body.columns(),
                body == null ? null : body.frequency(), body == null ? null : body.entities()));
    }

    /** An apply request: the steps, the view's columns and frequency, and the entities to change (null or empty: all). */
    public record ApplyRequest(List<Step> steps, ColumnMapping columns, String frequency, List<String> entities) {
    }

    /** The dataset after a new version was written. */
    public record Applied(String datasetId, int version, long rows, List<String> columns) {
        static Applied of(io.lucent.platform.datasets.StoredDataset dataset) {
            return new Applied(dataset.id(), dataset.current().version(), dataset.current().rowCount(),
                    dataset.columns().stream().map(io.lucent.platform.datasets.DatasetColumn::name).toList());
        }
    }

    @POST
    @Path("/{datasetId}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @io.lucent.platform.tenancy.Allowed({io.lucent.platform.tenancy.Role.ADMIN, io.lucent.platform.tenancy.Role.ANALYST})
    @Operation(summary = "Apply steps to some or all entities as a new dataset version", description = "The steps as for /preview, applied "
            + "to the entities in 'entities' (null or empty: all; the others keep their values; aggregation only to all). Every entity is "
            + "processed before anything is written. The new version has the view's columns (date, entity id, entity name, value), one "
            + "row per entity and period; earlier versions stay.",
            responses = {@ApiResponse(responseCode = "200", description = "The new version"),
                    @ApiResponse(responseCode = "400", description = "An invalid step", content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "404", description = "No such dataset or entity",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Applied apply(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId, ApplyRequest body) {
        if (body == null) {
            throw LucentException.invalid("A body with 'steps' is required");
        }
        return Applied.of(preprocessing.apply(CurrentTenant.of(request), datasetId, body.steps(), body.columns(), body.frequency(),
                body.entities()));
    }

    @POST
    @Path("/{datasetId}/reset")
    @io.lucent.platform.tenancy.Allowed({io.lucent.platform.tenancy.Role.ADMIN, io.lucent.platform.tenancy.Role.ANALYST})
    @Operation(summary = "Make the original upload current again (as a new version)")
    public Applied reset(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId) {
        return Applied.of(preprocessing.reset(CurrentTenant.of(request), datasetId));
    }

    /** A page of entities with the view's frequency and columns. */
    public record Entities(String frequency, boolean frequencyDetected, ColumnMapping.Resolved columns, List<EntityStatistics> items, int offset,
                           int limit, int total) {
    }

    private static final String SPACING_DOC = "How far apart the periods are, in hours, days or months (e.g. \"1 day\", \"7 days\", "
            + "\"3 months\"); says what frequency 'other' is, e.g. \"2 months\" after aggregation to periods of 2 months";

    /** One entity: its frequency and the spacing of its periods, statistics and data. */
    public record EntityData(String frequency, @Schema(description = SPACING_DOC, example = "2 months") String spacing,
                             EntityStatistics statistics, List<String> periods, List<Double> values) {
    }

    @GET
    @Path("/{datasetId}/entities")
    @Operation(summary = "The dataset's entities with statistics", description = "Columns default to Date, Entity_ID, Entity_Name and Volume "
            + "(case-insensitive; 400 listing the columns otherwise); the frequency is detected unless given. Per entity: periods, "
            + "observations, missing, mean, std, min, max, IQR outliers, date range, seasonality strength.",
            responses = {@ApiResponse(responseCode = "200", description = "The entities"),
                    @ApiResponse(responseCode = "400", description = "A column is missing", content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Entities entities(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                             @QueryParam("date") String date, @QueryParam("entityId") String entityId, @QueryParam("entityName") String entityName,
                             @QueryParam("value") String value, @QueryParam("frequency") String frequency,
                             @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw LucentException.invalid("offset must be at least 0 and limit between 1 and 1000");
        }
        SeriesSet series = view(request, datasetId, date, entityId, entityName, value, frequency);
        List<EntitySeries> all = new ArrayList<>(series.entities().values());
        List<EntityStatistics> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)).stream()
                .map(EntityStatistics::of).toList();
        return new Entities(series.frequency().name().toLowerCase(Locale.ROOT), series.frequencyDetected(), series.columns(), page, offset, limit,
                all.size());
    }

    @GET
    @Path("/{datasetId}/entities/{entity}")
    @Operation(summary = "One entity's statistics and data on its regular calendar (missing periods are null)", description = "The entity "
            + "id in the path; columns and frequency as for /entities." + UserValueParameter.PATH_FORM_NOTE
            + " Query form: GET /api/v1/preprocessing/{datasetId}/entity?entity=...",
            responses = {@ApiResponse(responseCode = "200", description = "The entity"),
                    @ApiResponse(responseCode = "400", description = "A column is missing",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "404", description = "No such dataset or entity",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public EntityData entity(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId, @PathParam("entity") String entity,
                             @QueryParam("date") String date, @QueryParam("entityId") String entityId, @QueryParam("entityName") String entityName,
                             @QueryParam("value") String value, @QueryParam("frequency") String frequency) {
        return entityData(request, datasetId, entity, new ColumnMapping(date, entityId, entityName, value), frequency);
    }

    @GET
    @Path("/{datasetId}/entity")
    @Operation(summary = "One entity's statistics and data (entity id as ?entity=)", description = "As GET "
            + "/api/v1/preprocessing/{datasetId}/entities/{entity}; 'entity' is the entity's id, 'entityId' the name of the column holding "
            + "the ids (as for /entities)." + UserValueParameter.QUERY_FORM_NOTE,
            responses = {@ApiResponse(responseCode = "200", description = "The entity"),
                    @ApiResponse(responseCode = "400", description = "'entity' missing or blank, or a column is missing",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "404", description = "No such dataset or entity",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public EntityData entityByQuery(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                    @Parameter(description = UserValueParameter.ENTITY_DOC, required = true) @QueryParam("entity") String entity,
                                    @QueryParam("date") String date, @QueryParam("entityId") String entityId,
                                    @QueryParam("entityName") String entityName, @QueryParam("value") String value,
                                    @QueryParam("frequency") String frequency) {
        return entityData(request, datasetId, UserValueParameter.required("entity", entity), new ColumnMapping(date, entityId, entityName, value),
                frequency);
    }

    private EntityData entityData(ContainerRequestContext request, String datasetId, String entity, ColumnMapping columns, String frequency) {
        SeriesSet series = view(request, datasetId, columns, frequency);
        EntitySeries one = series.entity(entity);
        List<Double> values = new ArrayList<>();
        for (double v : one.values()) {
            values.add(Double.isNaN(v) ? null : v);
        }
        return new EntityData(series.frequency().name().toLowerCase(Locale.ROOT), one.spacing().describe(), EntityStatistics.of(one),
                one.periods().stream().map(Object::toString).toList(), values);
    }

    /** A preview request: the entity, the steps in order, and the view's columns and frequency. */
    public record PreviewRequest(String entity, List<Step> steps, ColumnMapping columns, String frequency) {
    }

    /** One series for display: its frequency, the spacing of its periods, periods and values (null = missing). */
    public record Series(String frequency, @Schema(description = SPACING_DOC, example = "2 months") String spacing, List<String> periods,
                         List<Double> values) {
        static Series of(EntitySeries series) {
            List<Double> values = new ArrayList<>();
            for (double v : series.values()) {
                values.add(Double.isNaN(v) ? null : v);
            }
            return new Series(series.frequency().name().toLowerCase(Locale.ROOT), series.spacing().describe(),
                    series.periods().stream().map(Object::toString).toList(), values);
        }
    }

    /** What one step did: how many values it changed and which positions it flagged. */
    public record StepReport(String step, int changed, List<Integer> flagged) {
    }

    /** A preview: the entity before and after the steps, with per-step reports. Nothing is stored. */
    @Schema(name = "PreprocessingPreview")
    public record Preview(String entityId, Series before, Series after, List<StepReport> steps, EntityStatistics statistics) {
        static Preview of(PreprocessingService.EntityPreview preview) {
            return new Preview(preview.before().id(), Series.of(preview.before()), Series.of(preview.after()), preview.steps().stream()
                    .map(o -> new StepReport(o.step(), o.changed(), o.flagged())).toList(), EntityStatistics.of(preview.after()));
        }
    }

    private static final String STEPS_DOC = "Steps in order: duplicates (keep first, last, sum, mean or drop: how rows of one entity on one "
            + "date combine; only as the first step), missing (method linear, spline, previous, next, mean, seasonal), outliers (detect iqr "
            + "with k or zscore with threshold; action remove, cap, interpolate, flag), replace (operator lt/le/gt/ge/eq/ne/missing, value, "
            + "replacement), aggregate (frequency weekly/monthly/quarterly/yearly, or custom periods: every N unit days/weeks/months from "
            + "anchor date; how sum/mean/last). Days and weeks count from the anchor (default the first period). Months (every 1 to 120) "
            + "start on the first day of the anchor's month and every N months before and after it (default: January of the first "
            + "year); a period is labelled by its first day and a week goes to the period of its first day; data already in months must "
            + "fit whole (e.g. quarterly data into 6 or 12 months). Periods of 3 months read back as quarterly, 12 as yearly, other "
            + "lengths as frequency other with seasonal period 12/N when N divides 12 (2 months: 6, 4: 3, 6: 2).";

    @POST
    @Path("/{datasetId}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview preprocessing steps on one entity (nothing stored)", description = STEPS_DOC,
            responses = {@ApiResponse(responseCode = "200", description = "Before and after"),
                    @ApiResponse(responseCode = "400", description = "An invalid step", content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "404", description = "No such dataset or entity",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Preview preview(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId, PreviewRequest body) {
        if (body == null || body.entity() == null || body.steps() == null || body.steps().isEmpty()) {
            throw LucentException.invalid("A preview needs 'entity' and at least one step in 'steps'");
        }
        return Preview.of(preprocessing.preview(CurrentTenant.of(request), datasetId, List.of(body.entity()), body.steps(), body.columns(),
                body.frequency()).get(0));
    }

    /** A preview of several entities: their ids, the steps in order, and the view's columns and frequency. */
    public record PreviewsRequest(List<String> entities, List<Step> steps, ColumnMapping columns, String frequency) {
    }

    @POST
    @Path("/{datasetId}/previews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview preprocessing steps on chosen entities (nothing stored)", description = "As /preview for each entity of "
            + "'entities' (1 to 1000 ids), in the order given. " + STEPS_DOC,
            responses = {@ApiResponse(responseCode = "200", description = "Before and after, per entity"),
                    @ApiResponse(responseCode = "400", description = "An invalid step or no entity",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "404", description = "No such dataset or entity",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public List<Preview> previews(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId, PreviewsRequest body) {
        if (body == null || body.entities() == null || body.entities().isEmpty()) {
            throw LucentException.invalid("Previews need at least one entity in 'entities' and at least one step in 'steps'");
        }
        return preprocessing.preview(CurrentTenant.of(request), datasetId, body.entities(), body.steps(), body.columns(), body.frequency())
                .stream().map(Preview::of).toList();
    }

    private SeriesSet view(ContainerRequestContext request, String datasetId, String date, String entityId, String entityName, String value,
                           String frequency) {
        return view(request, datasetId, new ColumnMapping(date, entityId, entityName, value), frequency);
    }

    private SeriesSet view(ContainerRequestContext request, String datasetId, ColumnMapping columns, String frequency) {
        ForecastRunRequest asRequest = new ForecastRunRequest(datasetId, null, null, 1, null, null, null, columns, frequency, null);
        return forecasts.series(CurrentTenant.of(request), asRequest);
    }
}
