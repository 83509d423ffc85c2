package org.cseprotocol.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Restarts the application on the same PostgreSQL database with cases in flight. The cases, their tasks and their
 * waiting timers must all be there after the restart. Each timer fires once, both the one that fell due while no
 * node ran and the one that falls due later. The tests run in order, as steps of one story.
 *
 * <p>The engine clock starts on Monday 2 March 2026 at 10:00 in London (GMT). Case "waiting at triage" arrives
 * at 09:59, so its triage is due on Tuesday at 09:59. Case "sharing information" is triaged AMBER at 10:00, so
 * its information sharing is due 24 working hours later, on Thursday at 10:00. The application stops on Monday
 * and starts again on Tuesday at noon.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant TUESDAY_NOON = Instant.parse("2026-03-03T12:00:00Z");
    private static final Instant THURSDAY_AFTER_SHARING_DEADLINE = Instant.parse("2026-03-05T10:05:00Z");
    private static final Date SHARING_DUE = Date.from(Instant.parse("2026-03-05T10:00:00Z"));

    private static PostgresServer server;
    private static Node node;
    private static String waitingAtTriage;
    private static String sharingInformation;
    private static EngineSnapshot beforeRestart;

    @BeforeAll
    static void restartWithCasesInFlight() throws IOException {
        server = PostgresServer.start();
        String jdbcUrl = server.jdbcUrl(server.createDatabase());
        // Frozen while the first node runs, so that triage ends at exactly 10:00.
        ClockUtil.setCurrentTime(Date.from(MONDAY));
        try (Node first = Node.start("node-a", Node.DEFAULT_ENGINE, jdbcUrl)) {
            NodeClient client = NodeClient.of(first, "admin");
            waitingAtTriage = CaseActions.startCase(client, MONDAY.minusSeconds(60), "CAF-RESTART-0001");
            sharingInformation = CaseActions.startCase(client, MONDAY.minusSeconds(60), "CAF-RESTART-0002");
            Task triage = CaseActions.task(first.engine(), sharingInformation, "triageReferral");
            assertThat(CaseActions.complete(client, triage.getId(), CaseActions.AMBER_TRIAGE).getStatusCode())
                    .as("triage completed").matches(status -> status.is2xxSuccessful());
            beforeRestart = EngineSnapshot.of(first.engine());
        }
        EngineClock.moveTo(TUESDAY_NOON);
        node = Node.start("node-a", Node.DEFAULT_ENGINE, jdbcUrl);
    }

    @AfterAll
    static void stopNode() throws IOException {
        ClockUtil.reset();
        if (node != null) {
            node.close();
        }
        server.close();
    }

    @BeforeEach
    void registerEngine() {
        ProcessEngines.registerProcessEngine(node.engine());
    }

    @Test
    @Order(1)
    void casesAndTasksSurviveRestart() {
        EngineSnapshot afterRestart = EngineSnapshot.of(node.engine());

        assertThat(beforeRestart.caseIds()).containsExactlyInAnyOrder(waitingAtTriage, sharingInformation);
        assertThat(afterRestart.caseIds()).isEqualTo(beforeRestart.caseIds());
        assertThat(beforeRestart.tasks()).extractingFromEntries(entry -> entry.getValue().key())
                .containsExactlyInAnyOrder("triageReferral", "createCris", "shareInformation", "shareInformation");
        assertThat(afterRestart.tasks()).containsAllEntriesOf(beforeRestart.tasks());
        Map<String, EngineSnapshot.OpenTask> newTasks = new HashMap<>(afterRestart.tasks());
        newTasks.keySet().removeAll(beforeRestart.tasks().keySet());
        assertThat(newTasks.values()).extracting(EngineSnapshot.OpenTask::key)
                .as("the only new tasks are escalations").allMatch(Escalations.TASK_KEY::equals);
    }

    @Test
    @Order(2)
    void timerDueDuringDowntimeFiresOnce() {
        ProcessEngine engine = node.engine();

        Escalations.awaitPerCase(engine, List.of(waitingAtTriage), 1);

        assertThat(Escalations.names(engine, waitingAtTriage)).singleElement().asString()
                .contains("24 hours from receipt to triage");
        assertThat(Escalations.of(engine, sharingInformation)).isEmpty();
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(waitingAtTriage)
                .successLog().count()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void waitingTimerKeepsItsDueDate() {
        Map<String, Date> timersAfterRestart = EngineSnapshot.of(node.engine()).timerDueDates();

        assertThat(beforeRestart.timerDueDates()).containsValue(SHARING_DUE);
        assertThat(timersAfterRestart).isEqualTo(Map.of(sharingTimerId(), SHARING_DUE));
    }

    @Test
    @Order(4)
    void timerDueAfterRestartFiresOnce() {
        ProcessEngine engine = node.engine();

        EngineClock.moveTo(THURSDAY_AFTER_SHARING_DEADLINE);
        Escalations.awaitPerCase(engine, List.of(sharingInformation), 1);

        assertThat(Escalations.names(engine, sharingInformation)).singleElement().asString()
                .contains("information sharing");
        assertThat(Escalations.of(engine, waitingAtTriage)).as("the triage timer fired only once").hasSize(1);
        assertThat(engine.getManagementService().createJobQuery().processDefinitionKey("cse-referral").timers()
                .count()).isZero();
        assertThat(Escalations.everCreated(engine)).isEqualTo(2);
    }

    private static String sharingTimerId() {
        return beforeRestart.timerDueDates().entrySet().stream()
                .filter(timer -> timer.getValue().equals(SHARING_DUE))
                .map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

}
