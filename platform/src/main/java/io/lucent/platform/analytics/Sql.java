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
        if (text.indexOf('\0') >= 0) {
            // DuckDB's parser ends the statement at a NUL, which would leave the literal open (a 500); no stored value has one.
            throw io.lucent.platform.errors.LucentException.invalid("A text value must not contain the NUL character (\\u0000)");
        }
        return "'" + text.replace("'", "''") + "'";
    }

    static String timestamp(LocalDate day) {
        return "TIMESTAMP '" + day + " 00:00:00'";
    }
}
