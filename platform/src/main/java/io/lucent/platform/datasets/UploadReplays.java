package io.lucent.platform.datasets;

import io.lucent.platform.errors.LucentException;
import io.lucent.platform.ratelimit.IdempotentReplays;
import io.lucent.platform.tenancy.TenantContext;

/** An upload repeats an earlier one when the tenant already created a dataset with its Idempotency-Key. */
final class UploadReplays implements IdempotentReplays {

    private final DatasetRepository repository;

    UploadReplays(DatasetRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean isReplay(TenantContext tenant, String key) {
        try {
            return IdempotencyKeys.parse(key).flatMap(k -> repository.datasetForUploadKey(tenant, k)).isPresent();
        } catch (LucentException malformed) {
            return false;
        }
    }
}
