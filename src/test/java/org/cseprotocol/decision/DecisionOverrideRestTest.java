package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Responses a REST client receives, and Tasklist through the same resources, when an override is rejected. */
@DecisionEngineTest
class DecisionOverrideRestTest {

    private static final String PROCESS = "decision-override-rest-test";
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY =
            new ParameterizedTypeReference<>() { };

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private DecisionOverrideRepository repository;
    @Autowired
    private JdbcClient jdbc;

    private String deploymentId;
    private String taskId;

    @BeforeEach
    void startCaseAtTriage() {
        rest = rest.withBasicAuth("admin", "demo");
        jdbc.sql("DELETE FROM decision_override").update();
        deploymentId = repositoryService.createDeployment()
                .addModelInstance(PROCESS + ".bpmn",
                        TestProcesses.decision(PROCESS, "cse-rag-rating", "triageReferral"))
                .deploy()
                .getId();
        String instanceId = runtimeService.startProcessInstanceByKey(PROCESS, "CSE-2026-000002",
                CaseVariables.caseTwo()).getId();
        taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    @AfterEach
    void deleteDeployment() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"complete", "submit-form"})
    void changeWithoutReasonGets400WithMessage(String operation) {
        ResponseEntity<Map<String, Object>> response = post("/engine-rest/task/" + taskId + "/" + operation,
                Map.of("variables", Map.of("ragRating", Map.of("value", "AMBER", "type", "String"))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("type", "RestException")
                .containsEntry("code", DecisionOverrideRejectedException.CODE);
        assertThat((String) response.getBody().get("message")).startsWith("Cannot ")
                .endsWith(taskId + ": The RAG rating differs from the decision table's proposal, so give the "
                        + "reason for the change (ragOverrideReason).");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void changeWithReasonCompletesAndIsListed() {
        ResponseEntity<Map<String, Object>> response = post("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of(
                        "ragRating", Map.of("value", "AMBER", "type", "String"),
                        "ragOverrideReason", Map.of("value", "Contact blocked by police.", "type", "String"))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<List<Map<String, Object>>> list = rest.exchange(
                "/api/decision-overrides?decisionKey=cse-rag-rating", HttpMethod.GET, null, JSON_ARRAY);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).singleElement().satisfies(override -> assertThat(override)
                .containsEntry("referralId", "CSE-2026-000002")
                .containsEntry("proposedValue", "RED")
                .containsEntry("chosenValue", "AMBER")
                .containsEntry("reason", "Contact blocked by police.")
                .containsKey("decidedAt"));
    }

    @Test
    void listFiltersByTime() {
        OffsetDateTime noon = OffsetDateTime.of(2026, 3, 2, 12, 0, 0, 0, ZoneOffset.UTC);
        repository.insert(DecisionOverridesTest.override("cse-threshold", noon.minusHours(1)));
        repository.insert(DecisionOverridesTest.override("cse-threshold", noon));

        ResponseEntity<List<Map<String, Object>>> list = rest.exchange(
                "/api/decision-overrides?from=2026-03-02T11:30:00Z&to=2026-03-02T12:30:00Z", HttpMethod.GET, null,
                JSON_ARRAY);

        assertThat(list.getBody()).singleElement().extracting(override -> override.get("decidedAt"))
                .isEqualTo("2026-03-02T12:00:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"decisionKey=cse-unknown", "from=yesterday",
        "from=2026-03-02T12:00:00Z&to=2026-03-02T12:00:00Z"})
    void invalidListQueryGets400(String query) {
        ResponseEntity<Map<String, Object>> response = rest.exchange("/api/decision-overrides?" + query,
                HttpMethod.GET, null, JSON_OBJECT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).isNotBlank();
    }

    private ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body), JSON_OBJECT);
    }
}
