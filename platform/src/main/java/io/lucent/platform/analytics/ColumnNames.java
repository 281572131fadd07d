package io.lucent.platform.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds a dataset's column by a list of known names, ignoring case, spaces, dashes and underscores. */
final class ColumnNames {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    /** Each normalised name and the first column (in the dataset's order) that has it. */
    private final Map<String, String> byNormalName = new HashMap<>();

    ColumnNames(List<String> columns) {
        for (String column : columns) {
            byNormalName.putIfAbsent(normal(column), column);
        }
    }

    /** The first column (in the order of {@code candidates}) whose normalised name is one of them. */
    String find(String... candidates) {
        for (String candidate : candidates) {
            String match = byNormalName.get(candidate);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    static String normal(String name) {
        return NOT_ALPHANUMERIC.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
