/**
 * Insight rule packs turn metrics the host computed (never raw rows) into
 * {@link io.lucent.plugin.api.insight.Insight}s: growth, risk and efficiency findings with a confidence,
 * supporting numbers and a recommended action.
 */
package io.lucent.plugin.api.insight;
