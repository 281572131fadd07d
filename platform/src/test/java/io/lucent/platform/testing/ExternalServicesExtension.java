package io.lucent.platform.testing;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects a {@code Supplier<ExternalServices>} parameter: PostgreSQL and Redis start on first use only, once per
 * test run.
 */
public final class ExternalServicesExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Supplier.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Supplier<ExternalServices> services = () -> ExternalServices.get(context);
        return services;
    }
}
