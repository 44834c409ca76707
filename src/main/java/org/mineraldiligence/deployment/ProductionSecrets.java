package org.mineraldiligence.deployment;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The production profile starts only with the administrator's and the database's passwords given: a
 * forgotten variable must stop the start with a clear message, not run the company's records behind
 * a password from the documentation.
 */
public class ProductionSecrets implements EnvironmentPostProcessor {

    static final List<String> REQUIRED = List.of("ADMIN_PASSWORD", "DB_PASSWORD");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
            return;
        }
        List<String> missing = REQUIRED.stream()
                .filter(name -> environment.getProperty(name, "").isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The postgres profile needs " + String.join(" and ", missing)
                    + " set (environment variables; with Docker Compose in the .env file, see .env.example)."
                    + " There are no default passwords.");
        }
    }
}
