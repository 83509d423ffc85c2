package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Runs the migrations and the override repository on PostgreSQL (H2 is covered by the engine tests). */
class DecisionOverridePostgresTest {

    private static EmbeddedPostgres postgres;
    private static DecisionOverrideRepository repository;

    @BeforeAll
    static void migrate() throws IOException {
        postgres = EmbeddedPostgres.start();
        Flyway.configure()
                .dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration")
                .table("cse_schema_history")
                .load()
                .migrate();
        repository = new DecisionOverrideRepository(JdbcClient.create(postgres.getPostgresDatabase()));
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void storesAndFindsOverrides() {
        OffsetDateTime noon = OffsetDateTime.of(2026, 3, 2, 12, 0, 0, 0, ZoneOffset.UTC);
        repository.insert(DecisionOverridesTest.override("cse-rag-rating", noon.minusDays(1)));
        repository.insert(DecisionOverridesTest.override("cse-threshold", noon));

        assertThat(repository.find("cse-threshold", null, null)).singleElement()
                .extracting(DecisionOverride::decidedAt).isEqualTo(noon);
        assertThat(repository.find(null, noon.minusHours(1), noon.plusHours(1))).hasSize(1);
        assertThat(repository.find(null, null, null)).extracting(DecisionOverride::id).doesNotContainNull();
    }
}
