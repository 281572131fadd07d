package io.lucent.plugins.forecast.statistical.arima;

/**
 * The orders of a seasonal ARIMA model (p,d,q)(P,D,Q)[m] and whether it has a constant.
 *
 * <p>The constant means what it means in R's {@code forecast} package: a mean when there is no differencing
 * ({@code d + D = 0}), a drift (a linear trend in the undifferenced series) when there is one difference, and
 * nothing when there are two or more differences.
 *
 * @param p        non-seasonal AR order
 * @param d        non-seasonal differences
 * @param q        non-seasonal MA order
 * @param bigP     seasonal AR order
 * @param bigD     seasonal differences
 * @param bigQ     seasonal MA order
 * @param period   seasonal period, 1 when the model has no seasonal part
 * @param constant whether a mean or drift is estimated (ignored when {@code d + D >= 2})
 */
public record ArimaSpec(int p, int d, int q, int bigP, int bigD, int bigQ, int period, boolean constant) {

    /**
     * Validates the orders.
     *
     * @param p the {@code p} component
     * @param d the {@code d} component
     * @param q the {@code q} component
     * @param bigP the {@code bigP} component
     * @param bigD the {@code bigD} component
     * @param bigQ the {@code bigQ} component
     * @param period the {@code period} component
     * @param constant the {@code constant} component
     */
    public ArimaSpec {
        if (p < 0 || d < 0 || q < 0 || bigP < 0 || bigD < 0 || bigQ < 0 || period < 1) {
            throw new IllegalArgumentException("ARIMA orders must be non-negative and the period at least 1");
        }
        if (period == 1 && (bigP > 0 || bigD > 0 || bigQ > 0)) {
            throw new IllegalArgumentException("a seasonal ARIMA part needs a period above 1");
        }
    }

    /**
     * A non-seasonal model.
     *
     * @param p        AR order
     * @param d        differences
     * @param q        MA order
     * @param constant mean or drift
     * @return the specification
     */
    public static ArimaSpec of(int p, int d, int q, boolean constant) {
        return new ArimaSpec(p, d, q, 0, 0, 0, 1, constant);
    }

    /** @return the total number of differences, {@code d + D} */
    public int differences() {
        return d + bigD;
    }

    /** @return true if a mean is estimated ({@code constant} and no differencing) */
    public boolean hasMean() {
        return constant && differences() == 0;
    }

    /** @return true if a drift is estimated ({@code constant} and exactly one difference) */
    public boolean hasDrift() {
        return constant && differences() == 1;
    }

    /** @return the number of ARMA coefficients, {@code p + q + P + Q} */
    public int armaCount() {
        return p + q + bigP + bigQ;
    }

    /** @return the order of the expanded AR polynomial, {@code p + m P} */
    public int fullArOrder() {
        return p + period * bigP;
    }

    /** @return the order of the expanded MA polynomial, {@code q + m Q} */
    public int fullMaOrder() {
        return q + period * bigQ;
    }

    /** @return the number of observations lost to differencing, {@code d + m D} */
    public int lostToDifferencing() {
        return d + period * bigD;
    }

    /** @return true if the model has a seasonal part */
    public boolean seasonal() {
        return bigP + bigD + bigQ > 0;
    }

    /** @return the same orders with the constant switched */
    public ArimaSpec withConstant(boolean value) {
        return new ArimaSpec(p, d, q, bigP, bigD, bigQ, period, value);
    }

    /**
     * The notation R uses, for example {@code ARIMA(0,1,1)(0,1,1)[12]} or {@code ARIMA(1,1,0) with drift}.
     *
     * @return the model name
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ARIMA(").append(p).append(',').append(d).append(',').append(q).append(')');
        if (seasonal()) {
            s.append('(').append(bigP).append(',').append(bigD).append(',').append(bigQ).append(")[").append(period).append(']');
        }
        if (hasMean()) {
            s.append(" with non-zero mean");
        } else if (hasDrift()) {
            s.append(" with drift");
        } else if (differences() == 0) {
            s.append(" with zero mean");
        }
        return s.toString();
    }
}
