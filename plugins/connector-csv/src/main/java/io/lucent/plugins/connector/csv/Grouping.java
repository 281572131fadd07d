package io.lucent.plugins.connector.csv;

import io.lucent.plugin.api.data.ColumnType;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The digit-grouping characters (thousands separators) a file's numbers were seen to use, collected value by
 * value from the numeric columns. A file whose numbers group digits in one way can be described with that
 * thousands separator; one that mixes several cannot. Not thread-safe.
 */
final class Grouping {

    private final Set<Character> seen = new TreeSet<>();

    /** Notes the grouping character of {@code text}, a value {@code parser} has read (not blank), if it has one. */
    void accept(ColumnParser parser, String text) {
        if (parser.type() != ColumnType.INTEGER && parser.type() != ColumnType.DECIMAL) {
            return;
        }
        // A grouped number has at least five characters (1.234); the scan stops at the first grouping character.
        for (int i = 1; i < text.length() - 3; i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && parser.numbers().isGrouping(c)) {
                seen.add(c);
                return;
            }
        }
    }

    /** Whether the numbers use at most one grouping character. */
    boolean isSingle() {
        return seen.size() <= 1;
    }

    /** The one grouping character seen, or empty if none was. */
    Optional<Character> separator() {
        return seen.stream().findFirst();
    }
}
