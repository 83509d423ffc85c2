package org.cseprotocol.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Steps of a case that the restart and cluster tests share: start it over HTTP, find and complete its tasks. */
final class CaseActions {

    /** Triage decisions for a new concern: AMBER, so sharing is due in 24 working hours, with two agencies. */
    static final Map<String, Object> AMBER_TRIAGE = Map.of(
            "ragRating", "AMBER",
            "ragOverrideReason", "Agreed at the MASH meeting.",
            "partnerAgencies", List.of("HEALTH", "EDUCATION"));

    private CaseActions() {
    }

    /** Sends the first shared case as a new referral and returns the id of the case it started. */
    static String startCase(NodeClient client, Instant receivedAt, String externalReference) {
        ResponseEntity<JsonNode> response = client.post("/api/referrals",
                SharedCase.newConcern().referral(receivedAt, externalReference));
        assertThat(response.getStatusCode()).as("POST /api/referrals").isEqualTo(HttpStatus.CREATED);
        return response.getBody().path("processInstanceId").asText();
    }

    /** Completes a task through Camunda's REST API. The values are plain Java values, and lists become Json. */
    static ResponseEntity<JsonNode> complete(NodeClient client, String taskId, Map<String, Object> values) {
        ObjectNode variables = RestVariables.JSON.createObjectNode();
        values.forEach((name, value) ->
                variables.set(name, RestVariables.typed(RestVariables.JSON.valueToTree(value))));
        ObjectNode body = RestVariables.JSON.createObjectNode();
        body.set("variables", variables);
        return client.post(client.engine("/task/" + taskId + "/complete"), body);
    }

    static List<Task> tasks(ProcessEngine engine, String caseId, String taskKey) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceId(caseId)
                .taskDefinitionKey(taskKey)
                .list();
    }

    static Task task(ProcessEngine engine, String caseId, String taskKey) {
        List<Task> tasks = tasks(engine, caseId, taskKey);
        assertThat(tasks).as("open %s tasks of case %s", taskKey, caseId).hasSize(1);
        return tasks.get(0);
    }
}
