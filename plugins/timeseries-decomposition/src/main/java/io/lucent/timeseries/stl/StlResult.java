package io.lucent.timeseries.stl;

/**
 * An STL decomposition {@code y = seasonal + trend + remainder}; immutable (the arrays are copied in and out).
 *
 * @param seasonal   the seasonal component
 * @param trend      the trend component
 * @param remainder  {@code y - seasonal - trend}
 * @param weights    the robustness weights in [0, 1] of the last pass (all 1 without robustness iterations):
 *                   observations with weight 0 were treated as outliers
 * @param parameters the parameters used, resolved for the series length
 */
public record StlResult(double[] seasonal, double[] trend, double[] remainder, double[] weights,
                        StlParameters parameters) {

    /** Copies the components. */
    public StlResult {
        seasonal = seasonal.clone();
        trend = trend.clone();
        remainder = remainder.clone();
        weights = weights.clone();
    }

    @Override
    public double[] seasonal() {
        return seasonal.clone();
    }

    @Override
    public double[] trend() {
        return trend.clone();
    }

    @Override
    public double[] remainder() {
        return remainder.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }
}
