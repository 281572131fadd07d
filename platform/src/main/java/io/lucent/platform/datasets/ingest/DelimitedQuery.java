package io.lucent.platform.datasets.ingest;

import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.DelimitedColumn;
import io.lucent.plugin.api.data.DelimitedLayout;
import io.lucent.platform.datasets.query.DuckDbEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The DuckDB query that reads a delimited text file the way a connector described it ({@link DelimitedLayout}):
 * {@code read_csv} with exactly the described dialect and no detection, decimals parsed by DuckDB itself (with the
 * described decimal separator), and the other typed columns read as text and converted in SQL only when they have
 * precisely the form the connector reads (whole numbers without leading zeros or fractions, {@code true/false/yes/no},
 * dates in the described formats); any other value, and any record with the wrong number of
 * fields, makes the query fail, and the host then reads the connector's batches (which report bad rows with line
 * numbers and widen types). Blank fields are missing values.
 *
 * <p>Where DuckDB is more lenient than the connector: a decimal column also takes {@code nan}, {@code inf} and
 * numbers with leading zeros ({@code 007.5}), which the connector would read as text (widening the column).
 * Decimals are parsed by DuckDB for speed; whole numbers are checked because DuckDB would round {@code 1.5}.
 *
 * <p>With a thousands separator, numbers are read as text and converted in SQL only when they have precisely the
 * form the connector reads: grouped by threes with that separator (no exponent, no leading zero) or ungrouped, with
 * the decimal separator; at most 200 characters and two exponent digits, so no value overflows to infinity.
 *
 * <p>The file must be UTF-8 (a UTF-8 byte-order mark is skipped by DuckDB); other encodings are converted first
 * ({@link Utf8Copy}).
 */
public final class DelimitedQuery {

    /** The characters a blank field may consist of, as a SQL string literal for {@code trim}. */
    static final String BLANK = "' \t\r\n\f\u000B'";

    /** The temporary table DuckDB records skipped records in, one row per error. */
    static final String REJECTED_ROWS = "lucent_rejected_rows";

    /** The temporary table DuckDB records the scans with skipped records in. */
    static final String REJECTED_SCANS = "lucent_rejected_scans";

    private DelimitedQuery() {
    }

    /**
     * The query over {@code utf8File}, or empty if the layout uses something this query does not handle.
     *
     * @param layout   the connector's description
     * @param utf8File the file, in UTF-8
     * @return a SELECT whose columns are the layout's, named as in the layout
     */
    public static Optional<String> of(DelimitedLayout layout, Path utf8File) {
        return of(layout, utf8File, false);
    }

