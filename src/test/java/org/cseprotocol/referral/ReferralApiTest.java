package org.cseprotocol.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.cseprotocol.testing.ApiIntegrationTest;
import org.cseprotocol.testing.ReferralProcessStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * POST and GET {@code /api/referrals} over HTTP against a stub {@code cse-referral} process. Duplicate and
 * concurrent submissions are in {@link ReferralIdempotencyTest}.
 */
@ApiIntegrationTest
class ReferralApiTest {

    static final String USER = "duty.manager";
    static final String PASSWORD = "demo";

    @Autowired
    private TestRestTemplate restTemplate;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private HistoryService historyService;
    @Autowired
    private IntakeRecords records;

    private String deploymentId;

    @BeforeEach
    void deployStubProcess() {
        deploymentId = ReferralProcessStub.deploy(repositoryService);
    }

    @AfterEach
    void removeStubProcess() {
        ReferralProcessStub.remove(repositoryService, deploymentId);
    }

    @Test
    void validReferralStartsCase() {
        ObjectNode body = TestReferrals.valid();

        ResponseEntity<JsonNode> response = post(restTemplate, body.toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String referralId = response.getBody().get("referralId").textValue();
        String processInstanceId = response.getBody().get("processInstanceId").textValue();
        assertThat(referralId).matches("CSE-\\d{4}-\\d{6}");
        assertThat(response.getBody().get("duplicate").booleanValue()).isFalse();
        assertThat(response.getBody().get("receivedAt").textValue()).isEqualTo(body.get("receivedAt").textValue());
        assertThat(response.getHeaders().getLocation()).hasPath("/api/referrals/" + referralId);
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo(referralId);
        assertThat(runtimeService.getActiveActivityIds(processInstanceId)).containsExactly("triageReferral");
    }

    @Test
    void startedCaseHasTheContractVariables() {
        ObjectNode body = TestReferrals.valid();

        String processInstanceId = post(restTemplate, body.toString()).getBody().get("processInstanceId").textValue();

        VariableMap variables = runtimeService.getVariablesTyped(processInstanceId);
        assertThat(variables.keySet()).containsExactlyInAnyOrderElementsOf(StartVariablesTest.CONTRACT_VARIABLES);
        assertThat(variables.get("childAge")).isEqualTo(TestReferrals.CHILD_AGE);
        assertThat(variables.get("receivedAt")).isInstanceOf(Date.class);
        assertThat(variables.get("receivedAt")).isEqualTo(Date.from(Instant.parse(body.get("receivedAt").asText())));
        assertThat(variables.get("referralSource")).isEqualTo("CAF");
        assertThat(variables.get("referrerAgency")).isEqualTo("EDUCATION");
        assertThat(variables.get("childFirstName")).isEqualTo("Jordan");
        assertThat(variables.get("screeningSexualHealth")).isEqualTo(3);
        assertThat(variables.get("complexCase")).isEqualTo(false);
        assertThat(codes(variables.getValueTyped("exploitationTypes"))).containsExactly("BOYFRIEND_MODEL");
        assertThat(codes(variables.getValueTyped("indicators")))
                .containsExactly("GOING_MISSING", "UNEXPLAINED_GIFTS", "OLDER_PARTNER");
        assertThat(codes(variables.getValueTyped("vulnerabilities"))).containsExactly("LOW_SELF_ESTEEM");
    }

    @Test
    void caseIsStartedByTheAuthenticatedUser() {
        String processInstanceId = post(restTemplate, TestReferrals.valid().toString())
                .getBody().get("processInstanceId").textValue();

        String startUserId = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult().getStartUserId();
        assertThat(startUserId).isEqualTo(USER);
    }

    @Test
    void rejectedReferralStartsNothing() {
        ObjectNode body = TestReferrals.rejected();
        long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();

        ResponseEntity<JsonNode> response = post(restTemplate, body.toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("status").intValue()).isEqualTo(400);
        assertThat(response.getBody().get("detail").textValue()).contains("3 invalid field(s)");
        assertThat(response.getBody().get("errors")).extracting(error -> error.get("field").textValue())
                .containsExactly("child.dateOfBirth", "exploitationTypes[0]", "consent.overrideReason");
        assertThat(response.getBody().get("errors")).allSatisfy(error ->
                assertThat(error.get("message").textValue()).isNotBlank());
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(records.findBySource(Agency.EDUCATION, body.get("externalReference").textValue())).isEmpty();
    }

    @Test
    void malformedJsonIsRejectedWithoutQuotingIt() {
        ResponseEntity<JsonNode> response = post(restTemplate, "{\"source\": \"CAF\", \"child\": {\"firstName\": Jo}}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").textValue()).contains("malformed JSON at line 1, column");
        assertThat(response.getBody().toString()).doesNotContain("Jo}");
    }

    @Test
    void missingBodyIsRejected() {
        ResponseEntity<JsonNode> response = post(restTemplate, "");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").textValue()).contains("missing or is not JSON");
    }

    @Test
    void failedStartRecordsNothing() {
        ObjectNode body = TestReferrals.valid();
        repositoryService.suspendProcessDefinitionByKey(ReferralProcessStub.PROCESS_KEY);

        ResponseEntity<JsonNode> failed = post(restTemplate, body.toString());
        repositoryService.activateProcessDefinitionByKey(ReferralProcessStub.PROCESS_KEY);
        ResponseEntity<JsonNode> retried = post(restTemplate, body.toString());

        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(failed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(failed.getBody().get("detail").textValue()).contains("was not recorded");
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retried.getBody().get("duplicate").booleanValue()).isFalse();
    }

    @Test
    void locationReturnsTheReceipt() {
        ResponseEntity<JsonNode> created = post(restTemplate, TestReferrals.valid().toString());

        ResponseEntity<JsonNode> found = client(restTemplate)
                .getForEntity(created.getHeaders().getLocation(), JsonNode.class);

        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(found.getBody().get("referralId")).isEqualTo(created.getBody().get("referralId"));
        assertThat(found.getBody().get("processInstanceId")).isEqualTo(created.getBody().get("processInstanceId"));
        assertThat(found.getBody().has("createdAt")).isTrue();
        assertThat(found.getBody().has("duplicate")).isFalse();
    }

    @Test
    void unknownReferralIdIsNotFound() {
        ResponseEntity<JsonNode> response = client(restTemplate)
                .getForEntity("/api/referrals/CSE-1999-000001", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").textValue()).contains("CSE-1999-000001");
    }

    /** Posts a referral as {@code duty.manager}, accepting plain JSON only, as many clients do. */
    static ResponseEntity<JsonNode> post(TestRestTemplate restTemplate, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return client(restTemplate).exchange("/api/referrals", HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    static TestRestTemplate client(TestRestTemplate restTemplate) {
        return restTemplate.withBasicAuth(USER, PASSWORD);
    }

    private static List<String> codes(JsonValue list) {
        return list.getValue().elements().stream().map(SpinJsonNode::stringValue).toList();
    }
}
