package io.lucent.plugins.export.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns captions into valid, unique sheet names: at most 31 characters, none of {@code : \ / ? * [ ]}, not
 * starting or ending with an apostrophe, unique ignoring case (a repeat gets " (2)", " (3)", ...).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> used = new HashSet<>();

    String next(String caption, int position) {
        String base = caption == null ? "" : caption.replaceAll("[:\\\\/?*\\[\\]]", "_").replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty()) {
            base = "Table " + position;
        }
        base = cut(base, MAX_LENGTH);
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
