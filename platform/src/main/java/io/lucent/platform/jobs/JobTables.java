package io.lucent.platform.jobs;

import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.Migrations;

/**
 * The job tables' names for a dialect. On PostgreSQL they are schema-qualified, because task results are
 * recorded inside tenant transactions whose {@code search_path} is the tenant's schema alone.
 */
record JobTables(String jobs, String tasks, String schedules, boolean postgres) {

    static JobTables of(Dialect dialect) {
        if (dialect == Dialect.POSTGRES) {
            String prefix = Migrations.SHARED_SCHEMA + ".";
            return new JobTables(prefix + "jobs", prefix + "job_tasks", prefix + "job_schedules", true);
        }
        return new JobTables("jobs", "job_tasks", "job_schedules", false);
    }

    /** Row locks: {@code FOR UPDATE} on PostgreSQL; nothing on SQLite, where writers are serialised anyway. */
    String forUpdate() {
        return postgres ? " FOR UPDATE" : "";
    }

    /** Row locks that skip rows another worker holds. */
    String forUpdateSkipLocked(String alias) {
        return postgres ? " FOR UPDATE OF " + alias + " SKIP LOCKED" : "";
    }
}
