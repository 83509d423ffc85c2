package org.cseprotocol.security;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The start-up check of the production profile, in a context with nothing else in it. */
class ProductionSettingsTest {

    private static final String[] GOOD = {"spring.datasource.url=jdbc:postgresql://db.example:5432/cse",
        "spring.datasource.username=cse", "spring.datasource.password=db-secret",
        "cse.admin.password=Tall-Lamp-Orbit-42"};

    private final ApplicationContextRunner production = new ApplicationContextRunner()
            .withUserConfiguration(ProductionConfiguration.class)
            .withInitializer(context -> context.getEnvironment().setActiveProfiles("production"));

    @Test
    void completeSettingsStart() {
        production.withPropertyValues(GOOD).run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void missingSettingsAreAllListedAtOnce() {
        production.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(ProductionSettingsException.class)
                    .hasMessageContaining("SPRING_DATASOURCE_URL must be a PostgreSQL JDBC URL")
                    .hasMessageContaining("SPRING_DATASOURCE_USERNAME is missing")
                    .hasMessageContaining("SPRING_DATASOURCE_PASSWORD is missing")
                    .hasMessageContaining("CSE_ADMIN_PASSWORD is missing");
        });
    }

    @Test
    void weakAdminPasswordFailsStartUp() {
        production.withPropertyValues(GOOD).withPropertyValues("cse.admin.password=admin").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasMessageContaining("CSE_ADMIN_PASSWORD has 5 characters")
                    .hasMessageContaining("contains the user id")
                    .hasMessageContaining(AdminPasswordRule.DESCRIPTION);
        });
    }

    @Test
    void localDatabaseIsRefused() {
        production.withPropertyValues(GOOD).withPropertyValues("spring.datasource.url=jdbc:h2:file:./data/cse")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasMessageContaining("SPRING_DATASOURCE_URL must be a PostgreSQL JDBC URL")
                        .hasMessageContaining("is not PostgreSQL"));
    }

    @Test
    void defaultProfileHasNoProductionCheck() {
        new ApplicationContextRunner().withUserConfiguration(ProductionConfiguration.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(ProductionSettings.class);
                });
    }

    @Test
    void failureAnalysisListsOneProblemPerLine() {
        ProductionSettingsException failure = new ProductionSettingsException(
                List.of("SPRING_DATASOURCE_USERNAME is missing", "CSE_ADMIN_PASSWORD is missing"));

        FailureAnalysis analysis = new ProductionSettingsFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).contains("  - SPRING_DATASOURCE_USERNAME is missing"
                + System.lineSeparator() + "  - CSE_ADMIN_PASSWORD is missing");
        assertThat(analysis.getAction()).contains("environment variables");
    }
}
