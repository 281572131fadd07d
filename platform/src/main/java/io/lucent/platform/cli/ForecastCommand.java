package io.lucent.platform.cli;

import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.export.Exporter;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.platform.config.LucentHome;
import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.forecasting.runs.EntityForecast;
import io.lucent.platform.forecasting.runs.EntityForecaster;
import io.lucent.platform.forecasting.runs.ForecastExport;
import io.lucent.platform.forecasting.runs.ForecastSpec;
import io.lucent.platform.forecasting.series.ColumnMapping;
import io.lucent.platform.forecasting.series.DatasetSeriesReader;
import io.lucent.platform.forecasting.series.EntitySeries;
import io.lucent.platform.forecasting.series.SeriesSet;
import io.lucent.platform.plugins.PluginContexts;
import io.lucent.platform.plugins.PluginHost;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.plugin.api.data.ColumnType;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code lucent forecast --input FILE --horizon N [--method id] [--output FILE.csv|xlsx]}: forecasts every entity
 * of a CSV or Parquet file with the installed forecasting plugins, on all cores, without a server or database.
 * The file is in the standard layout (Date, Entity_ID, Entity_Name optional, Volume; other names with
 * --date/--entity/--name/--value). The same series view, forecaster and exporters as the server are used.
 * Without --output the CSV goes to standard output; a summary goes to standard error.
 */
public final class ForecastCommand extends Command {

    public ForecastCommand() {
        super("forecast", "Forecast every entity of a file (no server needed): forecast --input FILE --horizon N [--method id] [--output FILE]");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--input").required(true).help("CSV or Parquet file: one row per entity and date");
        subparser.addArgument("--horizon").type(Integer.class).required(true).help("steps to forecast");
        subparser.addArgument("--method").setDefault("auto").help("forecasting method id (default auto)");
        subparser.addArgument("--output").help("output file, .csv or .xlsx (default: CSV on standard output)");
        subparser.addArgument("--date").help("date column (default Date)");
        subparser.addArgument("--entity").help("entity id column (default Entity_ID)");
        subparser.addArgument("--name").help("entity name column (default Entity_Name when present)");
        subparser.addArgument("--value").help("value column (default Volume)");
        subparser.addArgument("--frequency").help("hourly, daily, weekly, monthly, quarterly or yearly (default: detected)");
        subparser.addArgument("--plugins").setDefault("plugins").help("plugins directory (default: LUCENT_HOME/plugins)");
        subparser.addArgument("--threads").type(Integer.class).setDefault(Runtime.getRuntime().availableProcessors())
                .help("parallel forecasts (default: all cores)");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        Path input = Path.of(namespace.getString("input"));
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("--input " + input + " is not a file");
        }
        Optional<Path> output = Optional.ofNullable(namespace.getString("output")).map(Path::of);
        String format = output.map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)).map(n -> n.substring(n.lastIndexOf('.') + 1))
                .orElse("csv");
        ForecastSpec spec = new ForecastSpec(namespace.getString("method"), namespace.getInt("horizon"), null, Map.of(), null);
        ColumnMapping mapping = new ColumnMapping(namespace.getString("date"), namespace.getString("entity"), namespace.getString("name"),
                namespace.getString("value"));
        Optional<Frequency> frequency = Optional.ofNullable(namespace.getString("frequency"))
                .map(f -> Frequency.valueOf(f.trim().toUpperCase(Locale.ROOT)));
        SeriesSet series = read(input, mapping, frequency);
        long started = System.nanoTime();
        try (PluginHost host = PluginHost.startWithTemporaryCache(LucentHome.resolve(namespace.getString("plugins")))) {
            EntityForecaster forecaster = new EntityForecaster(host.registry(), new PluginContexts(Clock.systemUTC(), Mode.LOCAL));
            forecaster.method(spec);
            Exporter exporter = host.registry().extensions(ExtensionKind.EXPORTER, Exporter.class).stream()
                    .filter(e -> e.fileExtension().equals(format)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No installed exporter writes ." + format));
            List<EntityForecast> forecasts = new ArrayList<>();
            List<String> failures = forecastAll(forecaster, series, spec, namespace.getInt("threads"), forecasts);
            forecasts.sort(Comparator.comparing(EntityForecast::entityId));
            var document = ForecastExport.document("Forecast " + spec.method() + " of " + input.getFileName(), forecasts, format.equals("csv"),
                    Instant.now());
            try (OutputStream out = output.isPresent() ? Files.newOutputStream(output.get()) : System.out) {
                exporter.export(document, out, new PluginContexts(Clock.systemUTC(), Mode.LOCAL).forCall(TenantContext.LOCAL, exporter, Map.of()));
            }
            System.err.printf(Locale.ROOT, "%d entities (%s), method %s, horizon %d: %d forecast, %d failed, %.1f s%n", series.entities().size(),
                    series.frequency().name().toLowerCase(Locale.ROOT), spec.method(), spec.horizon(), forecasts.size(), failures.size(),
                    (System.nanoTime() - started) / 1e9);
            failures.forEach(f -> System.err.println("  failed: " + f));
        }
    }

    private static SeriesSet read(Path input, ColumnMapping mapping, Optional<Frequency> frequency) throws Exception {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        String reader = name.endsWith(".parquet") ? "read_parquet" : "read_csv_auto";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE VIEW data AS SELECT * FROM " + reader + "(" + DuckDbEngine.literal(input.toAbsolutePath().toString()) + ")");
            List<DatasetColumn> columns = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("DESCRIBE data")) {
                while (rs.next()) {
                    columns.add(DatasetColumn.of(rs.getString(1), ColumnType.TEXT));
                }
            }
            return DatasetSeriesReader.read(connection, input.toString(), mapping.resolve(columns), frequency);
        }
    }

    private static List<String> forecastAll(EntityForecaster forecaster, SeriesSet series, ForecastSpec spec, int threads,
                                            List<EntityForecast> results) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        List<String> failures = new ArrayList<>();
        try {
            List<Future<EntityForecast>> futures = new ArrayList<>();
            List<EntitySeries> all = new ArrayList<>(series.entities().values());
            for (EntitySeries entity : all) {
                futures.add(pool.submit(() -> forecaster.forecast(TenantContext.LOCAL, entity, spec, () -> false)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(all.get(i).id() + ": " + e.getCause().getMessage());
                }
            }
        } finally {
            pool.shutdown();
        }
        return failures;
    }
}
