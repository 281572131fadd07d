package io.lucent.platform.plugins;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.api.PluginApiVersion;
import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.CurrentTenant;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The plugins and their extensions; a tenant's saved settings per extension. */
@Path("/api/v1/plugins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins", description = "Installed plugins, their extensions and settings")
public final class PluginResource {

    /** The answer of {@code GET /api/v1/plugins}. */
    public record PluginList(String apiVersion, List<PluginStatus> plugins) {
    }

    /** A tenant's settings for one extension; secrets masked. */
    public record ExtensionSettings(String kind, String extensionId, Map<String, Object> settings, Map<String, Object> schema) {
    }

    private final PluginRegistry registry;
    private final ExtensionSettingsStore settingsStore;

    public PluginResource(PluginRegistry registry, ExtensionSettingsStore settingsStore) {
        this.registry = registry;
        this.settingsStore = settingsStore;
    }

    @GET
    @Operation(summary = "List plugins", description = "Every plugin found, with its state, failure reason and extensions.")
    public PluginList list() {
        return new PluginList(PluginApiVersion.current(), registry.plugins());
    }

    @GET
    @Path("/{pluginId}")
    @Operation(summary = "One plugin", responses = {
            @ApiResponse(responseCode = "200", description = "The plugin"),
            @ApiResponse(responseCode = "404", description = "No such plugin",
                    content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public PluginStatus get(@PathParam("pluginId") String pluginId) {
        return registry.plugin(pluginId).orElseThrow(() -> LucentException.notFound("Plugin", pluginId));
    }

    @GET
    @Path("/extensions/{kind}/{extensionId}/settings")
    @Operation(summary = "A tenant's saved settings for an extension", description = "Secrets are masked as ********.")
    public ExtensionSettings settings(@Context ContainerRequestContext request, @PathParam("kind") String kind,
                                      @PathParam("extensionId") String extensionId) {
        TenantContext tenant = CurrentTenant.of(request);
        ExtensionKind extensionKind = kind(kind);
        LucentExtension extension = registry.require(extensionKind, extensionId, LucentExtension.class);
        return new ExtensionSettings(extensionKind.wireName(), extensionId, settingsStore.masked(tenant, extensionKind, extension),
                SettingsJsonSchema.of(extension.settingsSchema()));
    }

    @PUT
    @Path("/extensions/{kind}/{extensionId}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a tenant's settings for an extension",
            description = "Validated against the extension's settings schema. Admins only. Send a secret as ******** to keep the saved one.")
    public ExtensionSettings saveSettings(@Context ContainerRequestContext request, @PathParam("kind") String kind,
                                          @PathParam("extensionId") String extensionId, Map<String, Object> body) {
        TenantContext tenant = CurrentTenant.requireRole(request, Role.ADMIN);
        ExtensionKind extensionKind = kind(kind);
        LucentExtension extension = registry.require(extensionKind, extensionId, LucentExtension.class);
        settingsStore.save(tenant, extensionKind, extension, body == null ? Map.of() : body);
        return settings(request, kind, extensionId);
    }

    private static ExtensionKind kind(String wireName) {
        return Arrays.stream(ExtensionKind.values()).filter(k -> k.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> LucentException.invalid("Unknown extension kind '" + wireName + "'; use one of "
                        + Arrays.stream(ExtensionKind.values()).map(ExtensionKind::wireName).toList()));
    }
}
