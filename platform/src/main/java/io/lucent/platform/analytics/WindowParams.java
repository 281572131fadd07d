package io.lucent.platform.analytics;

import io.lucent.platform.errors.LucentException;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The query parameters every analytics endpoint takes (public fields, so that OpenAPI documents them). */
public final class WindowParams {

    @QueryParam("from")
    @Parameter(description = "First day (ISO date, inclusive); default: the first sale in the data", example = "2017-01-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last day (ISO date, inclusive); default: the last sale in the data", example = "2017-12-31")
    public String to;

    @QueryParam("category")
    @Parameter(description = "Only this category (a value of the mapped category column, or of groupBy)")
    public String category;

    @QueryParam("limit")
    @DefaultValue("10")
    @Parameter(description = "How many items to list (1 to 1000)")
    public int limit = 10;

    @QueryParam("groupBy")
    @Parameter(description = "Use this column as the category for this request (for example Sub-Category, Region or Country)")
    public String groupBy;

    /** The window; 400 for malformed dates or limits. */
    Window window() {
        try {
            return new Window(date("from", from), date("to", to), blankToNull(category), limit);
        } catch (IllegalArgumentException e) {
            throw LucentException.invalid(e.getMessage());
        }
    }

    String groupBy() {
        return blankToNull(groupBy);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw LucentException.invalid(name + " must be an ISO date such as 2017-01-31, not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
