package io.lucent.platform.metadata;

import java.util.regex.Pattern;

/** Builds SQL identifiers from validated names only; never from raw user input. */
public final class SqlIdentifiers {

    private static final Pattern SAFE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private SqlIdentifiers() {
    }

    /** Double-quotes an identifier after checking it is a plain lower-case name. */
    public static String quote(String identifier) {
        if (!SAFE.matcher(identifier).matches()) {
            throw new IllegalArgumentException("unsafe SQL identifier");
        }
        return '"' + identifier + '"';
    }

    /** The PostgreSQL schema that holds a tenant's tables. */
    public static String tenantSchema(String tenantId) {
        return "tenant_" + tenantId.replace('-', '_');
    }
}
