package io.lucent.plugins.forecast.statistical.arima;

/** A function of a parameter vector to be minimised. May return a non-finite value where undefined. */
@FunctionalInterface
interface Objective {

    /**
     * Evaluates the function.
     *
     * @param x the parameters; the implementation must not keep or modify the array
     * @return the value
     */
    double value(double[] x);
}
