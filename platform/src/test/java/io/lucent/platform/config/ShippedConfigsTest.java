package io.lucent.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The config files we ship bind and validate, as {@code lucent check} would do. */
class ShippedConfigsTest {

    private LucentConfiguration load(String name) throws Exception {
        YamlConfigurationFactory<LucentConfiguration> factory = new YamlConfigurationFactory<>(
                LucentConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");
        Path file = Path.of(System.getProperty("lucent.test.config"), name);
        return factory.build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(),
                new EnvironmentVariableSubstitutor(false)), file.toString());
    }

    @Test
    void localConfigIsLocalModeOnLoopback() throws Exception {
        LucentConfiguration config = load("local.yml");

        assertThat(config.getMode()).isEqualTo(DeploymentMode.LOCAL);
        assertThat(config.getServerFactory().toString()).isNotEmpty();
        var connector = (io.dropwizard.jetty.HttpConnectorFactory)
                ((io.dropwizard.core.server.SimpleServerFactory) config.getServerFactory()).getConnector();
        assertThat(connector.getBindHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void saasConfigIsSaasModeWithSecretsOnlyFromTheEnvironment() throws Exception {
        LucentConfiguration config = load("saas.yml");

        assertThat(config.getMode()).isEqualTo(DeploymentMode.SAAS);
        assertThat(config.getAuth().getJwtSecret()).isEqualTo(System.getenv().getOrDefault("LUCENT_JWT_SECRET", ""));
        assertThat(config.getDatabase().getPassword()).isEqualTo(System.getenv().getOrDefault("LUCENT_DB_PASSWORD", ""));
    }
}
