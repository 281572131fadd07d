package io.lucent.plugins.forecast.statistical.ces;

/**
 * The seasonal forms of CES. With {@code l, c} the level and information potential (lag 1) and
 * {@code s, u} seasonal counterparts (lag m), and {@code e} the one-step error:
 * <ul>
 *     <li>NONE: {@code y = l[-1] + e}, {@code l = l[-1] - (1 - a1) c[-1] + (a0 - a1) e},
 *     {@code c = l[-1] + (1 - a0) c[-1] + (a0 + a1) e};</li>
 *     <li>SIMPLE: the same recursions on lag m instead of lag 1 (no non-seasonal part);</li>
 *     <li>PARTIAL: NONE plus an additive seasonal state {@code s = s[-m] + b e}, {@code y = l[-1] + s[-m] + e};</li>
 *     <li>FULL: NONE plus a lag-m complex pair {@code (s, u)} with parameter {@code b0 + i b1},
 *     {@code y = l[-1] + s[-m] + e}.</li>
 * </ul>
 */
public enum CesSeasonality {
    /** Non-seasonal CES: level and potential, parameters a0, a1. */
    NONE(2, "n"),
    /** Lagged CES: level and potential on lag m, parameters a0, a1. */
    SIMPLE(2, "s"),
    /** Non-seasonal CES plus an additive seasonal state: a0, a1, b. */
    PARTIAL(3, "p"),
    /** Non-seasonal CES plus a seasonal complex pair: a0, a1, b0, b1. */
    FULL(4, "f");

    private final int smoothingParameters;
    private final String code;

    CesSeasonality(int smoothingParameters, String code) {
        this.smoothingParameters = smoothingParameters;
        this.code = code;
    }

    /**
     * How many smoothing parameters the form has.
     *
     * @return 2, 3 or 4
     */
    public int smoothingParameters() {
        return smoothingParameters;
    }

    /**
     * Whether the form has lag-1 states (the level and potential).
     *
     * @return false only for SIMPLE
     */
    public boolean hasLevel() {
        return this != SIMPLE;
    }

    /**
     * The model name in smooth's notation, for example {@code CES(f)}.
     *
     * @return the name
     */
    public String notation() {
        return "CES(" + code + ")";
    }
}
