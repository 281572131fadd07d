package io.lucent.plugins.forecast.statistical.math;

/** Information criteria shared by the likelihood-based models. */
public final class InformationCriteria {

    private InformationCriteria() {
    }

    /**
     * The small-sample corrected AIC: {@code AIC + 2k(k+1)/(n-k-1)}, infinite when there are too few observations
     * for the correction ({@code n - k - 1 <= 0}), so that such a model never wins a comparison.
     *
     * @param aic          the model's AIC
     * @param parameters   k, the number of estimated parameters
     * @param observations n, the number of observations fitted
     * @return AICc
     */
    public static double aicc(double aic, int parameters, int observations) {
        int dof = observations - parameters - 1;
        return dof > 0 ? aic + 2.0 * parameters * (parameters + 1) / dof : Double.POSITIVE_INFINITY;
    }
}
