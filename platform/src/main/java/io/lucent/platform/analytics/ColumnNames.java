package io.lucent.platform.analytics;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds a dataset's column by a list of known names, ignoring case, spaces, dashes and underscores. */
final class ColumnNames {

    private final List<String> columns;

    ColumnNames(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The first column (in the order of {@code candidates}) whose normalised name is one of them. */
    String find(String... candidates) {
        for (String candidate : candidates) {
            Optional<String> match = columns.stream().filter(c -> normal(c).equals(candidate)).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
        return null;
    }

    static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
