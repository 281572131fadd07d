package io.lucent.plugins.forecast.baseline;

/**
 * The residual variance σ̂² as Hyndman &amp; Athanasopoulos (FPP3 §5.5) estimate it:
 * the sum of squared residuals divided by the number of defined residuals minus the number of estimated
 * parameters.
 *
 * @param sigma2    the variance, 0 when it cannot be estimated
 * @param estimated false when there were too few residuals to estimate it
 */
record ResidualVariance(double sigma2, boolean estimated) {

    static ResidualVariance of(double[] residuals, int estimatedParameters) {
        double sum = 0;
        int count = 0;
        for (double residual : residuals) {
            if (!Double.isNaN(residual)) {
                sum += residual * residual;
                count++;
            }
        }
        int degreesOfFreedom = count - estimatedParameters;
        if (degreesOfFreedom < 1) {
            return new ResidualVariance(0, false);
        }
        return new ResidualVariance(sum / degreesOfFreedom, true);
    }

    double sigma() {
        return Math.sqrt(sigma2);
    }

    static final String NOT_ESTIMATED_NOTE =
            "Too few observations to estimate the forecast uncertainty: the prediction intervals have zero width.";
}