    /**
     * Like {@link #of(DelimitedLayout, Path)}, but if {@code skipRejected} is set, records DuckDB cannot read (the
     * wrong number of fields, a malformed quote, a decimal that is not a number, ...) are skipped instead of failing
     * the query, and recorded in the connection's temporary table {@value #REJECTED_ROWS} (DuckDB's
     * {@code store_rejects}) for the caller to judge ({@link RejectedRecords}). Values of the other typed columns still
     * fail the query when they do not have the described form.
     */
    public static Optional<String> of(DelimitedLayout layout, Path utf8File, boolean skipRejected) {
        if (!single(layout.delimiter()) || !single(layout.quote()) || !single(layout.escape())
                || layout.thousandsSeparator().filter(t -> !groupingCharacter(t, layout.decimalSeparator())).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(query(layout, utf8File, skipRejected));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String query(DelimitedLayout layout, Path utf8File, boolean skipRejected) {
        List<String> raw = new ArrayList<>();
        List<String> select = new ArrayList<>();
        List<DelimitedColumn> columns = layout.columns();
        for (int c = 0; c < columns.size(); c++) {
            String field = "c" + c;
            DelimitedColumn column = columns.get(c);
            boolean numeric = column.type() == ColumnType.INTEGER || column.type() == ColumnType.DECIMAL;
            boolean grouped = numeric && layout.thousandsSeparator().isPresent();
            String readAs = column.type() == ColumnType.DECIMAL && !grouped ? "DOUBLE" : "VARCHAR";
            raw.add(DuckDbEngine.literal(field) + ": " + DuckDbEngine.literal(readAs));
            String value = grouped ? groupedNumber(field, column, layout.decimalSeparator(), layout.thousandsSeparator().get())
                    : conversion(field, column);
            select.add(value + " AS " + DuckDbEngine.identifier(column.name()));
        }
        String read = "read_csv(" + DuckDbEngine.literal(utf8File.toString())
                + ", auto_detect = false, header = " + layout.header()
                + ", skip = " + layout.skipLines()
                + ", delim = " + DuckDbEngine.literal(String.valueOf(layout.delimiter()))
                + ", quote = " + DuckDbEngine.literal(String.valueOf(layout.quote()))
                + ", escape = " + DuckDbEngine.literal(String.valueOf(layout.escape()))
                + ", decimal_separator = " + DuckDbEngine.literal(String.valueOf(layout.decimalSeparator()))
                + ", strict_mode = true, null_padding = false"
                + (skipRejected ? ", ignore_errors = true, store_rejects = true, rejects_table = " + DuckDbEngine.literal(REJECTED_ROWS)
                        + ", rejects_scan = " + DuckDbEngine.literal(REJECTED_SCANS) : ", ignore_errors = false")
                + ", columns = {" + String.join(", ", raw) + "})";
        return "SELECT " + String.join(", ", select) + " FROM " + read;
    }

    /**
     * The SQL turning text field {@code field} into the column's type, failing on a value of another form. The
     * common case comes first and is cheap (one regular expression, one cast); blank and padded values are
     * checked only for the fields that miss it.
     */
    static String conversion(String field, DelimitedColumn column) {
        String blank = " WHEN " + field + " IS NULL OR trim(" + field + ", " + BLANK + ") = '' THEN NULL";
        String fail = " ELSE error(" + DuckDbEngine.literal("a value of column '" + column.name() + "' is not "
                + column.type().name().toLowerCase(Locale.ROOT)) + ") END";
        return switch (column.type()) {
            case TEXT -> "CASE WHEN ascii(" + field + ") > 32 THEN " + field + blank + " ELSE " + field + " END";
            case INTEGER -> "CASE WHEN regexp_full_match(" + field + ", ' *[+-]?(0|[1-9][0-9]{0,18}) *') THEN CAST(" + field
                    + " AS BIGINT)" + blank + fail;
            case DECIMAL -> field;
            case BOOLEAN -> "CASE WHEN " + field + " IN ('true', 'yes', 'TRUE', 'YES', 'True', 'Yes') THEN true WHEN " + field
                    + " IN ('false', 'no', 'FALSE', 'NO', 'False', 'No') THEN false" + blank + " WHEN lower(trim(" + field + ", "
                    + BLANK + ")) IN ('true', 'yes') THEN true WHEN lower(trim(" + field + ", " + BLANK
                    + ")) IN ('false', 'no') THEN false" + fail;
            case DATE, TIMESTAMP -> {
                // Each value has the shape of at most one format, so the order of the WHENs does not matter: ISO first
                // (the cheapest cast), then one test for all the formats strptime reads, then the others one by one.
                StringBuilder sql = new StringBuilder("CASE");
                List<String> parsed = new ArrayList<>();
                List<String> others = new ArrayList<>();
                for (String format : column.dateFormats()) {
                    if (isIso(format, column.type())) {
                        sql.append(whenShape(field, shape(format))).append(temporal(field, format, column.type()));
                    } else if (byStrptime(format)) {
                        parsed.add(format);
                    } else {
                        others.add(format);
                    }
                }
                if (!parsed.isEmpty()) {
                    String shapes = String.join("|", parsed.stream().map(f -> "(" + shape(f) + ")").toList());
                    String formats = "[" + String.join(", ", parsed.stream().map(DuckDbEngine::literal).toList()) + "]";
                    String value = "strptime(" + field + ", " + formats + ")";
                    sql.append(whenShape(field, shapes)).append(column.type() == ColumnType.DATE ? "CAST(" + value + " AS DATE)" : value);
                }
                for (String format : others) {
                    sql.append(whenShape(field, shape(format))).append(temporal(field, format, column.type()));
                }
                yield sql + blank + fail;
            }
        };
    }

    /**
     * The SQL turning text field {@code field} of an INTEGER or DECIMAL column into its number, where numbers may
     * group digits by threes with {@code thousands}: the separators are removed and a decimal comma becomes a point
     * before DuckDB's cast. Fails on a value of another form.
     */
    static String groupedNumber(String field, DelimitedColumn column, char decimal, char thousands) {
        String t = regexCharacter(thousands);
        String d = regexCharacter(decimal);
        String groups = "[1-9][0-9]{0,2}(" + t + "[0-9]{3})+";
        String digits = "replace(" + field + ", " + DuckDbEngine.literal(String.valueOf(thousands)) + ", '')";
        String shape;
        String number;
        if (column.type() == ColumnType.INTEGER) {
            shape = " *[+-]?(0|[1-9][0-9]{0,18}|" + groups + ") *";
            number = "CAST(" + digits + " AS BIGINT)";
        } else {
            shape = " *[+-]?(" + groups + "(" + d + "[0-9]*)?|((0|[1-9][0-9]*)(" + d + "[0-9]*)?|" + d + "[0-9]+)([eE][+-]?[0-9]{1,2})?) *";
            number = "CAST(" + (decimal == '.' ? digits : "replace(" + digits + ", ',', '.')") + " AS DOUBLE)";
        }
        String blank = " WHEN " + field + " IS NULL OR trim(" + field + ", " + BLANK + ") = '' THEN NULL";
        return "CASE WHEN length(" + field + ") <= 200 AND regexp_full_match(" + field + ", " + DuckDbEngine.literal(shape) + ") THEN "
                + number + blank + " ELSE error(" + DuckDbEngine.literal("a value of column '" + column.name() + "' is not "
                + column.type().name().toLowerCase(Locale.ROOT)) + ") END";
    }

    /** Whether {@code c} can separate groups of digits in numbers with the decimal separator {@code decimal}. */
    private static boolean groupingCharacter(char c, char decimal) {
        return c != decimal && !Character.isLetterOrDigit(c) && c != '+' && c != '-' && single(c) && !Character.isISOControl(c);
    }

    /** {@code c} as a regular expression matching itself. */
    private static String regexCharacter(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
    }

    /**
     * One format's conversion, for a field whose shape matched it: DuckDB's own cast for ISO dates and times,
     * {@code strptime} for formats without two-digit years and fractions of seconds (it fails on an impossible date
     * such as 30 February or an hour of 24), otherwise the digit groups in the format's order assembled with
     * {@code make_date}/{@code make_timestamp} (which fail on an impossible date). A two-digit year ({@code %y}) is
     * 2000 to 2049 for 00 to 49 and 1950 to 1999 for 50 to 99 (DuckDB's {@code %y} reads 67 as 2067).
     */
    private static String temporal(String field, String format, ColumnType type) {
        if (isIso(format, type)) {
            return "CAST(" + field + " AS " + (type == ColumnType.DATE ? "DATE" : "TIMESTAMP") + ")";
        }
        if (byStrptime(format)) {
            String parsed = "strptime(" + field + ", " + DuckDbEngine.literal(format) + ")";
            return type == ColumnType.DATE ? "CAST(" + parsed + " AS DATE)" : parsed;
        }
        String parts = "string_split_regex(" + field + ", '[^0-9]+')";
        List<Character> order = new ArrayList<>();
        for (int i = 0; i + 1 < format.length(); i++) {
            if (format.charAt(i) == '%') {
                order.add(format.charAt(++i));
            }
        }
        java.util.function.Function<Character, String> part = spec -> {
            int index = order.indexOf(spec);
            return index < 0 ? "0" : "CAST(" + parts + "[" + (index + 1) + "] AS INTEGER)";
        };
        String year = order.contains('Y') ? part.apply('Y')
                : "(CASE WHEN " + part.apply('y') + " < 50 THEN 2000 ELSE 1900 END + " + part.apply('y') + ")";
        if (type == ColumnType.DATE) {
            return "make_date(" + year + ", " + part.apply('m') + ", " + part.apply('d') + ")";
        }
        String seconds = order.contains('f')
                ? "(" + part.apply('S') + " + CAST('0.' || " + parts + "[" + (order.indexOf('f') + 1) + "] AS DOUBLE))"
                : part.apply('S');
        return "make_timestamp(" + year + ", " + part.apply('m') + ", " + part.apply('d') + ", " + part.apply('H') + ", "
                + part.apply('M') + ", " + seconds + ")";
    }

    private static boolean isIso(String format, ColumnType type) {
        return type == ColumnType.DATE ? format.equals("%Y-%m-%d") : format.equals("%Y-%m-%d %H:%M:%S") || format.equals("%Y-%m-%d");
    }

    /**
     * Whether DuckDB's strptime reads the format as the connector does: one or two digits for %m, %d and %H,
     * impossible dates and times fail; not for two-digit years (DuckDB reads 67 as 2067) or fractions of seconds.
     * It is an order of magnitude faster than splitting the text into digit groups.
     */
    private static boolean byStrptime(String format) {
        return !format.contains("%y") && !format.contains("%f");
    }

    private static String whenShape(String field, String regex) {
        return " WHEN regexp_full_match(" + field + ", " + DuckDbEngine.literal(regex) + ") THEN ";
    }

    /**
     * A regular expression matching exactly the texts the strftime pattern describes ({@code %Y} four digits,
     * {@code %y} two, {@code %m %d %H} one or two, {@code %M %S} two, {@code %f} one to nine).
     */
    static String shape(String format) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length()) {
                char spec = format.charAt(++i);
                regex.append(switch (spec) {
                    case 'Y' -> "[0-9]{4}";
                    case 'y' -> "[0-9]{2}";
                    case 'm', 'd', 'H' -> "[0-9]{1,2}";
                    case 'M', 'S' -> "[0-9]{2}";
                    case 'f' -> "[0-9]{1,9}";
                    default -> throw new IllegalArgumentException("unsupported date format specifier %" + spec);
                });
            } else if (Character.isLetterOrDigit(c) || c == ' ' || c == ':' || c == '-' || c == '/') {
                regex.append(c);
            } else {
                regex.append('\\').append(c);
            }
        }
        return regex.toString();
    }

    private static boolean single(char c) {
        return c != '\'' && c != '\\' && c != 0 && c != '\n' && c != '\r';
    }
}
