package org.cseprotocol.forms;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The case's side of a browser test: the intake API and Camunda's REST API, called as {@code admin}. */
class CaseApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_ARRAY =
            new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<Map<String, Map<String, Object>>> VARIABLES =
            new ParameterizedTypeReference<>() { };

    private final TestRestTemplate rest;

    CaseApi(TestRestTemplate rest) {
        this.rest = rest.withBasicAuth("admin", "demo");
    }

    /**
     * Sends the sample referral about a fictional 15-year-old, received a minute ago, and returns the response
     * body with {@code referralId} and {@code processInstanceId}.
     */
    Map<String, Object> submitReferral() throws IOException {
        ObjectNode referral;
        try (InputStream sample = getClass().getResourceAsStream("/referrals/valid-referral.json")) {
            referral = (ObjectNode) JSON.readTree(sample);
        }
        Instant receivedAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        LocalDate receivedOn = receivedAt.atZone(ZoneId.of("Europe/London")).toLocalDate();
        referral.put("receivedAt", receivedAt.toString());
        referral.put("externalReference", "CAF-" + UUID.randomUUID());
        ((ObjectNode) referral.get("child")).put("dateOfBirth", receivedOn.minusYears(15).minusDays(100).toString());
        ResponseEntity<Map<String, Object>> response = rest.exchange("/api/referrals", HttpMethod.POST,
                new HttpEntity<>(referral), JSON_OBJECT);
        if (response.getStatusCode() != HttpStatus.CREATED) {
            throw new IllegalStateException("The referral was rejected: " + response);
        }
        return response.getBody();
    }

    /** Waits until the case has an open task of the given key and returns its id. */
    String openTask(String processInstanceId, String taskKey) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> findTask(processInstanceId, taskKey), taskId -> taskId != null);
    }

    /** Returns the id of the case's open task of the given key, or null when there is none. */
    String findTask(String processInstanceId, String taskKey) {
        List<Map<String, Object>> tasks = rest.exchange("/engine-rest/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=" + taskKey, HttpMethod.GET, null, JSON_ARRAY).getBody();
        return tasks == null || tasks.isEmpty() ? null : (String) tasks.get(0).get("id");
    }

    /** Completes the case's open task of the given key with REST variables ({@code {"value": ..., "type": ...}}). */
    void complete(String processInstanceId, String taskKey, Map<String, Map<String, Object>> variables) {
        String taskId = openTask(processInstanceId, taskKey);
        ResponseEntity<Map<String, Object>> response = rest.exchange("/engine-rest/task/" + taskId + "/complete",
                HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables)), JSON_OBJECT);
        if (response.getStatusCode() != HttpStatus.NO_CONTENT) {
            throw new IllegalStateException("Failed to complete " + taskKey + ": " + response.getBody());
        }
    }

    Map<String, Map<String, Object>> variables(String processInstanceId) {
        return rest.exchange("/engine-rest/process-instance/" + processInstanceId + "/variables", HttpMethod.GET,
                null, VARIABLES).getBody();
    }

    /** Returns a REST variable with a type. */
    static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    /** Returns a REST variable without a type, as Tasklist sends form values. */
    static Map<String, Object> untyped(Object value) {
        return Map.of("value", value);
    }
}
