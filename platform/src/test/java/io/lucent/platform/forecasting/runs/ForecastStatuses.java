package io.lucent.platform.forecasting.runs;

import io.lucent.platform.testing.LucentTestServer;
import jakarta.ws.rs.core.GenericType;
import java.util.Map;

/** Waiting for a forecast to end through the REST status endpoint, for integration tests. */
final class ForecastStatuses {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() {
    };

    private ForecastStatuses() {
    }

    /** The forecast's status once it is neither queued nor running; fails the test after two minutes. */
    static Map<String, Object> awaitEnd(LucentTestServer server, String id) throws InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        while (true) {
            Map<String, Object> status = server.request("/api/v1/forecast/status/" + id).get(JSON);
            String state = (String) status.get("state");
            if (!state.equals("queued") && !state.equals("running")) {
                return status;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("forecast " + id + " did not end: " + status);
            }
            Thread.sleep(50);
        }
    }
}
