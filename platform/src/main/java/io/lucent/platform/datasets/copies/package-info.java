/**
 * Copies of a deleted dataset's data and results that each node keeps for itself (memory caches, the local cache
 * of an S3 store): when any node deletes a dataset it announces it ({@link io.lucent.platform.datasets.copies.DeletionBroadcast}),
 * and every node drops its own copies ({@link io.lucent.platform.datasets.copies.LocalCopies}). In local mode the
 * announcement stays in the process; in SaaS mode it goes to every node through Redis pub/sub.
 */
package io.lucent.platform.datasets.copies;
