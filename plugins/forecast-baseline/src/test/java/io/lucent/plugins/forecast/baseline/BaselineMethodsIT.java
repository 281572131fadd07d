package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.testkit.ForecastMethodContract;
import org.junit.jupiter.api.Nested;

/** The forecasting contract for each baseline method, against the built plugin zip. */
class BaselineMethodsIT {

    @Nested
    class Naive extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "naive";
        }
    }

    @Nested
    class SeasonalNaive extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "snaive";
        }
    }

    @Nested
    class Drift extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "drift";
        }
    }

    @Nested
    class Mean extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "mean";
        }
    }
}
