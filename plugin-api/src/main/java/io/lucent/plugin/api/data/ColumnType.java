package io.lucent.plugin.api.data;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The type of a column, and the Java type its non-null values have in a {@link ColumnBatch}. */
public enum ColumnType {
    /** Whole numbers, as {@link Long}. */
    INTEGER(Long.class),
    /** Real numbers, as {@link Double}. */
    DECIMAL(Double.class),
    /** True or false, as {@link Boolean}. */
    BOOLEAN(Boolean.class),
    /** Calendar dates, as {@link LocalDate}. */
    DATE(LocalDate.class),
    /** Date and time without zone, as {@link LocalDateTime}. */
    TIMESTAMP(LocalDateTime.class),
    /** Text, as {@link String}. */
    TEXT(String.class);

    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /**
     * The Java type of this column's non-null values.
     *
     * @return the Java class
     */
    public Class<?> javaType() {
        return javaType;
    }
}
