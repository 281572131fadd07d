package io.lucent.plugins.forecast.statistical.arima;

/** How the number of seasonal differences is chosen, as R's {@code seasonal.test}. */
public enum SeasonalTest {
    /** Seasonal strength of an STL decomposition above 0.64 (R's default, {@code "seas"}). */
    SEASONAL_STRENGTH,
    /** The Osborn-Chui-Smith-Birchenhall test at 5% ({@code "ocsb"}). */
    OCSB
}
