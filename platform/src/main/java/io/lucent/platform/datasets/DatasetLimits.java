package io.lucent.platform.datasets;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantLimits;
import java.util.Map;

/**
 * The dataset limits of a tenant (file size, rows, datasets; read from {@link TenantLimits}, the one place limits
 * live) and the cheap checks made before any expensive work.
 */
public final class DatasetLimits {

    private final TenantLimits limits;
    private final DatasetRepository repository;

    public DatasetLimits(TenantLimits limits, DatasetRepository repository) {
        this.limits = limits;
        this.repository = repository;
    }

    /** The largest file the tenant may upload, in bytes. */
    public long maxFileBytes(TenantContext tenant) {
        return limits.of(tenant).maxFileBytes();
    }

    /** The most rows one of the tenant's datasets may have. */
    public long maxRows(TenantContext tenant) {
        return limits.of(tenant).maxRowsPerDataset();
    }

    /** Fails with 422 if the tenant already has as many datasets as allowed. */
    public void requireRoomForOneMore(TenantContext tenant) {
        int max = limits.of(tenant).maxDatasets();
        if (repository.count(tenant) >= max) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "You already have the maximum of " + max
                    + " datasets (maxDatasets); delete one first", Map.of("limit", "maxDatasets", "maxDatasets", max));
        }
    }

    /** Fails with 413 if a declared upload size is above the file size limit (plus room for the form's other fields). */
    public void requireDeclaredSizeWithin(TenantContext tenant, long declaredBytes) {
        long max = maxFileBytes(tenant);
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
