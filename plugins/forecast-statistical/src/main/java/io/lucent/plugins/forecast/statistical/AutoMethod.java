package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * The default method: a combination of AutoETS, Theta and the damped trend (and AutoARIMA when available),
 * fitted on the last 1000 observations. See {@link AutoModel}.
 */
@Extension
public final class AutoMethod extends StatisticalMethod {

    static final String POOL = "combination";

    private static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.choice(POOL, "Combination", List.of("mean", "median")).withDefault("median")
                    .withDescription("How the members' forecasts and interval bounds are pooled."));

    @Override
    public String id() {
        return "auto";
    }

    @Override
    public String displayName() {
        return "Auto (combination of ETS, ARIMA, Theta and damped trend)";
    }

    @Override
    public String description() {
        return "A robust combination of the strongest statistical models fitted to the series; the default method.";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SCHEMA;
    }

    @Override
    int window() {
        return MethodRunner.DEFAULT_WINDOW;
    }

    @Override
    SeriesModel model(Settings settings, PluginContext context) {
        Combination.Pool pool = settings.optionalString(POOL).orElse("median").equals("mean")
                ? Combination.Pool.MEAN : Combination.Pool.MEDIAN;
        List<AutoModel.Member> members = new ArrayList<>();
        members.add(new AutoModel.Member("ets", EtsModel.AUTO));
        members.add(new AutoModel.Member("theta", new ThetaModel()));
        members.add(new AutoModel.Member("damped", new SmoothingModel(SmoothingModel.DAMPED, true,
                io.lucent.plugins.forecast.statistical.ets.EtsParameters.FREE)));
        return new AutoModel(members, pool);
    }
}
