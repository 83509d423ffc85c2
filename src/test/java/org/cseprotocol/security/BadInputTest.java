package org.cseprotocol.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprotocol.security.Http.completion;
import static org.cseprotocol.security.Http.post;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

/** Each kind of bad input a user can send gets a clear 4xx status, and nothing is stored or half-written. */
@SecurityIntegrationTest
class BadInputTest {

    private static final String REFERRALS = "/api/referrals";

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private TaskService taskService;

    private long referralsBefore;
    private long casesBefore;

    @BeforeEach
    void countStoredData() {
        referralsBefore = referrals();
        casesBefore = runtimeService.createProcessInstanceQuery().count();
    }

    @Test
    void malformedJsonReferralIsBadRequest() {
        ResponseEntity<JsonNode> response = send(REFERRALS, "{\"source\": \"CAF\",", MediaType.APPLICATION_JSON);

        assertProblem(response, HttpStatus.BAD_REQUEST, "malformed JSON");
        assertNothingStored();
    }

    @Test
    void hugeReferralIsPayloadTooLarge() {
        String huge = "{\"concern\": \"" + "x".repeat(1_200_000) + "\"}";

        ResponseEntity<JsonNode> response = send(REFERRALS, huge, MediaType.APPLICATION_JSON);

        assertProblem(response, HttpStatus.PAYLOAD_TOO_LARGE, "larger than the maximum");
        assertNothingStored();
    }

    @Test
    void referralOfWrongContentTypeIsUnsupported() {
        ResponseEntity<JsonNode> response = send(REFERRALS, Http.referral().toString(), MediaType.TEXT_PLAIN);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertNothingStored();
    }

    @Test
    void referralWithUnknownCodeNamesTheField() {
        ResponseEntity<JsonNode> response = send(REFERRALS,
                Http.referral().put("source", "FAX").toString(), MediaType.APPLICATION_JSON);

        assertProblem(response, HttpStatus.BAD_REQUEST, "invalid field");
        assertThat(response.getBody().path("errors").toString()).contains("source");
        assertNothingStored();
    }

    @Test
    void malformedJsonToTheEngineIsBadRequest() {
        ResponseEntity<JsonNode> response = send("/engine-rest/task", "{\"assignee\": ", MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void hugeEngineBodyIsTooLarge() {
        String huge = "{\"assignee\": \"" + "x".repeat(1_200_000) + "\"}";

        ResponseEntity<JsonNode> response = send("/engine-rest/task", huge, MediaType.APPLICATION_JSON);

        assertProblem(response, HttpStatus.PAYLOAD_TOO_LARGE, "larger than the maximum");
    }

    @Test
    void wrongContentTypeToTheEngineIsUnsupported() {
        ResponseEntity<JsonNode> response = send("/engine-rest/task", "assignee=x", MediaType.TEXT_PLAIN);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void unknownVariableTypeIsBadRequest() {
        String taskId = triageTask(startCase());

        ResponseEntity<JsonNode> response = post(rest, "duty.manager", "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("ragRating", Map.of("value", "RED", "type", "Colour"))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void javaSerializedVariableIsRefused() {
        String taskId = triageTask(startCase());

        ResponseEntity<JsonNode> response = post(rest, "admin", "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("payload", Map.of("value", "rO0ABXQABWhlbGxv", "type", "Object",
                        "valueInfo", Map.of("objectTypeName", "java.lang.String",
                                "serializationDataFormat", "application/x-java-serialized-object")))));

        assertThat(response.getStatusCode().is4xxClientError()).as("answered %s", response.getStatusCode())
                .isTrue();
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void secondCompletionIsNotFound() {
        String taskId = triageTask(startCase());
        Map<String, Object> triage = completion(Map.of("ragRating", "AMBER", "ragOverrideReason", "Agreed.",
                "partnerAgencies", List.of("HEALTH")));

        ResponseEntity<JsonNode> first = post(rest, "duty.manager", "/engine-rest/task/" + taskId + "/complete",
                triage);
        ResponseEntity<JsonNode> second = post(rest, "duty.manager", "/engine-rest/task/" + taskId + "/complete",
                triage);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(second.getBody().path("detail").asText()).contains(taskId, "completed already");
    }

    @Test
    void invalidModelDeploysNothing() {
        long deployments = repositoryService.createDeploymentQuery().count();
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "broken");
        parts.add("broken.bpmn", new ByteArrayResource(("<definitions xmlns=\"http://www.omg.org/spec/BPMN/"
                + "20100524/MODEL\"><process id=\"broken\" isExecutable=\"true\"><startEvent id=\"s\"/>"
                + "<sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"missing\"/></process></definitions>")
                .getBytes()) {
            @Override
            public String getFilename() {
                return "broken.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<JsonNode> response = rest.withBasicAuth("admin", Http.PASSWORD).exchange(
                "/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("type").asText()).isEqualTo("ParseException");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    private String startCase() {
        ResponseEntity<JsonNode> started = post(rest, "duty.manager", REFERRALS, Http.referral());
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        casesBefore++;
        referralsBefore++;
        return started.getBody().path("processInstanceId").asText();
    }

    private String triageTask(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("triageReferral")
                .singleResult().getId();
    }

    private ResponseEntity<JsonNode> send(String path, String body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return rest.withBasicAuth("duty.manager", Http.PASSWORD).exchange(path, HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String detail) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody().path("detail").asText()).contains(detail);
    }

    private void assertNothingStored() {
        assertThat(referrals()).isEqualTo(referralsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(casesBefore);
    }

    private long referrals() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cse_referral_intake", Long.class);
    }
}
