package io.lucent.rules.declarative;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.InsightRulePack;
import io.lucent.plugin.api.insight.RuleDescriptor;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * An insight rule pack whose rules are data: it reads {@value #RULES_FILE} from the class loader that loaded it
 * (in a plugin, the plugin's own {@code classes/}), and evaluates the declared rules on the metric tables.
 * The file's format is described in this library's README. A file that is missing or invalid makes the
 * constructor fail with the reason, so the host reports the plugin as failed instead of running it.
 *
 * <p>Stateless after construction and thread-safe.
 */
@Extension
public final class DeclarativeRulePack implements InsightRulePack {

    /** The rules file, at the root of the plugin's classes. */
    public static final String RULES_FILE = "lucent-rules.yaml";

    private final PackSpec pack;
    private final SettingsSchema schema;

    /** Reads {@value #RULES_FILE} next to this class. */
    public DeclarativeRulePack() {
        this(open(DeclarativeRulePack.class.getClassLoader()), RULES_FILE);
    }

    /** Reads the rules from a stream (tests, tools). */
    DeclarativeRulePack(InputStream rules, String name) {
        this.pack = RuleFileParser.parse(rules, name);
        List<SettingDescriptor> settings = new ArrayList<>();
        for (SettingSpec spec : pack.settings()) {
            SettingDescriptor descriptor = spec.integer()
                    ? SettingDescriptor.integer(spec.name(), spec.label()).withDefault((long) spec.defaultValue()).withRange(spec.min(), spec.max())
                    : SettingDescriptor.number(spec.name(), spec.label()).withDefault(spec.defaultValue()).withRange(spec.min(), spec.max());
            settings.add(spec.description().isEmpty() ? descriptor : descriptor.withDescription(spec.description()));
        }
        this.schema = SettingsSchema.of(settings.toArray(SettingDescriptor[]::new));
    }

    private static InputStream open(ClassLoader loader) {
        InputStream in = loader.getResourceAsStream(RULES_FILE);
        if (in == null) {
            throw new RuleFileException("No " + RULES_FILE + " next to the declarative rule pack: a data-only pack ships it in classes/");
        }
        return in;
    }

    @Override
    public String id() {
        return pack.id();
    }

    @Override
    public String displayName() {
        return pack.name();
    }

    @Override
    public String description() {
        return pack.description();
    }

    @Override
    public SettingsSchema settingsSchema() {
        return schema;
    }

    @Override
    public List<RuleDescriptor> rules() {
        return pack.rules().stream().map(r -> new RuleDescriptor(r.id(), r.category(), r.description().isEmpty() ? r.id() : r.description())).toList();
    }

    @Override
    public List<Insight> evaluate(InsightInput input, PluginContext context) {
        context.throwIfCancelled();
        Map<String, Double> settings = values(context.settings());
        List<Insight> insights = new ArrayList<>();
        for (RuleSpec rule : pack.rules()) {
            context.throwIfCancelled();
            insights.addAll(RuleEvaluator.evaluate(rule, input, settings));
        }
        return insights;
    }

    private Map<String, Double> values(Settings settings) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (SettingSpec spec : pack.settings()) {
            double value = spec.integer() ? settings.optionalLong(spec.name()).map(Long::doubleValue).orElse(spec.defaultValue())
                    : settings.optionalDouble(spec.name()).orElse(spec.defaultValue());
            values.put(spec.name(), value);
        }
        return values;
    }
}
