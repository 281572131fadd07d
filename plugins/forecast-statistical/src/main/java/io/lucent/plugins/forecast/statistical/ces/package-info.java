/**
 * Complex exponential smoothing (CES) of Svetunkov and Kourentzes in its single-source-of-error state-space form:
 * a level and an "information potential" updated with a complex smoothing parameter {@code a0 + i a1}, optionally
 * with a lagged seasonal part (simple, partial or full seasonality); least-squares (Gaussian likelihood) fitting
 * inside the stability region of the discount matrix, AICc selection of the seasonal form, and analytic
 * prediction intervals from the model's impulse responses.
 */
package io.lucent.plugins.forecast.statistical.ces;
