package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.testkit.ForecastMethodContract;
import org.junit.jupiter.api.Nested;

/** The forecasting contract for each method of this plugin (AutoARIMA aside), against the built plugin zip. */
class StatisticalMethodsIT {

    @Nested
    class Naive2 extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "naive2";
        }
    }

    @Nested
    class Ses extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "ses";
        }
    }

    @Nested
    class Holt extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "holt";
        }
    }

    @Nested
    class Damped extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "damped";
        }
    }

    @Nested
    class Ets extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "ets";
        }
    }

    @Nested
    class Theta extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "theta";
        }
    }

    @Nested
    class Dotm extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "dotm";
        }
    }

    @Nested
    class Ces extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "ces";
        }
    }

    @Nested
    class Comb extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "comb";
        }
    }

    @Nested
    class BaggedEts extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "baggedets";
        }
    }

    @Nested
    class Auto extends ForecastMethodContract {
        @Override
        protected String extensionId() {
            return "auto";
        }
    }
}
