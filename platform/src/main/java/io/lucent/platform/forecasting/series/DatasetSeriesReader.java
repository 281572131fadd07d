package io.lucent.platform.forecasting.series;

import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.platform.datasets.copies.DeletedCopies;
import io.lucent.platform.datasets.copies.LocalCopies;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.datasets.query.SandboxPool;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.errors.LucentException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a dataset version as entity series through DuckDB: rows with a date and an entity id, the values of one
 * entity and period combined by the mapping's duplicate rule (summed by default), missing periods as {@code NaN}.
 * Data of no standard frequency ({@link Frequency#OTHER}) keeps its {@link Spacing}: whole months apart when every
 * date is the same day of a month, otherwise whole days spaced by the greatest common divisor of its gaps. Quarterly
 * or yearly data whose dates are all firsts of months on its own 3- or 12-month grid (e.g. fiscal quarters from
 * February) keeps its dates; other data is laid on calendar quarters and years. Keeps the last few views in memory
 * (a batch's tasks all read the same one).
 */
public final class DatasetSeriesReader implements LocalCopies {

    private static final int CACHED_VIEWS = 4;

    private final DatasetStore store;
    private final SandboxPool sandboxes;
    private final Map<String, SeriesSet> cache = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SeriesSet> eldest) {
            return size() > CACHED_VIEWS;
        }
    });

    public DatasetSeriesReader(DatasetStore store, SandboxPool sandboxes) {
        this.store = store;
        this.sandboxes = sandboxes;
    }

    /** The series of the version stored under {@code storageKey}, read once and then served from memory. */
    public SeriesSet read(String storageKey, ColumnMapping.Resolved columns, Optional<Frequency> frequency) {
        String key = storageKey + "|" + columns + "|" + frequency.map(Enum::name).orElse("detect");
        SeriesSet cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        SeriesSet read = load(storageKey, columns, frequency);
        cache.put(key, read);
        return read;
    }

    /** Drops the views of a deleted dataset's versions. */
    @Override
    public void forget(DeletedCopies deleted) {
        synchronized (cache) {
            cache.keySet().removeIf(key -> key.startsWith(deleted.storagePrefix()));
        }
    }

    private record Row(String entity, String name, LocalDateTime time, double value) {
    }

    private SeriesSet load(String storageKey, ColumnMapping.Resolved columns, Optional<Frequency> given) {
        List<Row> rows = sandboxes.query(store.localFile(storageKey), connection -> rows(connection, columns));
        return assemble(storageKey, rows, columns, given);
    }

    /**
     * Reads the series from the table or view {@code data} of any DuckDB connection (the command line reads a
     * file this way, without a dataset store).
     */
    public static SeriesSet read(java.sql.Connection connection, String source, ColumnMapping.Resolved columns, Optional<Frequency> frequency)
            throws java.sql.SQLException {
        return assemble(source, rows(connection, columns), columns, frequency);
    }

    private static List<Row> rows(java.sql.Connection connection, ColumnMapping.Resolved columns) throws java.sql.SQLException {
        String sql = "SELECT CAST(" + DuckDbEngine.identifier(columns.entityId()) + " AS VARCHAR) AS e, "
                + columns.entityName().map(n -> "CAST(" + DuckDbEngine.identifier(n) + " AS VARCHAR)").orElse("NULL") + " AS n, "
                + "TRY_CAST(" + DuckDbEngine.identifier(columns.date()) + " AS TIMESTAMP) AS d, "
                + "TRY_CAST(" + DuckDbEngine.identifier(columns.value()) + " AS DOUBLE) AS v FROM data"
                + " WHERE " + DuckDbEngine.identifier(columns.entityId()) + " IS NOT NULL";
        List<Row> list = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Timestamp time = rs.getTimestamp("d");
                if (time == null) {
                    continue;
                }
                double read = rs.getDouble("v");
                double value = rs.wasNull() ? Double.NaN : read;
                list.add(new Row(rs.getString("e"), rs.getString("n"), time.toLocalDateTime(), value));
            }
        }
        // DuckDB returns an unordered scan in file order; a stable sort keeps that order among rows of one date, so
        // the duplicate rules "first" and "last" mean first and last in the file.
        list.sort(java.util.Comparator.comparing(Row::entity).thenComparing(Row::time));
        return list;
    }

    private static SeriesSet assemble(String storageKey, List<Row> rows, ColumnMapping.Resolved columns, Optional<Frequency> given) {
        if (rows.isEmpty()) {
            throw LucentException.invalid("No row of the dataset has both an entity id in '" + columns.entityId()
                    + "' and a date in '" + columns.date() + "'");
        }
        if (rows.stream().allMatch(row -> Double.isNaN(row.value()))) {
            throw LucentException.invalid("No value in '" + columns.value() + "' reads as a number; map a numeric column as the value");
        }
        Frequency frequency = given.orElseGet(() -> detect(rows));
        LocalDateTime origin = rows.stream().map(Row::time).min(LocalDateTime::compareTo).orElseThrow();
        boolean ownGrid = (frequency == Frequency.QUARTERLY || frequency == Frequency.YEARLY)
                && Calendars.onMonthGrid(() -> rows.stream().map(Row::time).iterator(), origin, frequency == Frequency.QUARTERLY ? 3 : 12);
        Map<String, TreeMap<LocalDateTime, List<Double>>> byEntity = new TreeMap<>();
        Map<String, String> names = new java.util.HashMap<>();
        for (Row row : rows) {
            LocalDateTime period = ownGrid ? row.time() : Calendars.periodStart(row.time(), frequency, origin);
            byEntity.computeIfAbsent(row.entity(), e -> new TreeMap<>()).computeIfAbsent(period, p -> new ArrayList<>()).add(row.value());
            if (row.name() != null) {
                names.putIfAbsent(row.entity(), row.name());
            }
        }
        Spacing spacing = frequency == Frequency.OTHER ? otherSpacing(byEntity.values()) : Spacing.of(frequency, List.of());
        Map<String, EntitySeries> entities = new LinkedHashMap<>();
        byEntity.forEach((entity, periods) -> entities.put(entity, regular(entity, names.getOrDefault(entity, entity), periods, frequency,
                spacing, columns.duplicates())));
        return new SeriesSet(storageKey, columns, frequency, given.isEmpty(), Collections.unmodifiableMap(entities));
    }

    /**
     * Data of no named frequency evenly spaced by whole days (e.g. aggregated to periods of 3 days) or whole months
     * (e.g. periods of 2 or 6 months) keeps its spacing.
     */
    private static Spacing otherSpacing(java.util.Collection<TreeMap<LocalDateTime, List<Double>>> entities) {
        TreeSet<LocalDateTime> starts = new TreeSet<>();
        entities.forEach(periods -> starts.addAll(periods.keySet()));
        return Spacing.fromStarts(new ArrayList<>(starts));
    }

    private static EntitySeries regular(String entity, String name, TreeMap<LocalDateTime, List<Double>> periods, Frequency frequency,
                                        Spacing spacing, String duplicates) {
        List<LocalDateTime> calendar = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        LocalDateTime last = periods.lastKey();
        for (LocalDateTime period = periods.firstKey(); !period.isAfter(last); period = spacing.after(period, 1)) {
            calendar.add(period);
            values.add(combine(periods.get(period), duplicates));
            if (calendar.size() > 1_000_000) {
                throw LucentException.invalid("Entity '" + entity + "' spans more than a million " + frequency.name().toLowerCase()
                        + " periods; choose a coarser frequency");
            }
        }
        return new EntitySeries(entity, name, calendar, values.stream().mapToDouble(Double::doubleValue).toArray(), frequency);
    }

    /** The rows of one period as one value; rows without a value are ignored (all missing: missing). */
    static double combine(List<Double> rows, String duplicates) {
        if (rows == null) {
            return Double.NaN;
        }
        double[] present = rows.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).toArray();
        if (present.length == 0 || (present.length > 1 && "drop".equals(duplicates))) {
            return Double.NaN;
        }
        return switch (duplicates == null ? "sum" : duplicates) {
            case "mean" -> java.util.Arrays.stream(present).average().orElseThrow();
            case "first" -> present[0];
            case "last" -> present[present.length - 1];
            default -> java.util.Arrays.stream(present).sum();
        };
    }

    private static Frequency detect(List<Row> rows) {
        // The entity with the most distinct timestamps decides.
        Map<String, TreeSet<LocalDateTime>> times = new java.util.HashMap<>();
        for (Row row : rows) {
            times.computeIfAbsent(row.entity(), e -> new TreeSet<>()).add(row.time());
        }
        return FrequencyDetector.detect(times.values().stream().max(java.util.Comparator.comparingInt(TreeSet::size)).orElseThrow());
    }
}
