/**
 * Tabular data exchanged with connectors, rule packs and exporters: typed {@link io.lucent.plugin.api.data.Column}s,
 * {@link io.lucent.plugin.api.data.ColumnBatch}es of rows stored by column, and the streaming
 * {@link io.lucent.plugin.api.data.TableReader}.
 */
package io.lucent.plugin.api.data;
