package org.cseprotocol.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Completes a task over REST the way Tasklist does, with values that carry no type, and checks what the model's
 * own listener and the stored variables see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(RegisteredEngineExtension.class)
class FormValueConversionTest {

    private static final String PROCESS = "form-value-conversion-test";
    private static final ParameterizedTypeReference<Map<String, Map<String, Object>>> VARIABLES =
            new ParameterizedTypeReference<>() { };
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

    private String deploymentId;
    private String instanceId;
    private String taskId;

    @BeforeEach
    void startAtStrategyMeeting() {
        rest = rest.withBasicAuth("admin", "demo");
        deploymentId = repositoryService.createDeployment()
                .addModelInstance(PROCESS + ".bpmn", process())
                .deploy()
                .getId();
        instanceId = runtimeService.startProcessInstanceByKey(PROCESS, "CSE-2026-000777").getId();
        taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    @AfterEach
    void deleteDeployment() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    /** Builds a user task whose complete listener, like the model's own, copies the meeting date it reads. */
    private static BpmnModelInstance process() {
        return Bpmn.createExecutableProcess(PROCESS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("holdStrategyMeeting")
                .camundaTaskListenerExpression("complete",
                        "${task.setVariable('dateSeenByListener', task.getVariable('strategyMeetingDate'))}")
                .userTask("afterMeeting")
                .endEvent()
                .done();
    }

    @Test
    void untypedValuesAreStoredWithTheirTypes() {
        Map<String, Object> untyped = new LinkedHashMap<>();
        untyped.put("strategyMeetingDate", Map.of("value", "2026-03-04"));
        untyped.put("screeningMissing", Map.of("value", "3"));
        untyped.put("screeningEducation", Map.of("value", 4));
        untyped.put("policeCategory", Map.of("value", 2.0));
        untyped.put("significantHarm", Map.of("value", "true"));
        untyped.put("sippsRequested", Map.of("value", false));
        untyped.put("attendees", Map.of("value", "[\"POLICE\",\"SCHOOL\"]"));
        untyped.put("agendaActions", Map.of("value", "Disruption plan agreed."));

        ResponseEntity<Map<String, Object>> response = post("submit-form", Map.of("variables", untyped));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Map<String, Object>> stored = storedVariables();
        assertThat(stored.get("strategyMeetingDate")).containsEntry("type", "Date");
        assertThat((String) stored.get("strategyMeetingDate").get("value")).startsWith("2026-03-0");
        assertThat(stored.get("screeningMissing")).containsEntry("type", "Integer").containsEntry("value", 3);
        assertThat(stored.get("screeningEducation")).containsEntry("type", "Integer").containsEntry("value", 4);
        assertThat(stored.get("policeCategory")).containsEntry("type", "Integer").containsEntry("value", 2);
        assertThat(stored.get("significantHarm")).containsEntry("type", "Boolean").containsEntry("value", true);
        assertThat(stored.get("sippsRequested")).containsEntry("type", "Boolean");
        assertThat(stored.get("attendees")).containsEntry("type", "Json");
        assertThat(stored.get("agendaActions")).containsEntry("type", "String");
        assertThat(stored.get("dateSeenByListener")).containsEntry("type", "Date");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"complete", "submit-form"})
    void unconvertibleValueGets400NamingTheField(String operation) {
        Map<String, Object> untyped = Map.of(
                "strategyMeetingDate", Map.of("value", "2026-03-04"),
                "screeningSexualHealth", Map.of("value", "very high"));

        ResponseEntity<Map<String, Object>> response = post(operation, Map.of("variables", untyped));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("code", FormValueRejectedException.CODE);
        String failedOperation = operation.equals("complete") ? "complete task " : "submit task form ";
        assertThat((String) response.getBody().get("message")).isEqualTo("Cannot " + failedOperation + taskId
                + ": The value of screeningSexualHealth must be a whole number from 1 to 5, not text.");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(instanceId, "strategyMeetingDate")).isNull();
    }

    @Test
    void completionWithoutFormValuesChangesNothing() {
        runtimeService.setVariable(instanceId, "outcomes", List.of("STEP_DOWN"));

        taskService.complete(taskId);

        assertThat(taskService.createTaskQuery().processInstanceId(instanceId).singleResult()
                .getTaskDefinitionKey()).isEqualTo("afterMeeting");
        assertThat(storedVariables().get("outcomes")).containsEntry("type", "Json");
    }

    private ResponseEntity<Map<String, Object>> post(String operation, Object body) {
        return rest.exchange("/engine-rest/task/" + taskId + "/" + operation, HttpMethod.POST,
                new HttpEntity<>(body), JSON_OBJECT);
    }

    private Map<String, Map<String, Object>> storedVariables() {
        return rest.exchange("/engine-rest/process-instance/" + instanceId + "/variables", HttpMethod.GET, null,
                VARIABLES).getBody();
    }
}
