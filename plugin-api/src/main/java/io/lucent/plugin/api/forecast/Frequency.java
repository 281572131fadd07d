package io.lucent.plugin.api.forecast;

/** The spacing of a time series' observations, with the seasonal period usually assumed for it. */
public enum Frequency {
    /** One observation per hour; daily cycle of 24. */
    HOURLY(24),
    /** One observation per day; weekly cycle of 7. */
    DAILY(7),
    /** One observation per week; yearly cycle of 52. */
    WEEKLY(52),
    /** One observation per month; yearly cycle of 12. */
    MONTHLY(12),
    /** One observation per quarter; yearly cycle of 4. */
    QUARTERLY(4),
    /** One observation per year; no seasonal cycle. */
    YEARLY(1),
    /** Regular spacing of another kind; no assumed cycle. */
    OTHER(1);

    private final int naturalPeriod;

    Frequency(int naturalPeriod) {
        this.naturalPeriod = naturalPeriod;
    }

    /**
     * The calendar cycle length usually assumed for this frequency, 1 when there is none.
     *
     * @return the natural seasonal period
     */
    public int naturalPeriod() {
        return naturalPeriod;
    }
}
