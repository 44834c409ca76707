package org.mineraldiligence.deployment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.MineralDiligenceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** The production profile does not start on documentation passwords. */
class ProductionSecretsTest {

    @Test
    void thePostgresProfileRefusesToStartWithoutBothPasswords() {
        assertThatThrownBy(() -> start("--ADMIN_PASSWORD="))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs ADMIN_PASSWORD and DB_PASSWORD set");
        assertThatThrownBy(() -> start("--ADMIN_PASSWORD=Chosen-admin-1"))
                .hasMessageContaining("needs DB_PASSWORD set").hasMessageContaining(".env.example");
    }

    @Test
    void withBothPasswordsTheCheckLetsTheStartGoOn() {
        ProductionSecrets check = new ProductionSecrets();
        MockEnvironment environment = new MockEnvironment()
                .withProperty("ADMIN_PASSWORD", "Chosen-admin-1").withProperty("DB_PASSWORD", "Chosen-db-1");
        environment.setActiveProfiles("postgres");
        assertThatCode(() -> check.postProcessEnvironment(environment, null)).doesNotThrowAnyException();
    }

    @Test
    void theEmbeddedDefaultNeedsNeither() {
        assertThatCode(() -> new ProductionSecrets().postProcessEnvironment(
                new MockEnvironment(), null)).doesNotThrowAnyException();
    }

    /** Starts the real application on the postgres profile; the check stops it before any database is opened. */
    private static void start(String... args) {
        new SpringApplicationBuilder(MineralDiligenceApplication.class).profiles("postgres")
                .properties("DB_PASSWORD=").run(args).close();
    }
}
