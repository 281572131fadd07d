package io.lucent.platform.jobs;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.lucent.platform.errors.LucentException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A five-field Unix cron expression ({@code minute hour day-of-month month day-of-week}) evaluated in a time
 * zone, so "0 6 * * MON" means 06:00 on Mondays where the tenant is, across daylight-saving changes.
 */
public final class CronSchedule {

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final ZoneId zone;
    private final ExecutionTime executionTime;

    private CronSchedule(String expression, ZoneId zone, ExecutionTime executionTime) {
        this.expression = expression;
        this.zone = zone;
        this.executionTime = executionTime;
    }

    /** Parses an expression and a zone id; 400 naming the problem if either is invalid. */
    public static CronSchedule parse(String expression, String timeZone) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw LucentException.invalid("Unknown time zone '" + timeZone + "'; use a region id such as Europe/Berlin");
        }
        Cron cron;
        try {
            cron = PARSER.parse(expression.trim());
            cron.validate();
        } catch (IllegalArgumentException e) {
            throw LucentException.invalid("Invalid cron expression '" + expression + "': " + e.getMessage()
                    + " (five fields: minute hour day-of-month month day-of-week)");
        }
        return new CronSchedule(expression.trim(), zone, ExecutionTime.forCron(cron));
    }

    public String expression() {
        return expression;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first run strictly after {@code instant}, if the expression ever fires again. */
    public Optional<Instant> nextAfter(Instant instant) {
        return executionTime.nextExecution(ZonedDateTime.ofInstant(instant, zone)).map(ZonedDateTime::toInstant);
    }
}
