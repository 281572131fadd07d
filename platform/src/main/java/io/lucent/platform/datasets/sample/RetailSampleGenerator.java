package io.lucent.platform.datasets.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a realistic daily retail sales history (our own synthetic data): items with different demand
 * patterns — steady, seasonal (winter or summer peak), trending up or down, intermittent, and dead (stops
 * selling) — with weekday effects, price points, customer returns as negative-volume rows, and a few
 * deliberate data-quality faults (missing volumes, a duplicated row, an outlier spike, a stray trailing space in
 * a name). The same seed always gives the same rows.
 */
public final class RetailSampleGenerator {

    /** An item's demand pattern. */
    public enum Pattern {
        STEADY, WINTER_SEASONAL, SUMMER_SEASONAL, TRENDING_UP, TRENDING_DOWN, INTERMITTENT, DEAD
    }

    /**
     * One generated row. {@code volume} is null for a missing value.
     *
     * @param date       day of the sale
     * @param entityId   item id
     * @param entityName item name
     * @param category   item category
     * @param volume     units sold (negative for a return), or null where the export lost the value
     * @param unitPrice  price per unit
     * @param revenue    volume times price, or null when volume is missing
     */
    public record Row(LocalDate date, String entityId, String entityName, String category, Long volume, double unitPrice, Double revenue) {
    }

    private record Item(String id, String name, String category, Pattern pattern, double baseDemand, double price, int deadAfterDay) {
    }

    private static final String[][] CATALOGUE = {
        {"Wool Scarf", "Apparel"}, {"Rain Jacket", "Apparel"}, {"Linen Shirt", "Apparel"}, {"Sun Hat", "Apparel"},
        {"Espresso Beans 1kg", "Grocery"}, {"Green Tea 50 bags", "Grocery"}, {"Dark Chocolate", "Grocery"}, {"Olive Oil 1l", "Grocery"},
        {"LED Desk Lamp", "Home"}, {"Scented Candle", "Home"}, {"Photo Frame", "Home"}, {"Garden Hose 20m", "Garden"},
        {"Seed Starter Kit", "Garden"}, {"Fleece Blanket", "Home"}, {"Water Bottle", "Sports"}, {"Yoga Mat", "Sports"},
        {"Phone Stand", "Electronics"}, {"USB-C Cable", "Electronics"}, {"Fidget Spinner", "Toys"}, {"Advent Calendar", "Seasonal"},
        {"Barbecue Tongs", "Garden"}, {"Notebook A5", "Stationery"}, {"Gel Pens 10 pack", "Stationery"}, {"Retro Game Console", "Electronics"},
    };

    private static final Pattern[] PATTERNS = {
        Pattern.WINTER_SEASONAL, Pattern.STEADY, Pattern.SUMMER_SEASONAL, Pattern.SUMMER_SEASONAL,
        Pattern.TRENDING_UP, Pattern.STEADY, Pattern.WINTER_SEASONAL, Pattern.TRENDING_DOWN,
        Pattern.STEADY, Pattern.WINTER_SEASONAL, Pattern.INTERMITTENT, Pattern.SUMMER_SEASONAL,
        Pattern.SUMMER_SEASONAL, Pattern.WINTER_SEASONAL, Pattern.TRENDING_UP, Pattern.TRENDING_UP,
        Pattern.INTERMITTENT, Pattern.STEADY, Pattern.DEAD, Pattern.WINTER_SEASONAL,
        Pattern.INTERMITTENT, Pattern.STEADY, Pattern.TRENDING_DOWN, Pattern.DEAD,
    };

    private final long seed;
    private final LocalDate start;
    private final int days;

    /**
     * @param seed  random seed
     * @param start first day
     * @param days  number of days
     */
    public RetailSampleGenerator(long seed, LocalDate start, int days) {
        if (days < 60) {
            throw new IllegalArgumentException("a sample needs at least 60 days");
        }
        this.seed = seed;
        this.start = start;
        this.days = days;
    }

    /** The column names, in row order. */
    public static List<String> columns() {
        return List.of("Date", "Entity_ID", "Entity_Name", "Category", "Volume", "Unit_Price", "Revenue");
    }

