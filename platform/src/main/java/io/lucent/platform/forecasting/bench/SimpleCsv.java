package io.lucent.platform.forecasting.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The simple CSV of benchmark files: comma-separated, fields optionally in double quotes, no embedded commas or
 * line breaks (the layout written by the M4 tools, R's {@code write.csv} and our own {@code --out}).
 */
final class SimpleCsv {

    private SimpleCsv() {
    }

    /**
     * Splits a line into its fields, trimmed and unquoted.
     *
     * @param line the line
     * @return the fields
     */
    static String[] fields(String line) {
        String[] f = line.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            String s = f[i].trim();
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                s = s.substring(1, s.length() - 1);
            }
            f[i] = s;
        }
        return f;
    }

    /**
     * Maps the lower-cased column names of a header line to their positions.
     *
     * @param line the header line, null for an empty file
     * @return the positions by name
     * @throws IOException if the file is empty
     */
    static Map<String, Integer> header(String line) throws IOException {
        if (line == null) {
            throw new IOException("empty file");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        String[] f = fields(line);
        for (int i = 0; i < f.length; i++) {
            out.put(f[i].toLowerCase(Locale.ROOT), i);
        }
        return out;
    }

    /**
     * The position of a column that must be present.
     *
     * @param header the header positions
     * @param name   the lower-case column name
     * @param file   the file, for the message
     * @return the position
     * @throws IOException if the column is missing
     */
    static int required(Map<String, Integer> header, String name, String file) throws IOException {
        Integer index = header.get(name);
        if (index == null) {
            throw new IOException(file + " has no column '" + name + "' (columns: " + header.keySet() + ")");
        }
        return index;
    }

    /**
     * A number field: empty and {@code NA} are NaN.
     *
     * @param raw the field
     * @return the value
     */
    static double number(String raw) {
        return raw.isEmpty() || raw.equals("NA") || raw.equals("NaN") ? Double.NaN : Double.parseDouble(raw);
    }
}
