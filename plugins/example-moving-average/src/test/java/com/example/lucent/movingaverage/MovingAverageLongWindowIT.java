package com.example.lucent.movingaverage;

import io.lucent.plugin.testkit.ForecastMethodContract;
import java.util.Map;

/** The forecasting contract again, with a window longer than the short contract series. */
class MovingAverageLongWindowIT extends ForecastMethodContract {

    @Override
    protected String extensionId() {
        return "moving-average";
    }

    @Override
    protected Map<String, Object> settings() {
        return Map.of("window", 24);
    }
}