    /** All rows, ordered by date then item. */
    public List<Row> rows() {
        SplittableRandom random = new SplittableRandom(seed);
        List<Item> items = items(random);
        List<Row> rows = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            LocalDate date = start.plusDays(day);
            for (Item item : items) {
                long volume = sample(random, demand(item, date, day));
                if (volume > 0) {
                    rows.add(row(date, item, volume));
                }
                if (volume > 0 && random.nextDouble() < 0.015) {
                    rows.add(row(date, item, -(1 + random.nextInt(Math.max(1, (int) Math.min(volume, 3))))));
                }
            }
        }
        injectFaults(random, rows);
        return rows;
    }

    private List<Item> items(SplittableRandom random) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < CATALOGUE.length; i++) {
            Pattern pattern = PATTERNS[i];
            double base = switch (pattern) {
                case INTERMITTENT -> 0.25 + random.nextDouble() * 0.3;
                case DEAD -> 3 + random.nextDouble() * 4;
                default -> 4 + random.nextDouble() * 30;
            };
            double price = Math.round((3 + random.nextDouble() * 60) * 4) / 4.0 - 0.01;
            int deadAfter = pattern == Pattern.DEAD ? days - Math.min(days / 3, 90 + random.nextInt(60)) : Integer.MAX_VALUE;
            items.add(new Item(String.format("SKU-%04d", 1001 + i), CATALOGUE[i][0], CATALOGUE[i][1], pattern, base, price, deadAfter));
        }
        return items;
    }

    private double demand(Item item, LocalDate date, int day) {
        double yearPhase = 2 * Math.PI * (date.getDayOfYear() - 1) / 365.25;
        double weekday = date.getDayOfWeek() == DayOfWeek.SATURDAY ? 1.35 : date.getDayOfWeek() == DayOfWeek.SUNDAY ? 1.2
                : date.getDayOfWeek() == DayOfWeek.MONDAY ? 0.85 : 1.0;
        double level = switch (item.pattern()) {
            case STEADY, INTERMITTENT -> item.baseDemand();
            case WINTER_SEASONAL -> item.baseDemand() * (1 + 0.8 * Math.cos(yearPhase - 2 * Math.PI * 350 / 365.25));
            case SUMMER_SEASONAL -> item.baseDemand() * (1 + 0.8 * Math.cos(yearPhase - 2 * Math.PI * 190 / 365.25));
            case TRENDING_UP -> item.baseDemand() * (0.5 + 1.5 * day / (double) days);
            case TRENDING_DOWN -> item.baseDemand() * (1.6 - 1.3 * day / (double) days);
            case DEAD -> day >= item.deadAfterDay() ? 0 : item.baseDemand();
        };
        return Math.max(0, level * weekday);
    }

    private static long sample(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static Row row(LocalDate date, Item item, long volume) {
        return new Row(date, item.id(), item.name(), item.category(), volume, item.price(), Math.round(volume * item.price() * 100) / 100.0);
    }

    private static void injectFaults(SplittableRandom random, List<Row> rows) {
        for (int i = 0; i < 12; i++) {
            int at = random.nextInt(rows.size());
            Row row = rows.get(at);
            rows.set(at, new Row(row.date(), row.entityId(), row.entityName(), row.category(), null, row.unitPrice(), null));
        }
        int duplicate = random.nextInt(rows.size());
        rows.add(duplicate + 1, rows.get(duplicate));
        int spike = random.nextInt(rows.size());
        Row s = rows.get(spike);
        if (s.volume() != null && s.volume() > 0) {
            long volume = s.volume() * 25;
            rows.set(spike, new Row(s.date(), s.entityId(), s.entityName(), s.category(), volume, s.unitPrice(),
                    Math.round(volume * s.unitPrice() * 100) / 100.0));
        }
        int spaced = random.nextInt(rows.size());
        Row t = rows.get(spaced);
        rows.set(spaced, new Row(t.date(), t.entityId(), t.entityName() + " ", t.category(), t.volume(), t.unitPrice(), t.revenue()));
    }
}
