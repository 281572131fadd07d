package io.lucent.plugin.api.forecast;

import java.util.Objects;

/**
 * One estimated (or fixed) parameter of a fitted model.
 *
 * @param name          the parameter's conventional name, for example {@code "alpha"}, {@code "ar1"},
 *                      {@code "drift"}
 * @param value         the value
 * @param standardError the standard error, or {@code NaN} where it is not defined or not computed
 * @param fixed         true if the user fixed the value instead of it being estimated
 */
public record ModelParameter(String name, double value, double standardError, boolean fixed) {

    /**
     * Validates the parameter.
     *
     * @param name the {@code name} component
     * @param value the {@code value} component
     * @param standardError the {@code standardError} component
     * @param fixed the {@code fixed} component
     */
    public ModelParameter {
        Objects.requireNonNull(name, "name is null");
    }

    /**
     * An estimated parameter without standard error.
     *
     * @param name  the name
     * @param value the value
     * @return the parameter
     */
    public static ModelParameter of(String name, double value) {
        return new ModelParameter(name, value, Double.NaN, false);
    }
}
