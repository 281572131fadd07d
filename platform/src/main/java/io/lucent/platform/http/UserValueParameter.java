package io.lucent.platform.http;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.util.Map;

/**
 * A value from the user's data (an entity id such as a product name, a recipe name) passed as a query parameter.
 *
 * <p>Jetty refuses an encoded "/", "%" or backslash ({@code %2F}, {@code %25}, {@code %5C}) inside a path segment, so
 * an id such as "Folding Chairs, 4/Set" or "100% cotton" can never travel in a path. Every endpoint that takes such a
 * value in its path also has a form that takes it as a query parameter: {@code .../entities/{entity}} becomes
 * {@code .../entity?entity=}, {@code .../recipes/{recipe}/apply} becomes {@code .../recipe/apply?recipe=}. Both forms
 * share one handler; this class checks the query value.
 */
public final class UserValueParameter {

    /** The OpenAPI note on a path form whose value comes from the user's data. */
    public static final String PATH_FORM_NOTE = " Values containing \"/\", \"%\" or \"\\\" cannot be sent in the path (the server "
            + "refuses them percent-encoded in a path segment with 400): use the query-parameter form given here instead, which accepts "
            + "any value.";

    /** The OpenAPI note on a query form. */
    public static final String QUERY_FORM_NOTE = " The value is a query parameter so that it may contain any character, \"/\", "
            + "\"%\" and \"\\\" included (percent-encode it as usual); the path form answers the same for other values.";

    /** The OpenAPI description of an {@code entity} query parameter. */
    public static final String ENTITY_DOC = "The entity id exactly as in the data, any characters (\"/\", \"%\" and \"\\\" included), "
            + "percent-encoded";

    private UserValueParameter() {
    }

    /**
     * The value of a required query parameter, exactly as sent (not stripped: an id may begin or end with a space).
     *
     * @throws LucentException 400 when the parameter is missing or blank
     */
    public static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new LucentException(ErrorCode.INVALID_REQUEST, "The query parameter '" + name + "' is required and must not be blank",
                    Map.of("parameter", name));
        }
        return value;
    }
}
