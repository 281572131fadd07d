package io.lucent.platform.datasets.ingest;

import io.lucent.platform.datasets.DatasetLimits;
import io.lucent.platform.tenancy.CurrentTenant;
import io.lucent.platform.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Guards upload endpoints before the body is read: a declared Content-Length above the tenant's file size limit
 * is refused at once with 413 (a client announcing 10 GB sends nothing more), and a body without a declared
 * length is cut off with 413 as soon as it passes the limit.
 */
@UploadLimited
@Priority(Priorities.USER)
public final class UploadSizeFilter implements ContainerRequestFilter {

    private final DatasetLimits limits;

    public UploadSizeFilter(DatasetLimits limits) {
        this.limits = limits;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        TenantContext tenant = CurrentTenant.of(request);
        long declared = declaredLength(request.getHeaderString("Content-Length"));
        if (declared > 0) {
            limits.requireDeclaredSizeWithin(tenant, declared);
        }
        long max = limits.maxFileBytes(tenant);
        request.setEntityStream(new Capped(request.getEntityStream(), max + DatasetLimits.formOverhead(), max));
    }

    private static long declaredLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A stream that fails with 413 once more than {@code cap} bytes have been read. */
    private static final class Capped extends FilterInputStream {
        private final long cap;
        private final long limit;
        private long read;

        Capped(InputStream in, long cap, long limit) {
            super(in);
            this.cap = cap;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > cap) {
                throw UploadReceiver.tooLarge(limit);
            }
        }
    }
}
