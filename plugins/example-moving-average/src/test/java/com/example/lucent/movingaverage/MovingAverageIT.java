package com.example.lucent.movingaverage;

import io.lucent.plugin.testkit.ForecastMethodContract;

/**
 * The forecasting contract, run by failsafe against the built plugin zip (named by the system property
 * {@code lucent.plugin.zip}) loaded through a real PF4J plugin manager, with the default settings.
 */
class MovingAverageIT extends ForecastMethodContract {

    @Override
    protected String extensionId() {
        return "moving-average";
    }
}
