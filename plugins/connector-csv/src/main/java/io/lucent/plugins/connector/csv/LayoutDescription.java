package io.lucent.plugins.connector.csv;

import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.DelimitedColumn;
import io.lucent.plugin.api.data.DelimitedLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Describes a file the connector has laid out as a {@link DelimitedLayout}, for hosts that load delimited text
 * themselves. Numbers are described with the one digit-grouping character seen in them, if any (a number grouped
 * otherwise then fails such a load and the host reads the batches, which understand every grouping of the style);
 * a file whose numeric columns use different decimal separators cannot be described.
 */
final class LayoutDescription {

    private static final List<String> TIMES = List.of("", " %H:%M", " %H:%M:%S", " %H:%M:%S.%f", "T%H:%M", "T%H:%M:%S", "T%H:%M:%S.%f");

    private LayoutDescription() {
    }

    /**
     * The layout, or empty if it cannot be described.
     *
     * @param grouping the thousands separator the numbers were seen to use, if any
     */
    static Optional<DelimitedLayout> of(CsvSource source, CsvLayout layout, Optional<Character> grouping) {
        Character decimal = null;
        List<DelimitedColumn> columns = new ArrayList<>();
        for (int c = 0; c < layout.parsers().size(); c++) {
            ColumnParser parser = layout.parsers().get(c);
            if (parser.type() == ColumnType.INTEGER || parser.type() == ColumnType.DECIMAL) {
                char separator = parser.numbers().decimal();
                if (decimal != null && decimal != separator) {
                    return Optional.empty();
                }
                decimal = separator;
            }
            columns.add(new DelimitedColumn(layout.schema().column(c).name(), parser.type(), dateFormats(parser)));
        }
        return Optional.of(new DelimitedLayout(source.encoding().charset(), source.encoding().bomLength(), source.hintLine() ? 1 : 0,
                source.delimiter(), source.quote(), source.quote(), layout.hasHeader(), decimal == null ? '.' : decimal,
                decimal == null ? Optional.empty() : grouping, columns));
    }

    /** The strftime patterns of a date or timestamp column: the forms {@link DateTimeText} reads in its order. */
    static List<String> dateFormats(ColumnParser parser) {
        if (parser.order() == null) {
            return List.of();
        }
        List<String> dates = new ArrayList<>();
        for (String separator : List.of("-", "/", ".")) {
            dates.add(switch (parser.order()) {
                case YEAR_MONTH_DAY -> "%Y" + separator + "%m" + separator + "%d";
                case DAY_MONTH_YEAR -> "%d" + separator + "%m" + separator + "%Y";
                case MONTH_DAY_YEAR -> "%m" + separator + "%d" + separator + "%Y";
            });
        }
        if (parser.order() != DateOrder.YEAR_MONTH_DAY) {
            // A two-digit year comes last, after '/' or '-' (see DateTimeText).
            for (String separator : List.of("/", "-")) {
                dates.add(parser.order() == DateOrder.DAY_MONTH_YEAR ? "%d" + separator + "%m" + separator + "%y"
                        : "%m" + separator + "%d" + separator + "%y");
            }
        }
        List<String> formats = new ArrayList<>();
        for (String date : dates) {
            if (parser.type() == ColumnType.DATE) {
                formats.add(date);
            } else {
                TIMES.forEach(time -> formats.add(date + time));
            }
        }
        return formats;
    }
}
