package io.lucent.platform.tenancy;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.util.Map;

/** The forecast limits of a tenant's plan (horizon, entities per batch), checked before anything is queued: 422. */
public final class ForecastLimits {

    private final TenantLimits limits;

    public ForecastLimits(TenantLimits limits) {
        this.limits = limits;
    }

    /** Fails with 422 if {@code horizon} periods are more than the tenant's {@code maxHorizon}; a missing horizon passes. */
    public void requireHorizonWithin(TenantContext tenant, Integer horizon) {
        if (horizon == null) {
            return;
        }
        int max = limits.of(tenant).maxHorizon();
        if (horizon > max) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "A horizon of " + horizon + " periods is above your limit of " + max
                    + " (maxHorizon)", Map.of("limit", "maxHorizon", "maxHorizon", max, "horizon", horizon));
        }
    }

    /** Fails with 422 if a batch of {@code entities} is larger than the tenant's {@code maxEntitiesPerBatch}. */
    public void requireBatchWithin(TenantContext tenant, int entities) {
        int max = limits.of(tenant).maxEntitiesPerBatch();
        if (entities > max) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "A batch of " + entities + " entities is above your limit of " + max
                    + " entities per batch (maxEntitiesPerBatch); forecast them in several batches",
                    Map.of("limit", "maxEntitiesPerBatch", "maxEntitiesPerBatch", max, "entities", entities));
        }
    }
}
