package org.cseprotocol.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.cseprotocol.CseApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The whole application in the production profile on an embedded PostgreSQL server. */
class ProductionStartupTest {

    private static final String ADMIN_PASSWORD = "Tall-Lamp-Orbit-42";

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void productionStartsWithAdministratorAndWithoutDemoUsers() {
        try (ConfigurableApplicationContext context = start(ADMIN_PASSWORD)) {
            IdentityService identity = context.getBean(IdentityService.class);
            TestRestTemplate rest = new TestRestTemplate().withBasicAuth("admin", ADMIN_PASSWORD);
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");

            ResponseEntity<String> engine = rest.getForEntity(base + "/engine-rest/engine", String.class);
            ResponseEntity<String> setup = rest.postForEntity(base + "/camunda/api/admin/setup/default/user/create",
                    "{}", String.class);

            assertThat(identity.checkPassword("admin", ADMIN_PASSWORD)).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isOne();
            assertThat(identity.createUserQuery().userId("duty.manager").count()).isZero();
            assertThat(identity.createGroupQuery().groupId("mash-duty-manager").count()).isOne();
            assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(engine.getHeaders().getFirst("Strict-Transport-Security"))
                    .isEqualTo(SecurityHeaders.HSTS_VALUE);
            assertThat(setup.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void productionRefusesToStartWithAWeakAdministratorPassword() {
        assertThatThrownBy(() -> start("Password!2026").close())
                .isInstanceOf(ProductionSettingsException.class)
                .hasMessageContaining("CSE_ADMIN_PASSWORD is a common password");
    }

    /** Passes the settings as command-line arguments, which take precedence over the profile's file. */
    private static ConfigurableApplicationContext start(String adminPassword) {
        return new SpringApplicationBuilder(CseApplication.class)
                .profiles("production")
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=unused-by-trust-auth",
                        "--cse.admin.password=" + adminPassword, "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false");
    }
}
