package io.lucent.plugins.forecast.statistical.ets;

import java.util.Locale;

/**
 * One ETS model form.
 *
 * @param multiplicativeError true for M errors, false for A
 * @param trend               the trend component
 * @param season              the seasonal component
 */
public record EtsSpec(boolean multiplicativeError, Trend trend, Season season) {

    /** The trend component. */
    public enum Trend {
        /** No trend (N). */
        NONE("N"),
        /** Additive trend (A). */
        ADDITIVE("A"),
        /** Damped additive trend (Ad). */
        DAMPED("Ad");

        private final String code;

        Trend(String code) {
            this.code = code;
        }

        /**
         * The letter(s) in the model string.
         *
         * @return N, A or Ad
         */
        public String code() {
            return code;
        }
    }

    /** The seasonal component. */
    public enum Season {
        /** No seasonality (N). */
        NONE("N"),
        /** Additive seasonality (A). */
        ADDITIVE("A"),
        /** Multiplicative seasonality (M). */
        MULTIPLICATIVE("M");

        private final String code;

        Season(String code) {
            this.code = code;
        }

        /**
         * The letter in the model string.
         *
         * @return N, A or M
         */
        public String code() {
            return code;
        }
    }

    /**
     * Parses a complete model string such as {@code "MAdM"} or {@code "ANN"} (no Z).
     *
     * @param text the model string
     * @return the spec
     * @throws IllegalArgumentException if the string is not a valid model
     */
    public static EtsSpec parse(String text) {
        EtsPattern pattern = EtsPattern.parse(text);
        if (pattern.error() == null || pattern.trend() == null || pattern.season() == null) {
            throw new IllegalArgumentException("model '" + text + "' is not fully specified");
        }
        return new EtsSpec(pattern.error(), pattern.trend(), pattern.season());
    }

    /**
     * Whether the model has a trend.
     *
     * @return true for A and Ad
     */
    public boolean hasTrend() {
        return trend != Trend.NONE;
    }

    /**
     * Whether the model is damped.
     *
     * @return true for Ad
     */
    public boolean damped() {
        return trend == Trend.DAMPED;
    }

    /**
     * Whether the model has a seasonal component.
     *
     * @return true for A or M seasons
     */
    public boolean seasonal() {
        return season != Season.NONE;
    }

    /**
     * Whether the model needs strictly positive data (any multiplicative component).
     *
     * @return true for M errors or M seasons
     */
    public boolean needsPositiveData() {
        return multiplicativeError || season == Season.MULTIPLICATIVE;
    }

    /**
     * The short code, for example {@code MAdM}.
     *
     * @return the code
     */
    public String code() {
        return (multiplicativeError ? "M" : "A") + trend.code() + season.code();
    }

    /**
     * The conventional name, for example {@code ETS(M,Ad,M)}.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ETS(%s,%s,%s)", multiplicativeError ? "M" : "A", trend.code(), season.code());
    }
}
