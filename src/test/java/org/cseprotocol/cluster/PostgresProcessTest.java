package org.cseprotocol.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs the whole application on PostgreSQL 14 rather than H2. It checks the schema and migrations, and a deadline
 * timer computed and fired by the job executor. It sends the five shared cases through the intake API and
 * Camunda's REST API over HTTP, and they check the decision tables' proposals on the way.
 *
 * <p>The database's default isolation level is REPEATABLE READ, so the engine's isolation level check passes only
 * because the application sets READ COMMITTED on each connection.
 */
class PostgresProcessTest {

    private static PostgresServer server;
    private static String database;
    private static Node node;

    @BeforeAll
    static void startNode() throws IOException {
        server = PostgresServer.start();
        database = server.createDatabase();
        new JdbcTemplate(server.dataSource("postgres"))
                .execute("ALTER DATABASE " + database + " SET default_transaction_isolation = 'repeatable read'");
        node = Node.start("node-a", Node.DEFAULT_ENGINE, server.jdbcUrl(database));
    }

    @AfterAll
    static void stopNode() throws IOException {
        if (node != null) {
            node.close();
        }
        server.close();
    }

    /** Other Spring contexts of the test run have an engine named "default" too, and the REST API takes the last. */
    @BeforeEach
    void registerEngine() {
        ProcessEngines.registerProcessEngine(node.engine());
    }

    static Stream<SharedCase> sharedCases() {
        return SharedCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedCases")
    void sharedCaseRunsOverHttp(SharedCase sharedCase) {
        CaseRunner runner = new CaseRunner(NodeClient.of(node, "admin"));

        List<String> failures = runner.run(sharedCase, Instant.now());

        assertThat(failures).as(sharedCase.name()).isEmpty();
    }

    @Test
    void missedTriageDeadlineEscalatesOnce() {
        Instant receivedAt = Instant.now().minus(25, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        ResponseEntity<JsonNode> created = NodeClient.of(node, "admin").post("/api/referrals",
                SharedCase.newConcern().referral(receivedAt, "CAF-LATE-0001"));
        String caseId = created.getBody().path("processInstanceId").asText();
        ProcessEngine engine = node.engine();

        Escalations.awaitPerCase(engine, List.of(caseId), 1);

        Task triage = engine.getTaskService().createTaskQuery().processInstanceId(caseId)
                .taskDefinitionKey("triageReferral").singleResult();
        assertThat(triage.getDueDate()).isEqualTo(Date.from(receivedAt.plus(24, ChronoUnit.HOURS)));
        assertThat(Escalations.names(engine, caseId)).singleElement().asString()
                .contains("24 hours from receipt to triage");
        assertThat(engine.getRuntimeService().getVariable(caseId, "overdue")).isEqualTo(true);
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(caseId)
                .successLog().count()).isEqualTo(1);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(caseId).timers().count())
                .as("the fired timer is gone").isZero();
    }

    @Test
    void isolationLevelCheckStaysOn() throws SQLException {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration();

        assertThat(configuration.getSkipIsolationLevelCheck()).isFalse();
        assertThat(new JdbcTemplate(server.dataSource(database))
                .queryForObject("SHOW default_transaction_isolation", String.class)).isEqualTo("repeatable read");
        try (Connection connection = node.bean(DataSource.class).getConnection()) {
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    @Test
    void engineRejectsServerDefaultIsolation() {
        ProcessEngineConfiguration plainEngine = ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setDataSource(server.dataSource(database))
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setJobExecutorActivate(false);

        assertThatThrownBy(plainEngine::buildProcessEngine)
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("REPEATABLE_READ");
    }

    @Test
    void everyMigrationRanOnce() {
        DataSource dataSource = server.dataSource(database);

        List<String> applied = Migrations.applied(dataSource);

        assertThat(Migrations.versions()).isNotEmpty();
        assertThat(applied).containsExactlyElementsOf(Migrations.versions());
        assertThat(Migrations.baselines(dataSource)).as("a baseline above 0 would skip migrations")
                .allMatch("0"::equals);
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM " + Migrations.HISTORY_TABLE
                + " WHERE NOT success", Long.class)).isZero();
    }

    @Test
    void modelsAreDeployedOnce() {
        ProcessEngine engine = node.engine();

        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(1);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("cse-referral")
                .singleResult().getVersion()).isEqualTo(1);
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
                .hasSize(5)
                .allSatisfy(decision -> assertThat(decision.getVersion()).isEqualTo(1));
    }
}
