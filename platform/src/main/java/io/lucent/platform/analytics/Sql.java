package io.lucent.platform.analytics;

import java.time.LocalDate;

/** SQL text helpers: quoted identifiers and literals. */
final class Sql {

    private Sql() {
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String timestamp(LocalDate day) {
        return "TIMESTAMP '" + day + " 00:00:00'";
    }
}
