package io.lucent.platform.analytics;

import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.CurrentTenant;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Retail analytics over a sales dataset. Every answer carries {@code inputs}: the data range, the rows used and
 * the rows left out with the reason, so each number can be audited. Results are cached per data version.
 */
@Path("/api/v1/analytics/{datasetId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics", description = "Retail metrics over a sales dataset: best sellers, ABC contribution, seasonality, "
        + "inventory velocity, dead stock, profitability, trends")
@ApiResponse(responseCode = "404", description = "No such dataset", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "422", description = "The dataset cannot answer this (columns not mapped, no valid sale in the range)",
        content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "400", description = "Malformed parameters", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
public final class AnalyticsResource {

    private final AnalyticsService service;

    public AnalyticsResource(AnalyticsService service) {
        this.service = service;
    }

    @GET
    @Path("/mapping")
    @Operation(summary = "The dataset's column mapping", description = "The mapping in effect (saved, else recognised from the column names: "
            + "Superstore, UCI Online Retail and plain layouts), the detected one and what keeps it from working.")
    public AnalyticsService.MappingView mapping(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId) {
        return service.mapping(CurrentTenant.of(request), datasetId);
    }

    @PUT
    @Path("/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a column mapping", description = "Overrides the detected mapping for this dataset. Every named column must exist; "
            + "date, productId and revenue (or quantity and unitPrice) are required. Admins and analysts.")
    public AnalyticsService.MappingView saveMapping(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                                    SalesMapping mapping) {
        if (mapping == null) {
            throw LucentException.invalid("Send the mapping as a JSON object");
        }
        return service.saveMapping(CurrentTenant.requireRole(request, Role.ADMIN, Role.ANALYST), datasetId, mapping);
    }

    @DELETE
    @Path("/mapping")
    @Operation(summary = "Forget the saved mapping", description = "The detected mapping applies again. Admins and analysts.")
    public AnalyticsService.MappingView resetMapping(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId) {
        return service.resetMapping(CurrentTenant.requireRole(request, Role.ADMIN, Role.ANALYST), datasetId);
    }

    @GET
    @Path("/inventory-mapping")
    @Operation(summary = "The column mapping of an inventory dataset", description = "For an inventory dataset (the one passed as "
            + "inventoryDatasetId to inventory-velocity, dead-stock and insight generation): the mapping in effect (saved, else recognised "
            + "from the column names: sku/product id, stock on hand, unit cost, as-of date), the detected one and what keeps it from working.")
    public AnalyticsService.InventoryMappingView inventoryMapping(@Context ContainerRequestContext request,
                                                                  @Parameter(description = "The inventory dataset") @PathParam("datasetId") String datasetId) {
        return service.inventoryMapping(CurrentTenant.of(request), datasetId);
    }

    @PUT
    @Path("/inventory-mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save an inventory column mapping", description = "Overrides the detected mapping of this inventory dataset. Every "
            + "named column must exist; productId and stockOnHand are required. Results computed with the inventory are recomputed. "
            + "Admins and analysts.")
    public AnalyticsService.InventoryMappingView saveInventoryMapping(@Context ContainerRequestContext request,
                                                                      @Parameter(description = "The inventory dataset") @PathParam("datasetId") String datasetId,
                                                                      InventoryMapping mapping) {
        if (mapping == null) {
            throw LucentException.invalid("Send the inventory mapping as a JSON object");
        }
        return service.saveInventoryMapping(CurrentTenant.requireRole(request, Role.ADMIN, Role.ANALYST), datasetId, mapping);
    }

    @DELETE
    @Path("/inventory-mapping")
    @Operation(summary = "Forget the saved inventory mapping", description = "The detected mapping applies again. Admins and analysts.")
    public AnalyticsService.InventoryMappingView resetInventoryMapping(@Context ContainerRequestContext request,
                                                                       @Parameter(description = "The inventory dataset") @PathParam("datasetId") String datasetId) {
        return service.resetInventoryMapping(CurrentTenant.requireRole(request, Role.ADMIN, Role.ANALYST), datasetId);
    }

    @GET
    @Path("/best-sellers")
    @Operation(summary = "Best sellers", description = "The top products by units or by revenue, with rank and share of the total.")
    @ApiResponse(responseCode = "200", description = "The answer, with its inputs", content = @Content(schema = @Schema(implementation = BestSellers.Result.class)))
    public Response bestSellers(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                          @BeanParam WindowParams params,
                                          @Parameter(description = "Rank by quantity (units) or revenue", schema = @Schema(allowableValues = {"quantity", "revenue"}))
                                          @QueryParam("by") @DefaultValue("revenue") String by) {
        BestSellers.Measure measure = switch (by.toLowerCase(Locale.ROOT)) {
            case "quantity", "units" -> BestSellers.Measure.QUANTITY;
            case "revenue" -> BestSellers.Measure.REVENUE;
            default -> throw LucentException.invalid("by must be quantity or revenue, not '" + by + "'");
        };
        Window window = params.window();
        return json(service.cachedJson(tenant(request), datasetId, window, params.groupBy(), null, "best-sellers", measure.name(), BestSellers.Result.class,
                (frame, inventory) -> new BestSellers().compute(frame, measure, window.limit())));
    }

    @GET
    @Path("/revenue-contribution")
    @Operation(summary = "Revenue contribution and ABC classes", description = "Revenue share per product and category; products ranked by "
            + "revenue are class A until 80% of revenue, B until 95%, C after.")
    @ApiResponse(responseCode = "200", description = "The answer, with its inputs", content = @Content(schema = @Schema(implementation = RevenueContribution.Result.class)))
    public Response revenueContribution(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                                          @BeanParam WindowParams params) {
        Window window = params.window();
        return json(service.cachedJson(tenant(request), datasetId, window, params.groupBy(), null, "revenue-contribution", "", RevenueContribution.Result.class,
                (frame, inventory) -> new RevenueContribution().compute(frame, window.limit())));
    }

    @GET
    @Path("/seasonality")
    @Operation(summary = "Seasonality", description = "Monthly profile, peak months and seasonal strength of the total, each category and the "
            + "top products; seasonal when a Kruskal-Wallis test of the detrended calendar months gives p < 0.05 (needs 24 complete months). "
            + "Also revenue by quarter and weekday.")
    @ApiResponse(responseCode = "200", description = "The answer, with its inputs", content = @Content(schema = @Schema(implementation = Seasonality.Result.class)))
    public Response seasonality(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                          @BeanParam WindowParams params) {
        Window window = params.window();
        return json(service.cachedJson(tenant(request), datasetId, window, params.groupBy(), null, "seasonality", "", Seasonality.Result.class,
                (frame, inventory) -> new Seasonality().compute(frame, window.limit())));
    }

    @GET
    @Path("/inventory-velocity")
    @Operation(summary = "Inventory velocity", description = "Units per day, sell-through, days of cover and turnover per product; needs an "
            + "inventory dataset (product id, stock on hand, optional unit cost and as-of date).")
    @ApiResponse(responseCode = "200", description = "The answer, with its inputs", content = @Content(schema = @Schema(implementation = InventoryVelocity.Result.class)))
    public Response inventoryVelocity(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                                      @BeanParam WindowParams params,
                                                      @Parameter(description = "The inventory dataset (required)", required = true)
                                                      @QueryParam("inventoryDatasetId") String inventoryDatasetId) {
        if (inventoryDatasetId == null || inventoryDatasetId.isBlank()) {
            throw LucentException.invalid("inventoryDatasetId is required: velocity needs stock on hand");
        }
        Window window = params.window();
        return json(service.cachedJson(tenant(request), datasetId, window, params.groupBy(), inventoryDatasetId, "inventory-velocity", "",
                InventoryVelocity.Result.class, (frame, inventory) -> new InventoryVelocity().compute(frame, inventory, window.limit())));
    }

    @GET
    @Path("/dead-stock")
    @Operation(summary = "Dead stock", description = "Products whose last sale is more than `days` days before the last sale in the range; "
            + "with an inventory dataset, products without stock are left out, unsold products in stock added, and stock value given.")
    @ApiResponse(responseCode = "200", description = "The answer, with its inputs", content = @Content(schema = @Schema(implementation = DeadStock.Result.class)))
    public Response deadStock(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                      @BeanParam WindowParams params,
                                      @Parameter(description = "Days without a sale (1 to 3650)") @QueryParam("days") @DefaultValue("90") int days,
                                      @Parameter(description = "An inventory dataset, optional") @QueryParam("inventoryDatasetId") String inventoryDatasetId) {
        if (days < 1 || days > 3650) {
            throw LucentException.invalid("days must be between 1 and 3650");
        }
        Window window = params.window();
        String inventoryId = inventoryDatasetId == null || inventoryDatasetId.isBlank() ? null : inventoryDatasetId;
        return json(service.cachedJson(tenant(request), datasetId, window, params.groupBy(), inventoryId, "dead-stock", Integer.toString(days),
                DeadStock.Result.class, (frame, inventory) -> new DeadStock().compute(frame, inventory, days, window.limit())));
    }

    @GET
    @Path("/profitability")
    @Operation(summary = "Profitability", description = "Profit and margin % per category and product, ranked by profit, with the loss-makers; "
            + "needs a profit or unit cost column.")
    @ApiResponse(responseCode = "200", description = "The answer, with its inputs", content = @Content(schema = @Schema(implementation = Profitability.Result.class)))
    public Response profitability(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                              @BeanParam WindowParams params) {
        Window window = params.window();
        return json(service.cachedJson(tenant(request), datasetId, window, params.groupBy(), null, "profitability", "", Profitability.Result.class,
                (frame, inventory) -> new Profitability().compute(frame, window.limit())));
    }

    @GET
    @Path("/trends")
    @Operation(summary = "Trends", description = "Revenue per month and year; month-over-month and year-over-year change of the last month, "
            + "and trend direction with Mann-Kendall significance (complete months), for the total, each category and the top products.")
    @ApiResponse(responseCode = "200", description = "The answer, with its inputs", content = @Content(schema = @Schema(implementation = Trends.Result.class)))
    public Response trends(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId, @BeanParam WindowParams params) {
        Window window = params.window();
        return json(service.cachedJson(tenant(request), datasetId, window, params.groupBy(), null, "trends", "", Trends.Result.class,
                (frame, inventory) -> new Trends().compute(frame, window.limit())));
    }

    /** An answer already serialised as JSON. */
    private static Response json(byte[] body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static TenantContext tenant(ContainerRequestContext request) {
        return CurrentTenant.of(request);
    }
}
