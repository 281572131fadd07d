package io.lucent.platform.datasets;

import io.lucent.platform.config.DatasetsConfig;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantDirectory;
import java.util.Map;

/** The limits that apply to a tenant (by its plan), and the cheap checks made before any expensive work. */
public final class DatasetLimits {

    private final DatasetsConfig config;
    private final TenantDirectory tenants;
    private final DatasetRepository repository;

    public DatasetLimits(DatasetsConfig config, TenantDirectory tenants, DatasetRepository repository) {
        this.config = config;
        this.tenants = tenants;
        this.repository = repository;
    }

    /** The tenant's limits. */
    public DatasetsConfig.LimitsConfig of(TenantContext tenant) {
        return config.limitsFor(tenants.find(tenant.tenantId()).map(TenantDirectory.Tenant::plan).orElse(null));
    }

    /** Fails with 422 if the tenant already has as many datasets as allowed. */
    public void requireRoomForOneMore(TenantContext tenant) {
        int max = of(tenant).getMaxDatasets();
        if (repository.count(tenant) >= max) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "You already have the maximum of " + max
                    + " datasets (maxDatasets); delete one first", Map.of("limit", "maxDatasets", "maxDatasets", max));
        }
    }

    /** Fails with 413 if a declared upload size is above the file size limit (plus room for the form's other fields). */
    public void requireDeclaredSizeWithin(TenantContext tenant, long declaredBytes) {
        long max = of(tenant).getMaxFileBytes();
        if (declaredBytes > max + FORM_OVERHEAD) {
            throw io.lucent.platform.datasets.ingest.UploadReceiver.tooLarge(max);
        }
    }

    /** Bytes allowed for multipart boundaries and small form fields on top of the file itself. */
    static final long FORM_OVERHEAD = 64 * 1024;

    /** Bytes allowed on top of the file for multipart boundaries and form fields. */
    public static long formOverhead() {
        return FORM_OVERHEAD;
    }
}
