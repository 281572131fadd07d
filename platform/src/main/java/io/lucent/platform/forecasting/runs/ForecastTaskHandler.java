package io.lucent.platform.forecasting.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.series.DatasetSeriesReader;
import io.lucent.platform.forecasting.series.EntitySeries;
import io.lucent.platform.jobs.TaskContext;
import io.lucent.platform.jobs.TaskHandler;
import io.lucent.platform.jobs.TaskOutcome;
import io.lucent.platform.jobs.TransientTaskException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs one entity of a forecast job: reads its series, forecasts and evaluates it, stores the result. */
public final class ForecastTaskHandler implements TaskHandler {

    public static final String KIND = "forecast";
    private static final Set<ErrorCode> TRANSIENT = EnumSet.of(ErrorCode.EXTERNAL_FAILURE, ErrorCode.EXTERNAL_TIMEOUT,
            ErrorCode.EXTERNAL_LIMIT_EXCEEDED, ErrorCode.PLUGIN_UNAVAILABLE);

    private final DatasetSeriesReader reader;
    private final EntityForecaster forecaster;
    private final ObjectMapper json;
    private final Clock clock;

    public ForecastTaskHandler(DatasetSeriesReader reader, EntityForecaster forecaster, ObjectMapper json, Clock clock) {
        this.reader = reader;
        this.forecaster = forecaster;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public TaskOutcome run(TaskContext task) throws JsonProcessingException {
        ForecastPayload payload = json.readValue(task.payload(), ForecastPayload.class);
        EntityForecast result;
        try {
            EntitySeries series = reader.read(payload.storageKey(), payload.columns(), Optional.of(payload.frequency())).entity(task.entityKey());
            result = forecaster.forecast(task.tenant(), series, payload.spec(), task::isCancelled);
        } catch (LucentException e) {
            if (TRANSIENT.contains(e.code())) {
                throw new TransientTaskException(e.getMessage(), e);
            }
            throw e;
        }
        String resultJson = json.writeValueAsString(result);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("model", result.model());
        summary.put("seconds", Math.round(result.seconds() * 1000) / 1000.0);
        if (result.fallback() != null) {
            summary.put("fallback", result.fallback());
        }
        String forecastId = task.task().jobId();
        long now = clock.millis();
        return new TaskOutcome(json.writeValueAsString(summary),
                handle -> ForecastStore.replaceResult(handle, forecastId, result, resultJson, now));
    }
}
