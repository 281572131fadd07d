/**
 * Datasets: tabular data uploaded from files (through the connector plugins), kept as immutable Parquet versions
 * in a {@link io.lucent.platform.datasets.store.DatasetStore} (a local directory per tenant, or an S3-compatible
 * bucket with a local cache), described by metadata rows in the tenant's tables, and queried with DuckDB in
 * process.
 *
 * <p>The flow: {@code POST /api/v1/datasets} stages the upload as a file
 * ({@link io.lucent.platform.datasets.ingest.UploadReceiver}, size capped before and while reading; the raw body is
 * parsed by {@link io.lucent.platform.datasets.ingest.MultipartUploadReader} in large chunks, the file part written
 * straight into the staging directory) and the file connector chosen by extension opens it. If the
 * connector describes the file as delimited text ({@code TableReader.delimitedLayout()}, plugin API 1.1.0),
 * {@link io.lucent.platform.datasets.ingest.DirectDelimitedLoad} has DuckDB read it with exactly those settings
 * ({@link io.lucent.platform.datasets.ingest.DelimitedQuery}, strict: any row or value outside the description
 * fails that load) straight into version 1's Parquet. When that load fails, the connector is asked for its schema
 * (the CSV connector then checks the whole file) and its layout once more: a changed layout (widened types, the
 * whole file's thousands separator) gets one more DuckDB attempt; none (the connector knows of rows it will reject)
 * goes straight to the batches. Otherwise, or when the loads fail, the connector's column
 * batches are appended to a staging DuckDB table ({@link io.lucent.platform.datasets.ingest.TableLoader}) and
 * written as Parquet. Either way {@link io.lucent.platform.datasets.ingest.VersionWriter} names the Parquet by its
 * SHA-256 and {@link io.lucent.platform.datasets.DatasetRepository} records it. Unreadable rows (only structurally
 * broken ones for CSV: the CSV connector widens column types over the whole file) reject the import (nothing
 * kept) or are skipped and reported, with line numbers.
 *
 * <p>Reads go through {@link io.lucent.platform.datasets.query.SandboxPool}: a DuckDB database whose only table is
 * the view {@code data} over one Parquet file, with external access disabled, that file the only allowed path and
 * the configuration locked. Derived results (summaries, missing values; later analytics and insights) are cached
 * by content hash in {@link io.lucent.platform.datasets.query.DerivedResults}. Features that compute over datasets
 * use {@link io.lucent.platform.datasets.DatasetService#withData}.
 *
 * <p>Deleting a dataset (by request, or by session retention's
 * {@link io.lucent.platform.datasets.retention.IdleDatasetSweeper}) deletes what was computed from it too: in one
 * transaction, which first locks the dataset's row, its metadata and every feature's rows about it
 * ({@link io.lucent.platform.datasets.DatasetDependents}: forecast runs and results, insights, analytics mappings);
 * after the commit, best effort and logged, what the features keep elsewhere (the forecasts' jobs), the files and
 * derived results in the store, and every node's own copies (memory caches, an S3 store's local cache) through
 * {@link io.lucent.platform.datasets.copies.DeletionBroadcast}. Writers of rows about a dataset lock its row first
 * ({@link io.lucent.platform.datasets.DatasetRepository#lockExisting}), so none lands behind a deletion.
 *
 * <p>Everything is scoped by the request's tenant: metadata through
 * {@link io.lucent.platform.metadata.TenantDatabase}, files under {@code tenants/<tenant>/} in the store.
 */
package io.lucent.platform.datasets;
