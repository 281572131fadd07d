package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import io.lucent.plugins.forecast.statistical.arima.ArimaForecastMethod;
import java.util.List;
import org.pf4j.Extension;

/**
 * The default method: the mean of strong, different models fitted to the same series — the ETS family combined
 * with Akaike weights ({@link EtsAkaikeModel}), AutoARIMA, Theta, the dynamic optimised Theta model, the M4 Comb
 * (SES, Holt, damped) and, for seasonal series with at least two whole cycles, AutoETS on temporal hierarchies
 * ({@link ThiefModel}) — with prediction intervals that envelope the members' intervals, so that they also cover
 * the models' disagreement. On long series members far worse than the best on a holdout are left out
 * ({@link HoldoutTrim}). Fitted on the last 1000 observations. See {@link AutoModel} and the plugin's
 * README for the measurements behind this choice.
 */
@Extension
public final class AutoMethod extends StatisticalMethod {

    static final String POOL = "combination";
    static final String BOUNDS = "intervals";
    static final String TRIM = "leaveOutWeakMembers";

    private static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.choice(POOL, "Combination", List.of("mean", "median")).withDefault("mean")
                    .withDescription("How the members' point forecasts are pooled."),
            SettingDescriptor.choice(BOUNDS, "Intervals", List.of("envelope", "pooled")).withDefault("envelope")
                    .withDescription("Envelope: from the lowest lower bound to the highest upper bound of the members."
                            + " Pooled: bounds pooled like the forecasts (narrower, covers less)."),
            SettingDescriptor.bool(TRIM, "Leave out weak members on long series").withDefault(true)
                    .withDescription("On series of 300 or more observations, refit each member without the last"
                            + " horizon and leave out members more than twice as wrong there as the best one."));

    private final ArimaForecastMethod arima = new ArimaForecastMethod();

    @Override
    public String id() {
        return "auto";
    }

    @Override
    public String displayName() {
        return "Auto (combination of ETS, ARIMA, Theta, DOTM, Comb and temporal hierarchies)";
    }

    @Override
    public String description() {
        return "The mean forecast of Akaike-weighted ETS, AutoARIMA, Theta, dynamic optimised Theta, the M4 Comb "
                + "and (seasonal series) ETS on temporal hierarchies, with intervals enveloping theirs; on series of "
                + "300 or more observations, members more than twice as wrong as the best on a holdout are left out. "
                + "The default method.";
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
        Combination.Pool pool = settings.optionalString(POOL).orElse("mean").equals("median")
                ? Combination.Pool.MEDIAN : Combination.Pool.MEAN;
        Combination.Bounds bounds = settings.optionalString(BOUNDS).orElse("envelope").equals("pooled")
                ? Combination.Bounds.POOLED : Combination.Bounds.ENVELOPE;
        List<AutoModel.Member> members = List.of(
                new AutoModel.Member("ets", new EtsAkaikeModel()),
                new AutoModel.Member("arima", new ExtensionMember(arima, context)),
                new AutoModel.Member("theta", new ThetaModel()),
                new AutoModel.Member("dotm", new DotmModel()),
                new AutoModel.Member("comb", new CombModel()),
                new AutoModel.Member("thief", new ThiefModel(EtsModel.AUTO), ThiefModel::applies));
        HoldoutTrim trim = settings.optionalBoolean(TRIM).orElse(true) ? HoldoutTrim.DEFAULT : HoldoutTrim.NONE;
        return new AutoModel(members, pool, bounds, trim);
    }
}
