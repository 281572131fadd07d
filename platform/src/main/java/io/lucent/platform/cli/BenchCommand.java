package io.lucent.platform.cli;

import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.platform.config.LucentHome;
import io.lucent.platform.forecasting.bench.ForecastBenchmark;
import io.lucent.platform.forecasting.bench.ReferenceResults;
import io.lucent.platform.plugins.PluginHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code lucent bench forecast --data DIR [--methods id,...] [--out FILE] [--reference FILE [--pairs ...]]}: runs
 * forecasting methods from the installed plugins over a benchmark directory in the M4 long layout and prints
 * accuracy, interval and speed tables, side by side with another tool's per-series results when given. No server
 * and no database are needed.
 */
public final class BenchCommand extends Command {

    private static final String DEFAULT_PAIRS = "ets=ets,arima=auto.arima,theta=thetaf";

    public BenchCommand() {
        super("bench", "Benchmarks (no server needed): bench forecast --data DIR [--methods ...] [--out FILE]"
                + " [--reference FILE]");
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
        forecast.addArgument("--reference")
                .help("per-series results of another tool on the same data (series_id,method,smape,mase[,cov95]"
                        + "[,seconds]), printed side by side with ours");
        forecast.addArgument("--pairs").setDefault(DEFAULT_PAIRS)
                .help("our method=the reference's name of it, comma-separated (default: " + DEFAULT_PAIRS
                        + ", R's forecast package); our other methods are compared with the reference's best");
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
        Optional<Path> referenceFile = Optional.ofNullable(namespace.getString("reference")).map(Path::of);
        Optional<ForecastBenchmark.Reference> reference = referenceFile.isEmpty() ? Optional.empty()
                : Optional.of(new ForecastBenchmark.Reference(ReferenceResults.read(referenceFile.get()),
                        pairs(namespace.getString("pairs"))));
        try (PluginHost host = PluginHost.startWithTemporaryCache(LucentHome.resolve(namespace.getString("plugins")))) {
            new ForecastBenchmark(namespace.getInt("threads")).run(data, methods,
                    id -> host.registry().find(ExtensionKind.FORECAST_METHOD, id, ForecastMethod.class).orElse(null),
                    out, reference, System.out);
        }
    }

    private static Map<String, String> pairs(String spec) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] sides = pair.split("=", 2);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
                throw new IllegalArgumentException("--pairs: '" + pair + "' is not ours=theirs");
            }
            pairs.put(sides[0].trim(), sides[1].trim());
        }
        return pairs;
    }
}
