package io.lucent.platform.tenancy;

import io.lucent.platform.errors.LucentException;

/** Checks {@code offset}/{@code limit} query parameters: offset ≥ 0, limit 1..200. */
public final class Paging {

    public static final int MAX_LIMIT = 200;

    private Paging() {
    }

    public static int offset(int offset) {
        if (offset < 0) {
            throw LucentException.invalid("'offset' must be 0 or more");
        }
        return offset;
    }

    public static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw LucentException.invalid("'limit' must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
