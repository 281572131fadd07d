package io.lucent.rules.declarative;

import io.lucent.plugin.api.insight.Metric;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message template: text with placeholders {@code {column}}, {@code {column|format}},
 * {@code {setting.name}} and {@code {setting.name|format}}. Formats: {@code whole} (1,234), {@code money}
 * (1,234.50), {@code percent} (12.3), {@code decimal} (up to two decimals, the default for numbers) and
 * {@code pvalue} (0.004). Every number a template writes becomes a supporting metric, so a stated number can
 * always be traced.
 */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)(?:\\|([a-z]+))?}");
    static final List<String> FORMATS = List.of("whole", "money", "percent", "decimal", "pvalue");

    private final String source;

    Template(String source) {
        this.source = source;
    }

    /** The placeholders' names and formats, checked when the file is read. */
    List<String[]> placeholders() {
        List<String[]> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(source);
        while (matcher.find()) {
            found.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return found;
    }

    /**
     * Renders the template.
     *
     * @param row      the row's values by column
     * @param settings the settings' values by name
     * @param metrics  where the numbers written are added (once per name)
     */
    String render(Map<String, Object> row, Map<String, Double> settings, Map<String, Metric> metrics) {
        Matcher matcher = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String format = matcher.group(2);
            Object value;
            String metricName;
            if (name.startsWith("setting.")) {
                metricName = name.substring("setting.".length());
                value = settings.get(metricName);
            } else {
                metricName = name;
                value = row.get(name);
            }
            String text;
            if (value instanceof Number number) {
                double x = number.doubleValue();
                text = format(x, format == null ? "decimal" : format);
                metrics.putIfAbsent(metricName, new Metric(metricName, label(metricName), x, unit(format)));
            } else {
                text = value == null ? "unknown" : value.toString();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String format(double value, String format) {
        String pattern = switch (format) {
            case "whole" -> "#,##0";
            case "money" -> "#,##0.00";
            case "percent" -> "#,##0.#";
            case "pvalue" -> "0.###";
            default -> "#,##0.##";
        };
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    static String label(String column) {
        String spaced = column.replace('_', ' ');
        return spaced.isEmpty() ? column : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String unit(String format) {
        if (format == null) {
            return "";
        }
        return switch (format) {
            case "percent" -> "%";
            case "money" -> "currency";
            default -> "";
        };
    }
}
