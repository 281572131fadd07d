package io.lucent.platform.preprocessing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A tenant's named preprocessing recipes. */
public final class RecipeStore {

    /** A saved recipe. */
    public record Recipe(String id, String name, List<Step> steps, String createdAt, String createdBy) {
    }

    private final TenantDatabase database;
    private final ObjectMapper json;

    public RecipeStore(TenantDatabase database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** Saves a recipe; 409 if the tenant already has one with that name. */
    public Recipe save(TenantContext tenant, String name, List<Step> steps, Instant now) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw LucentException.invalid("A recipe needs a name of 1 to 200 characters");
        }
        if (steps == null || steps.isEmpty()) {
            throw LucentException.invalid("A recipe needs at least one step");
        }
        StepList.of(steps);
        if (find(tenant, name.strip()).isPresent()) {
            throw new LucentException(ErrorCode.CONFLICT, "There is already a recipe named '" + name.strip() + "'", Map.of("name", name.strip()));
        }
        String id = UUID.randomUUID().toString();
        String text = write(steps);
        database.inTenant(tenant, handle -> handle.createUpdate("INSERT INTO preprocessing_recipes (id, name, steps_json, created_at, created_by)"
                        + " VALUES (:id, :name, :steps, :now, :by)")
                .bind("id", id).bind("name", name.strip()).bind("steps", text).bind("now", now.toEpochMilli()).bind("by", tenant.userId()).execute());
        return find(tenant, name.strip()).orElseThrow();
    }

    public List<Recipe> list(TenantContext tenant) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT * FROM preprocessing_recipes ORDER BY name")
                .map((rs, ctx) -> recipe(rs.getString("id"), rs.getString("name"), rs.getString("steps_json"), rs.getLong("created_at"),
                        rs.getString("created_by"))).list());
    }

    /** A recipe by id or name; 404 otherwise. */
    public Recipe get(TenantContext tenant, String idOrName) {
        return list(tenant).stream().filter(r -> r.id().equals(idOrName) || r.name().equals(idOrName)).findFirst()
                .orElseThrow(() -> LucentException.notFound("Recipe", idOrName));
    }

    private Optional<Recipe> find(TenantContext tenant, String name) {
        return list(tenant).stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private Recipe recipe(String id, String name, String steps, long createdAt, String createdBy) {
        try {
            return new Recipe(id, name, json.readValue(steps, new TypeReference<List<Step>>() { }), Instant.ofEpochMilli(createdAt).toString(),
                    createdBy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored recipe could not be read", e);
        }
    }

    private String write(List<Step> steps) {
        try {
            return json.writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
