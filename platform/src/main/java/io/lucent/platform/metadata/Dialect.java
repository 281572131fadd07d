package io.lucent.platform.metadata;

/** The metadata database engine. */
public enum Dialect {
    SQLITE,
    POSTGRES
}
