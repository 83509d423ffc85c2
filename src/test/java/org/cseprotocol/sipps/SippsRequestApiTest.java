package org.cseprotocol.sipps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.cseprotocol.testing.RegisteredEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests the SIPPS worksheet over HTTP on cases of {@code cse-referral} processes built with the fluent model API,
 * with and without the proposed event sub-process, so that the tests hold before and after the real model gets it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(RegisteredEngineExtension.class)
class SippsRequestApiTest {

    private static final String REFERRAL_ID = "CSE-2026-000901";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() { };

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;

    private final List<String> deploymentIds = new ArrayList<>();
    private String instanceId;

    @BeforeEach
    void startCaseWithRequestEvent() {
        deploy(processWithRequestEvent());
        instanceId = runtimeService.startProcessInstanceByKey(SippsRequests.PROCESS_KEY, REFERRAL_ID,
                Map.of("allocatedSocialWorker", "social.worker")).getId();
    }

    @AfterEach
    void deleteDeployments() {
        deploymentIds.forEach(deploymentId -> repositoryService.deleteDeployment(deploymentId, true));
    }

    /** Builds a case that waits at its strategy meeting and has no way to receive a SIPPS request. */
    static BpmnModelInstance processWithoutRequestEvent() {
        return Bpmn.createExecutableProcess(SippsRequests.PROCESS_KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent("referralReceived")
                .userTask("holdStrategyMeeting")
                .endEvent("outcomeRecorded")
                .done();
    }

    /** Builds the same case with the event sub-process proposed for the real model. */
    static BpmnModelInstance processWithRequestEvent() {
        BpmnModelInstance model = processWithoutRequestEvent();
        model.getModelElementsByType(Process.class).iterator().next()
                .builder()
                .eventSubProcess("sippsRequestedByManager")
                .startEvent("sippsRequestReceived").interrupting(false).message(SippsRequests.MESSAGE)
                .userTask(SippsRequests.REQUESTED_TASK_KEY)
                .camundaFormRef("completeSippsWorksheet").camundaFormRefBinding("latest")
                .camundaAssignee("${allocatedSocialWorker}").camundaCandidateGroups("team-manager")
                .endEvent("requestedSippsWorksheetCompleted");
        return model;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"social.worker", "team.manager", "mash.manager", "cse.lead"})
    void requestCreatesWorksheetTask(String userId) {
        ResponseEntity<Map<String, Object>> response = request(userId, REFERRAL_ID);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Task task = taskService.createTaskQuery().taskId((String) response.getBody().get("taskId"))
                .initializeFormKeys().singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(SippsRequests.REQUESTED_TASK_KEY);
        assertThat(task.getProcessInstanceId()).isEqualTo(instanceId);
        assertThat(task.getAssignee()).isEqualTo("social.worker");
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo("completeSippsWorksheet");
        assertThat(taskService.getVariable(task.getId(), "sippsRequestedBy")).isEqualTo(userId);
        assertThat(response.getBody()).containsEntry("referralId", REFERRAL_ID)
                .containsEntry("requestedBy", userId)
                .containsKey("requestedAt");
        assertThat(runtimeService.getVariable(instanceId, "sippsRequestedAt")).isNotNull();
    }

    @Test
    void requestLeavesMainPathWaiting() {
        request("team.manager", REFERRAL_ID);

        assertThat(taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(
                "holdStrategyMeeting").count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"duty.manager", "partner.health", "admin"})
    void otherGroupsGet403(String userId) {
        ResponseEntity<Map<String, Object>> response = request(userId, REFERRAL_ID);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) response.getBody().get("detail")).isEqualTo("Only members of the groups mash-cse-lead, "
                + "mash-manager, social-worker, team-manager may request a SIPPS worksheet.");
        assertThat(openWorksheets()).isZero();
    }

    @Test
    void secondRequestWhileWorksheetOpenGets409() {
        request("social.worker", REFERRAL_ID);

        ResponseEntity<Map<String, Object>> second = request("team.manager", REFERRAL_ID);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) second.getBody().get("detail")).contains("already has a SIPPS worksheet open");
        assertThat(openWorksheets()).isEqualTo(1);
    }

    @Test
    void requestAfterWorksheetCompletedCreatesAnother() {
        String first = (String) request("social.worker", REFERRAL_ID).getBody().get("taskId");
        taskService.complete(first);

        ResponseEntity<Map<String, Object>> second = request("social.worker", REFERRAL_ID);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().get("taskId")).isNotEqualTo(first);
    }

    @Test
    void unknownCaseGets404() {
        ResponseEntity<Map<String, Object>> response = request("social.worker", "CSE-2026-999999");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) response.getBody().get("detail")).startsWith("No running case has the referral id "
                + "CSE-2026-999999");
    }

    @Test
    void endedCaseGets409() {
        runtimeService.deleteProcessInstance(instanceId, "Closed by the test");

        ResponseEntity<Map<String, Object>> response = request("social.worker", REFERRAL_ID);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) response.getBody().get("detail")).contains("has ended");
    }

    @Test
    void caseWithoutRequestEventGets409() {
        deploy(processWithoutRequestEvent());
        runtimeService.startProcessInstanceByKey(SippsRequests.PROCESS_KEY, "CSE-2026-000902",
                Map.of("allocatedSocialWorker", "social.worker"));

        ResponseEntity<Map<String, Object>> response = request("social.worker", "CSE-2026-000902");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) response.getBody().get("detail")).contains("cannot receive a SIPPS request");
    }

    @Test
    void socialWorkerCannotRequestOnACaseAllocatedToSomeoneElse() {
        deploy(processWithRequestEvent());
        runtimeService.startProcessInstanceByKey(SippsRequests.PROCESS_KEY, "CSE-2026-000903",
                Map.of("allocatedSocialWorker", "another.worker"));

        ResponseEntity<Map<String, Object>> bySocialWorker = request("social.worker", "CSE-2026-000903");
        ResponseEntity<Map<String, Object>> byTeamManager = request("team.manager", "CSE-2026-000903");

        assertThat(bySocialWorker.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(byTeamManager.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void requestWithoutCredentialsGets401() {
        ResponseEntity<Map<String, Object>> response = rest.exchange("/api/referrals/" + REFERRAL_ID
                + "/sipps-request", HttpMethod.POST, null, JSON_OBJECT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private void deploy(BpmnModelInstance model) {
        deploymentIds.add(repositoryService.createDeployment()
                .name("sipps-request-test")
                .addModelInstance("cse-referral.bpmn", model)
                .deploy()
                .getId());
    }

    private ResponseEntity<Map<String, Object>> request(String userId, String referralId) {
        return rest.withBasicAuth(userId, "demo").exchange("/api/referrals/" + referralId + "/sipps-request",
                HttpMethod.POST, null, JSON_OBJECT);
    }

    private long openWorksheets() {
        return taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(SippsRequests.REQUESTED_TASK_KEY).count();
    }
}
