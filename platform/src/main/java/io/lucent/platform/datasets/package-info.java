/**
 * Datasets: tabular data uploaded from files (through the connector plugins), kept as immutable Parquet versions
 * in a {@link io.lucent.platform.datasets.store.DatasetStore} (a local directory per tenant, or an S3-compatible
 * bucket with a local cache), described by metadata rows in the tenant's tables, and queried with DuckDB in
 * process.
 *
 * <p>The flow: {@code POST /api/v1/datasets} streams the upload to a staging file
 * ({@link io.lucent.platform.datasets.ingest.UploadReceiver}, size capped before and while reading), the file
 * connector chosen by extension reads it as column batches, {@link io.lucent.platform.datasets.ingest.TableLoader}
 * appends them to a staging DuckDB table, {@link io.lucent.platform.datasets.ingest.VersionWriter} writes version 1
 * as Parquet named by its SHA-256, and {@link io.lucent.platform.datasets.DatasetRepository} records it. Unreadable
 * rows reject the import (nothing kept) or are skipped and reported, with line numbers.
 *
 * <p>Reads go through {@link io.lucent.platform.datasets.query.SandboxPool}: a DuckDB database whose only table is
 * the view {@code data} over one Parquet file, with external access disabled, that file the only allowed path and
 * the configuration locked. Derived results (summaries, missing values; later analytics and insights) are cached
 * by content hash in {@link io.lucent.platform.datasets.query.DerivedResults}. Features that compute over datasets
 * use {@link io.lucent.platform.datasets.DatasetService#withData}.
 *
 * <p>Everything is scoped by the request's tenant: metadata through
 * {@link io.lucent.platform.metadata.TenantDatabase}, files under {@code tenants/<tenant>/} in the store.
 */
package io.lucent.platform.datasets;
