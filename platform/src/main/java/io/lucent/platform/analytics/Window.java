package io.lucent.platform.analytics;

import java.time.LocalDate;

/**
 * What a request asks for: a date range (inclusive, null = the data's first or last day), an optional
 * category and how many items to list.
 *
 * @param from     first day, or null for the data's first day
 * @param to       last day, or null for the data's last day
 * @param category only this category (of the mapping's category column), or null for all
 * @param limit    how many items to list
 */
public record Window(LocalDate from, LocalDate to, String category, int limit) {

    public static final int MAX_LIMIT = 1000;

    public Window {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
    }

    String cacheKey() {
        return from + "|" + to + "|" + category + "|" + limit;
    }
}
