package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugin.api.forecast.TimeSeries;
import io.lucent.plugins.forecast.statistical.arima.ArimaForecastMethod;
import io.lucent.plugins.forecast.statistical.ces.AutoCes;
import io.lucent.plugins.forecast.statistical.ces.CesInitialisation;
import io.lucent.plugins.forecast.statistical.ces.CesSeasonality;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * A development tool, not a unit test: forecasts every series of a benchmark directory with a pool of methods,
 * once from the whole training part ({@code full}) and once from the training part without its last
 * {@code horizon} values ({@code holdout}), and writes the point forecasts and 80%/95% bounds, one line per
 * (series, split, method): {@code id;split;method;point...;lo80...;hi80...;lo95...;hi95...} with values
 * separated by spaces. Used to study combination rules offline.
 *
 * <p>Usage: {@code PoolForecastDump <data dir> <ids file or ALL> <out file> [methods]}.
 */
public final class PoolForecastDump {

    private PoolForecastDump() {
    }

    /**
     * Candidate models that are not extensions, run with the window of {@code auto}; {@code ceso} and
     * {@code cesp} are CES with estimated starting level (initial=optimal) and with all four seasonal forms.
     */
    private static final Map<String, SeriesModel> MODELS = Map.of(
            "etsw", new EtsAkaikeModel(),
            "thief", new ThiefModel(EtsModel.AUTO),
            "ces", CesModel.auto(),
            "ceso", new CesModel(AutoCes.DEFAULT_CANDIDATES, CesInitialisation.OPTIMAL),
            "cesp", new CesModel(List.of(CesSeasonality.values()), CesInitialisation.BACKCAST),
            "thief-arima", new ThiefModel(new ExtensionMember(new ArimaForecastMethod(),
                    new TestContext(io.lucent.plugin.api.settings.SettingsSchema.EMPTY.validate(Map.of()), false))));

    private static ForecastMethod asMethod(String id, SeriesModel model) {
        return new StatisticalMethod() {
            @Override
            SeriesModel model(io.lucent.plugin.api.settings.Settings settings,
                              io.lucent.plugin.api.PluginContext context) {
                return model;
            }

            @Override
            int window() {
                return MethodRunner.DEFAULT_WINDOW;
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return id;
            }

            @Override
            public String description() {
                return id;
            }

            @Override
            public io.lucent.plugin.api.settings.SettingsSchema settingsSchema() {
                return io.lucent.plugin.api.settings.SettingsSchema.EMPTY;
            }
        };
    }

    private record Info(String id, String frequency, int period, int horizon) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Set<String> ids = args[1].equals("ALL") ? null : new HashSet<>(Files.readAllLines(Path.of(args[1])));
        Map<String, ForecastMethod> all = new LinkedHashMap<>();
        for (ForecastMethod m : List.of(new Naive2Method(), new SesMethod(), new HoltMethod(), new DampedMethod(),
                new EtsMethod(), new ArimaForecastMethod(), new ThetaMethod(), new DotmMethod(), new CombMethod(),
                new BaggedEtsMethod(), new AutoMethod())) {
            all.put(m.id(), m);
        }
        for (Map.Entry<String, SeriesModel> e : MODELS.entrySet()) {
            all.put(e.getKey(), asMethod(e.getKey(), e.getValue()));
        }
        List<ForecastMethod> methods = args.length > 3
                ? Arrays.stream(args[3].split(",")).map(all::get).toList() : List.copyOf(all.values());
        List<String> lines = Files.readAllLines(dir.resolve("info.csv"));
        List<Info> infos = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\"", "").split(",");
            if (ids == null || ids.contains(f[0])) {
                infos.add(new Info(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[4])));
            }
        }
        Set<String> wanted = infos.stream().map(Info::id).collect(Collectors.toSet());
        Map<String, TreeMap<Integer, Double>> train = new LinkedHashMap<>();
        try (var rows = Files.lines(dir.resolve("train.csv"))) {
            rows.skip(1).map(l -> l.split(",")).filter(f -> wanted.contains(f[0]))
                    .forEach(f -> train.computeIfAbsent(f[0], k -> new TreeMap<>())
                            .put(Integer.parseInt(f[2]), Double.parseDouble(f[3])));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<String>> out = new ArrayList<>();
        for (Info info : infos) {
            double[] y = train.get(info.id()).values().stream().mapToDouble(Double::doubleValue).toArray();
            out.add(pool.submit(() -> {
                StringBuilder sb = new StringBuilder();
                for (ForecastMethod m : methods) {
                    sb.append(row(info, "full", m, y));
                    if (y.length - info.horizon() >= 3) {
                        sb.append(row(info, "holdout", m, Arrays.copyOf(y, y.length - info.horizon())));
                    }
                }
                return sb.toString();
            }));
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
            for (Future<String> f : out) {
                w.print(f.get());
            }
        }
        pool.shutdown();
    }

    private static String row(Info info, String split, ForecastMethod method, double[] y) {
        TimeSeries series = new TimeSeries(info.id(), y, List.of(),
                Frequency.valueOf(info.frequency().toUpperCase(Locale.ROOT)), info.period());
        ForecastResult r;
        try {
            r = method.forecast(new ForecastRequest(series, info.horizon(), List.of(80.0, 95.0)),
                    TestContext.defaults(method));
        } catch (RuntimeException e) {
            return "";
        }
        PredictionInterval i80 = r.intervals().get(0);
        PredictionInterval i95 = r.intervals().get(1);
        return info.id() + ";" + split + ";" + method.id() + ";" + join(r.point()) + ";" + join(i80.lower()) + ";"
                + join(i80.upper()) + ";" + join(i95.lower()) + ";" + join(i95.upper()) + "\n";
    }

    private static String join(double[] v) {
        return Arrays.stream(v).mapToObj(x -> Double.toString(x)).collect(Collectors.joining(" "));
    }
}
