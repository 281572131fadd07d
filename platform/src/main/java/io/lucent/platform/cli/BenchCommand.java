package io.lucent.platform.cli;

import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.platform.config.LucentHome;
import io.lucent.platform.forecasting.bench.ForecastBenchmark;
import io.lucent.platform.plugins.PluginHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code lucent bench forecast --data DIR [--methods id,...] [--out FILE]}: runs forecasting methods from the
 * installed plugins over a benchmark directory in the M4 long layout and prints accuracy, interval and speed
 * tables. No server and no database are needed.
 */
public final class BenchCommand extends Command {

    public BenchCommand() {
        super("bench", "Benchmarks (no server needed): bench forecast --data DIR [--methods ...] [--out FILE]");
    }

    @Override
    public void configure(Subparser subparser) {
        Subparser forecast = subparser.addSubparsers().dest("benchmark").addParser("forecast")
                .help("forecast accuracy, interval coverage and speed on train.csv/test.csv/info.csv");
        forecast.addArgument("--data").required(true).help("directory with train.csv, test.csv and info.csv");
        forecast.addArgument("--methods").setDefault(String.join(",", ForecastBenchmark.DEFAULT_METHODS))
                .help("comma-separated method ids (default: " + String.join(",", ForecastBenchmark.DEFAULT_METHODS) + ")");
        forecast.addArgument("--out").help("CSV file for per-series rows");
        forecast.addArgument("--plugins").setDefault("plugins").help("plugins directory (default: LUCENT_HOME/plugins)");
        forecast.addArgument("--threads").type(Integer.class).setDefault(Runtime.getRuntime().availableProcessors())
                .help("worker threads (default: all cores)");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        Path data = Path.of(namespace.getString("data"));
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("--data " + data + " is not a directory");
        }
        List<String> methods = Arrays.stream(namespace.getString("methods").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        Optional<Path> out = Optional.ofNullable(namespace.getString("out")).map(Path::of);
        try (PluginHost host = PluginHost.startWithTemporaryCache(LucentHome.resolve(namespace.getString("plugins")))) {
            new ForecastBenchmark(namespace.getInt("threads")).run(data, methods,
                    id -> host.registry().find(ExtensionKind.FORECAST_METHOD, id, ForecastMethod.class).orElse(null),
                    out, System.out);
        }
    }
}
