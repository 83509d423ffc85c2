package org.cseprotocol.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs two application nodes on one PostgreSQL database, as a homogeneous Camunda cluster. Both start together on
 * the empty database, and both take requests and jobs. Each due timer fires once, and a task completed on one node
 * is gone on the other. Parallel tasks completed at the same moment on both nodes lose nothing, and neither does
 * stopping a node mid-case. The test that stops a node runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeTest {

    private static PostgresServer server;
    private static DataSource database;
    private static Node nodeA;
    private static Node nodeB;

    @BeforeAll
    static void startNodesTogether() throws Exception {
        server = PostgresServer.start();
        String name = server.createDatabase();
        database = server.dataSource(name);
        String jdbcUrl = server.jdbcUrl(name);
        try (Connection gate = database.getConnection()) {
            // Holding the start-up lock lines both nodes up at it, so that they then start as close together
            // as they can.
            advisoryLock(gate, "SELECT pg_advisory_lock(?)");
            // Node B starts once node A waits at the lock: Spring Boot's logging set-up is not safe for two
            // applications starting at the same instant in one JVM, and the nodes still meet at the lock together.
            // A node that fails before it reaches the lock ends its future, whose error a.get() or b.get() shows.
            // Three minutes leave room for Spring contexts starting on a loaded two-core machine.
            CompletableFuture<Node> a = CompletableFuture.supplyAsync(
                    () -> Node.start("node-a", Node.DEFAULT_ENGINE, jdbcUrl, CompletionBarrier.class));
            await().atMost(Duration.ofMinutes(3)).until(() -> nodesWaitingForStartupLock() == 1 || a.isDone());
            CompletableFuture<Node> b = CompletableFuture.supplyAsync(
                    () -> Node.start("node-b", "nodeB", jdbcUrl, CompletionBarrier.class));
            await().atMost(Duration.ofMinutes(3))
                    .until(() -> nodesWaitingForStartupLock() == 2 || a.isDone() || b.isDone());
            advisoryLock(gate, "SELECT pg_advisory_unlock(?)");
            nodeA = a.get(3, TimeUnit.MINUTES);
            nodeB = b.get(3, TimeUnit.MINUTES);
        }
    }

    @AfterAll
    static void stopNodes() throws IOException {
        for (Node node : new Node[] {nodeA, nodeB}) {
            if (node != null && node.isRunning()) {
                node.close();
            }
        }
        server.close();
    }

    /** Other Spring contexts of the test run have an engine named "default" too, and the REST API takes the last. */
    @BeforeEach
    void registerEngines() {
        ProcessEngines.registerProcessEngine(nodeA.engine());
        ProcessEngines.registerProcessEngine(nodeB.engine());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void nodesStartedTogetherCreateSharedRowsOnce() {
        JdbcTemplate jdbc = new JdbcTemplate(database);

        assertThat(nodeA.isRunning()).isTrue();
        assertThat(nodeB.isRunning()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM act_re_deployment", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT DISTINCT version_ FROM act_re_procdef", Integer.class)).containsOnly(1);
        assertThat(jdbc.queryForList("SELECT DISTINCT version_ FROM act_re_decision_def", Integer.class))
                .containsOnly(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_filter", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) - count(DISTINCT name_) FROM act_ru_filter", Long.class))
                .as("Tasklist filters created twice").isZero();
        assertThat(Migrations.applied(database)).containsExactlyElementsOf(Migrations.versions());
        assertThat(Migrations.baselines(database)).hasSizeLessThanOrEqualTo(1);
    }

    /**
     * Deploys one model on both nodes at once. Camunda locks a row of ACT_GE_PROPERTY for each deployment, so the
     * second deployment waits, then finds the first one's model unchanged and deploys nothing new.
     */
    @Test
    void concurrentDeploymentsMakeOneVersion() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("clusterDeploymentCheck")
                .camundaHistoryTimeToLive(1)
                .startEvent().endEvent()
                .done();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> deployments = Stream.of(nodeA, nodeB)
                .map(node -> CompletableFuture.supplyAsync(() -> deployAfter(go, node, model)))
                .toList();

        go.countDown();
        List<String> deploymentIds = new ArrayList<>();
        for (CompletableFuture<String> deployment : deployments) {
            deploymentIds.add(deployment.get(1, TimeUnit.MINUTES));
        }

        assertThat(deploymentIds).as("both nodes got the same deployment").containsOnly(deploymentIds.get(0));
        assertThat(nodeA.engine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("clusterDeploymentCheck").list())
                .singleElement().satisfies(definition -> assertThat(definition.getVersion()).isEqualTo(1));
    }

    @Test
    void bothNodesTakeRequests() {
        String fromA = CaseActions.startCase(NodeClient.of(nodeA, "duty.manager"), minutesAgo(1), "CAF-TWO-0001");
        String fromB = CaseActions.startCase(NodeClient.of(nodeB, "duty.manager"), minutesAgo(1), "CAF-TWO-0002");

        assertThat(CaseActions.task(nodeB.engine(), fromA, "triageReferral")).isNotNull();
        assertThat(CaseActions.task(nodeA.engine(), fromB, "triageReferral")).isNotNull();
    }

    @Test
    void bothNodesRunJobs() {
        String ranOnA = caseWithDueTimerRunBy(nodeA, nodeB, "CAF-TWO-0011");
        String ranOnB = caseWithDueTimerRunBy(nodeB, nodeA, "CAF-TWO-0012");

        assertThat(successfulJobHostnames(ranOnA)).containsExactly(nodeA.name());
        assertThat(successfulJobHostnames(ranOnB)).containsExactly(nodeB.name());
    }

    @Test
    void dueTimersFireOnceWithBothNodesPolling() {
        List<String> caseIds = new ArrayList<>();
        for (int index = 0; index < 6; index++) {
            Node node = index % 2 == 0 ? nodeA : nodeB;
            caseIds.add(CaseActions.startCase(NodeClient.of(node, "duty.manager"), hoursAgo(25),
                    "CAF-TWO-002" + index));
        }

        Escalations.awaitPerCase(nodeA.engine(), caseIds, 1);

        for (String caseId : caseIds) {
            assertThat(Escalations.of(nodeB.engine(), caseId)).as("escalations of case %s", caseId).hasSize(1);
            assertThat(successfulJobHostnames(caseId)).as("successful jobs of case %s", caseId).hasSize(1);
            assertThat(nodeA.engine().getHistoryService().createHistoricJobLogQuery().processInstanceId(caseId)
                    .failureLog().count()).as("failed jobs of case %s", caseId).isZero();
        }
    }

    @Test
    void completedTaskGoneOnOtherNode() {
        NodeClient onA = NodeClient.of(nodeA, "duty.manager");
        NodeClient onB = NodeClient.of(nodeB, "duty.manager");
        String caseId = CaseActions.startCase(onA, minutesAgo(1), "CAF-TWO-0031");
        String taskId = CaseActions.task(nodeA.engine(), caseId, "triageReferral").getId();
        assertThat(onB.get(onB.engine("/task/" + taskId)).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> completed = CaseActions.complete(onA, taskId, CaseActions.AMBER_TRIAGE);

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(onB.get(onB.engine("/task/" + taskId)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(onB.get(onB.engine("/task?processInstanceId=" + caseId)).getBody())
                .extracting(task -> task.path("taskDefinitionKey").asText())
                .doesNotContain("triageReferral");
        ResponseEntity<JsonNode> again = CaseActions.complete(onB, taskId, CaseActions.AMBER_TRIAGE);
        assertThat(again.getStatusCode().is2xxSuccessful()).as("completing it again on node B: %s", again).isFalse();
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(nodeB.engine().getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(caseId)
                .taskDefinitionKey("triageReferral").finished().count()).isEqualTo(1);
    }

    @Test
    void parallelTasksCompletedAtOnceLoseNothing() throws Exception {
        String caseId = CaseActions.startCase(NodeClient.of(nodeA, "duty.manager"), minutesAgo(1), "CAF-TWO-0041");
        Task triage = CaseActions.task(nodeA.engine(), caseId, "triageReferral");
        CaseActions.complete(NodeClient.of(nodeA, "duty.manager"), triage.getId(), CaseActions.AMBER_TRIAGE);
        String health = sharingTask(caseId, "HEALTH");
        String education = sharingTask(caseId, "EDUCATION");
        NodeClient healthOnA = NodeClient.of(nodeA, "partner.health");
        NodeClient educationOnB = NodeClient.of(nodeB, "partner.education");
        Map<String, Object> answer = Map.of("sharedInformation", "Known to the service; no recent contact.");

        CompletionBarrier.arm(2);
        CompletableFuture<ResponseEntity<JsonNode>> fromA =
                CompletableFuture.supplyAsync(() -> CaseActions.complete(healthOnA, health, answer));
        CompletableFuture<ResponseEntity<JsonNode>> fromB =
                CompletableFuture.supplyAsync(() -> CaseActions.complete(educationOnB, education, answer));
        List<ResponseEntity<JsonNode>> responses = List.of(fromA.get(1, TimeUnit.MINUTES),
                fromB.get(1, TimeUnit.MINUTES));

        assertThat(responses).extracting(ResponseEntity::getStatusCode)
                .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> conflict = responses.stream()
                .filter(response -> response.getStatusCode() == HttpStatus.CONFLICT).findFirst().orElseThrow();
        assertThat(conflict.getBody().path("message").asText()).startsWith("Someone else changed this case");
        assertThat(conflict.getBody().path("code").asInt()).as("optimistic locking or deadlock").isIn(1, 10_000);
        boolean healthLost = fromA.get().getStatusCode() == HttpStatus.CONFLICT;
        ResponseEntity<JsonNode> retry = healthLost
                ? CaseActions.complete(healthOnA, health, answer)
                : CaseActions.complete(educationOnB, education, answer);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(CaseActions.tasks(nodeA.engine(), caseId, "shareInformation")).isEmpty();
        SpinJsonNode responsesOfPartners = (SpinJsonNode) nodeB.engine().getRuntimeService()
                .getVariable(caseId, "partnerResponses");
        assertThat(responsesOfPartners.elements()).extracting(response -> response.prop("agency").stringValue())
                .containsExactlyInAnyOrder("HEALTH", "EDUCATION");
        assertThat(responsesOfPartners.elements()).extracting(response -> response.prop("sharedBy").stringValue())
                .containsExactlyInAnyOrder("partner.health", "partner.education");
    }

    /**
     * A node that dies after it locked a job leaves the lock behind, and the other nodes run the job once the lock
     * expires ({@code lock-time-in-millis}, 5 minutes by default). The test writes such a lock into the job's row.
     */
    @Test
    void lockedJobRunsAfterLockExpires() {
        String caseId = CaseActions.startCase(NodeClient.of(nodeA, "duty.manager"), minutesAgo(1), "CAF-TWO-0061");
        Job timer = nodeA.engine().getManagementService().createJobQuery().processInstanceId(caseId).timers()
                .singleResult();
        Instant due = timer.getDuedate().toInstant();
        new JdbcTemplate(database).update("UPDATE act_ru_job SET lock_owner_ = 'lost-node', lock_exp_time_ = ?"
                + " WHERE id_ = ?", Timestamp.from(due.plus(5, ChronoUnit.MINUTES)), timer.getId());

        EngineClock.moveTo(due.plus(1, ChronoUnit.MINUTES));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> Escalations.of(nodeA.engine(), caseId).isEmpty());
        EngineClock.moveTo(due.plus(6, ChronoUnit.MINUTES));

        Escalations.awaitPerCase(nodeA.engine(), List.of(caseId), 1);
        assertThat(successfulJobHostnames(caseId)).hasSize(1);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void stoppingNodeMidCaseLosesNothing() {
        NodeClient onB = NodeClient.of(nodeB, "duty.manager");
        String caseId = CaseActions.startCase(onB, minutesAgo(1), "CAF-TWO-0051");
        CaseActions.complete(onB, CaseActions.task(nodeB.engine(), caseId, "triageReferral").getId(),
                CaseActions.AMBER_TRIAGE);
        EngineSnapshot beforeStop = EngineSnapshot.of(nodeB.engine());
        Job sharingTimer = nodeB.engine().getManagementService().createJobQuery().processInstanceId(caseId).timers()
                .singleResult();

        nodeB.close();

        ProcessEngine engine = nodeA.engine();
        assertThat(EngineSnapshot.of(engine).tasks()).containsAllEntriesOf(beforeStop.tasks());
        assertThat(EngineSnapshot.of(engine).timerDueDates()).containsEntry(sharingTimer.getId(),
                sharingTimer.getDuedate());
        NodeClient onA = NodeClient.of(nodeA, "admin");
        complete(onA, caseId, "createCris", Map.of("crisReference", "CRIS-0000051"));
        complete(onA, caseId, "categoriseRisk", Map.of("policeCategory", 2));
        EngineClock.moveTo(sharingTimer.getDuedate().toInstant().plus(1, ChronoUnit.MINUTES));
        Escalations.awaitPerCase(engine, List.of(caseId), 1);
        assertThat(Escalations.names(engine, caseId)).singleElement().asString().contains("information sharing");
        assertThat(successfulJobHostnames(caseId)).containsExactly(nodeA.name());
        for (Task sharing : CaseActions.tasks(engine, caseId, "shareInformation")) {
            assertThat(CaseActions.complete(onA, sharing.getId(), Map.of("sharedInformation", "Nothing known."))
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        assertThat(CaseActions.task(engine, caseId, "decideThreshold")).isNotNull();
    }

    /** Starts a case whose triage timer is due at once, with only {@code runner}'s job executor running. */
    private static String caseWithDueTimerRunBy(Node runner, Node idle, String externalReference) {
        JobExecutor idleExecutor = jobExecutor(idle);
        idleExecutor.shutdown();
        try {
            String caseId = CaseActions.startCase(NodeClient.of(runner, "duty.manager"), hoursAgo(25),
                    externalReference);
            Escalations.awaitPerCase(runner.engine(), List.of(caseId), 1);
            return caseId;
        } finally {
            idleExecutor.start();
        }
    }

    private static String deployAfter(CountDownLatch go, Node node, BpmnModelInstance model) {
        try {
            go.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before deploying", e);
        }
        return node.engine().getRepositoryService().createDeployment()
                .name("cluster-deployment-check")
                .enableDuplicateFiltering(true)
                .addModelInstance("clusterDeploymentCheck.bpmn", model)
                .deploy()
                .getId();
    }

    private static void complete(NodeClient client, String caseId, String taskKey, Map<String, Object> values) {
        Task task = CaseActions.task(nodeA.engine(), caseId, taskKey);
        assertThat(CaseActions.complete(client, task.getId(), values).getStatusCode()).as("completing %s", taskKey)
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static String sharingTask(String caseId, String agency) {
        return CaseActions.tasks(nodeA.engine(), caseId, "shareInformation").stream()
                .filter(task -> task.getName().endsWith(agency))
                .map(Task::getId)
                .findFirst().orElseThrow();
    }

    private static List<String> successfulJobHostnames(String caseId) {
        return nodeA.engine().getHistoryService().createHistoricJobLogQuery().processInstanceId(caseId).successLog()
                .list().stream()
                .map(log -> log.getHostname())
                .toList();
    }

    private static JobExecutor jobExecutor(Node node) {
        return ((ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration()).getJobExecutor();
    }

    private static Instant minutesAgo(int minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES);
    }

    private static Instant hoursAgo(int hours) {
        return Instant.now().minus(hours, ChronoUnit.HOURS);
    }

    private static long nodesWaitingForStartupLock() {
        return new JdbcTemplate(database).queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND NOT granted AND ((classid::bigint << 32) | objid::bigint) = ?", Long.class,
                StartupLock.LOCK_KEY);
    }

    private static void advisoryLock(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, StartupLock.LOCK_KEY);
            statement.execute();
        }
    }
}
