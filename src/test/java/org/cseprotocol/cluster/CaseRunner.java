package org.cseprotocol.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Drives a {@link SharedCase} over HTTP, as a practitioner would through Tasklist: sends the referral to
 * {@code POST /api/referrals}, then completes every open task of the case through Camunda's REST API with the
 * case's decisions, or with default ones, until no task is left. Returns what did not match the case's
 * expectations, one message each.
 */
final class CaseRunner {

    static final int MAX_ROUNDS = 60;

    /** The variables that complete each task for which a case has no decisions of its own. */
    static final JsonNode DEFAULT_DECISIONS = parse("""
            {"triageReferral": {"partnerAgencies": ["HEALTH", "EDUCATION"]},
             "createCris": {"crisReference": "CRIS-0000001"},
             "categoriseRisk": {"policeCategory": 2},
             "shareInformation": {"sharedInformation": "Nothing further known."},
             "reportBack": {"reportBackNotes": "Reported to the practice group."},
             "allocateSocialWorker": {"allocatedSocialWorker": "social.worker"},
             "holdStrategyMeeting": {"significantHarm": false},
             "consultCseLeads": {"consultationNotes": "Consulted."},
             "informPolice": {"policeInformed": true, "partnerAgencies": ["HEALTH", "EDUCATION"]},
             "contactHostBorough": {"hostBoroughContact": "Duty team, host borough"},
             "completeSingleAssessment": {"assessmentSummary": "Assessment complete."},
             "escalateOverdue": {"escalationNotes": "Seen."}}
            """);

    private final NodeClient client;

    CaseRunner(NodeClient client) {
        this.client = client;
    }

    List<String> run(SharedCase sharedCase, Instant now) {
        ResponseEntity<JsonNode> response = client.post("/api/referrals", sharedCase.referral(now));
        int status = response.getStatusCode().value();
        if (status != sharedCase.expectedStatus()) {
            return List.of("POST /api/referrals returned " + status + ", expected " + sharedCase.expectedStatus()
                    + ": " + response.getBody());
        }
        if (status != 201) {
            return missingProblemFields(sharedCase, String.valueOf(response.getBody()));
        }
        String processInstanceId = response.getBody().path("processInstanceId").asText();
        List<String> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        completeAllTasks(sharedCase, processInstanceId, seen, failures);
        checkSeenTasks(sharedCase, seen, failures);
        checkEnd(sharedCase, processInstanceId, failures);
        return failures;
    }

    private static List<String> missingProblemFields(SharedCase sharedCase, String body) {
        List<String> failures = new ArrayList<>();
        sharedCase.get("expectProblemFields").forEach(field -> {
            if (!body.contains(field.asText())) {
                failures.add("problem body does not name '" + field.asText() + "': " + body);
            }
        });
        return failures;
    }

    private void completeAllTasks(SharedCase sharedCase, String processInstanceId, Set<String> seen,
            List<String> failures) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            JsonNode tasks = client.get(client.engine("/task?processInstanceId=" + processInstanceId)).getBody();
            if (tasks == null || tasks.isEmpty()) {
                return;
            }
            for (JsonNode task : tasks) {
                String key = task.path("taskDefinitionKey").asText();
                if (seen.add(key)) {
                    failures.addAll(checkTask(task, sharedCase.get("atTask").path(key)));
                }
                ResponseEntity<JsonNode> completed = client.post(
                        client.engine("/task/" + task.path("id").asText() + "/complete"), completion(sharedCase, key));
                if (!completed.getStatusCode().is2xxSuccessful()) {
                    failures.add("completing " + key + " returned " + completed.getStatusCode().value() + ": "
                            + completed.getBody());
                    return;
                }
            }
        }
        failures.add("the case still had open tasks after " + MAX_ROUNDS + " rounds");
    }

    private static ObjectNode completion(SharedCase sharedCase, String taskKey) {
        JsonNode decisions = sharedCase.get("decisions").has(taskKey)
                ? sharedCase.get("decisions").get(taskKey)
                : DEFAULT_DECISIONS.path(taskKey);
        ObjectNode variables = RestVariables.JSON.createObjectNode();
        decisions.fields().forEachRemaining(field -> variables.set(field.getKey(),
                RestVariables.typed(field.getValue())));
        ObjectNode body = RestVariables.JSON.createObjectNode();
        body.set("variables", variables);
        return body;
    }

    private List<String> checkTask(JsonNode task, JsonNode expected) {
        List<String> failures = new ArrayList<>();
        String key = task.path("taskDefinitionKey").asText();
        String taskPath = "/task/" + task.path("id").asText();
        if (expected.has("variables")) {
            Map<String, JsonNode> values = plainValues(client.get(client.engine(taskPath + "/variables")).getBody());
            expected.get("variables").fields().forEachRemaining(variable -> {
                JsonNode actual = values.get(variable.getKey());
                if (!RestVariables.same(variable.getValue(), actual)) {
                    failures.add("at " + key + ": " + variable.getKey() + " = " + actual + ", expected "
                            + variable.getValue());
                }
            });
        }
        if (expected.has("candidateGroup")) {
            Set<String> groups = new HashSet<>();
            client.get(client.engine(taskPath + "/identity-links")).getBody().forEach(link -> {
                if ("candidate".equals(link.path("type").asText()) && link.hasNonNull("groupId")) {
                    groups.add(link.get("groupId").asText());
                }
            });
            String group = expected.get("candidateGroup").asText();
            if (!groups.contains(group)) {
                failures.add("at " + key + ": candidate groups " + groups + ", expected " + group);
            }
        }
        return failures;
    }

    private static void checkSeenTasks(SharedCase sharedCase, Set<String> seen, List<String> failures) {
        sharedCase.get("expectTasks").forEach(key -> {
            if (!seen.contains(key.asText())) {
                failures.add("task " + key.asText() + " never appeared");
            }
        });
        sharedCase.get("forbidTasks").forEach(key -> {
            if (seen.contains(key.asText())) {
                failures.add("task " + key.asText() + " appeared");
            }
        });
    }

    private void checkEnd(SharedCase sharedCase, String processInstanceId, List<String> failures) {
        JsonNode history = client.get(client.engine("/history/process-instance/" + processInstanceId)).getBody();
        String state = history == null ? null : history.path("state").asText();
        if (sharedCase.expectsEnd() && !"COMPLETED".equals(state)) {
            failures.add("case did not end: state " + state);
        }
        JsonNode rows = client.get(client.engine("/history/variable-instance?processInstanceId=" + processInstanceId))
                .getBody();
        Map<String, JsonNode> finalValues = new HashMap<>();
        rows.forEach(row -> finalValues.put(row.path("name").asText(), RestVariables.plain(row)));
        sharedCase.get("expectFinal").fields().forEachRemaining(expected -> {
            JsonNode actual = finalValues.get(expected.getKey());
            if (!RestVariables.same(expected.getValue(), actual)) {
                failures.add("final " + expected.getKey() + " = " + actual + ", expected " + expected.getValue());
            }
        });
    }

    private static Map<String, JsonNode> plainValues(JsonNode variables) {
        Map<String, JsonNode> values = new HashMap<>();
        variables.fields().forEachRemaining(field -> values.put(field.getKey(), RestVariables.plain(field.getValue())));
        return values;
    }

    private static JsonNode parse(String json) {
        try {
            return RestVariables.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid JSON in the test: " + json, e);
        }
    }
}
