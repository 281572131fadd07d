package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.util.List;
import org.pf4j.Extension;

/** Bagged ETS: AutoETS on bootstrapped versions of the series, see {@link BaggedEtsModel}. */
@Extension
public final class BaggedEtsMethod extends StatisticalMethod {

    static final String BOOTSTRAPS = "bootstraps";
    static final String AGGREGATE = "aggregate";
    static final int DEFAULT_BOOTSTRAPS = 20;

    private static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.integer(BOOTSTRAPS, "Bootstrapped series").withDefault((long) DEFAULT_BOOTSTRAPS)
                    .withRange(1, 200)
                    .withDescription("How many series are fitted, the original included (R uses 100; cost grows"
                            + " linearly)."),
            SettingDescriptor.choice(AGGREGATE, "Aggregate", List.of("median", "mean")).withDefault("median")
                    .withDescription("How the bagged forecasts are combined."));

    @Override
    public String id() {
        return "baggedets";
    }

    @Override
    public String displayName() {
        return "Bagged ETS";
    }

    @Override
    public String description() {
        return "Bagged ETS (Bergmeir, Hyndman and Benítez 2016): AutoETS on moving-block bootstraps of the "
                + "Box-Cox transformed STL remainder, forecasts aggregated by their median.";
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
        int bootstraps = settings.optionalLong(BOOTSTRAPS).map(Math::toIntExact).orElse(DEFAULT_BOOTSTRAPS);
        boolean median = settings.optionalString(AGGREGATE).orElse("median").equals("median");
        return new BaggedEtsModel(bootstraps, median);
    }
}
