package io.lucent.platform.forecasting.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import org.junit.jupiter.api.Test;

class FittedParameterTest {

    private final ObjectMapper json = Jackson.newObjectMapper();

    @Test
    void anUnknownStandardErrorIsWrittenAsNull() throws Exception {
        String written = json.writeValueAsString(new EntityForecast.FittedParameter("alpha", 0.1, Double.NaN, false));

        assertThat(written).contains("\"standardError\":null").doesNotContain("NaN");
    }

    @Test
    void aForecastStoredWithTheStringNaNReadsBackAsNull() throws Exception {
        EntityForecast.FittedParameter stored = json.readValue("{\"name\":\"alpha\",\"value\":0.1,\"standardError\":\"NaN\",\"fixed\":false}",
                EntityForecast.FittedParameter.class);

        assertThat(stored.standardError()).isNull();
        assertThat(stored.value()).isEqualTo(0.1);
    }
}
