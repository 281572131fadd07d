package io.lucent.platform.analytics;

/**
 * Rows left out of a computation and why.
 *
 * @param reason   why, for example "cancellation (order id starts with C)"
 * @param rows     how many rows
 * @param quantity their units (null when unknown)
 * @param revenue  their revenue (null when unknown)
 */
public record Exclusion(String reason, long rows, Double quantity, Double revenue) {
}
