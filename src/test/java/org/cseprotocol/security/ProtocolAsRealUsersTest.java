package org.cseprotocol.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprotocol.security.Http.completion;
import static org.cseprotocol.security.Http.get;
import static org.cseprotocol.security.Http.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One case driven from referral to outcome over HTTP by the demo users of each role, as they would in Tasklist,
 * with the checks of who sees and works which task on the way. Proves that the authorizations let the protocol run.
 */
@SecurityIntegrationTest
class ProtocolAsRealUsersTest {

    static final List<String> DEMO_USERS = List.of("duty.manager", "mash.manager", "cse.lead", "police.mash",
            "police.set", "mash.socialcare", "partner.health", "partner.education", "team.manager", "social.worker",
            "qau.lead", "cp.coordinator", "early.help", "admin");

    private static final Map<String, String> WORKER = Map.ofEntries(
            Map.entry("triageReferral", "duty.manager"), Map.entry("createCris", "police.mash"),
            Map.entry("categoriseRisk", "police.set"), Map.entry("decideThreshold", "duty.manager"),
            Map.entry("allocateSocialWorker", "team.manager"), Map.entry("holdStrategyMeeting", "social.worker"),
            Map.entry("completeScreeningTool", "social.worker"), Map.entry("completeSippsWorksheet", "social.worker"),
            Map.entry("completeSingleAssessment", "social.worker"), Map.entry("decideOutcome", "social.worker"),
            Map.entry("holdInitialConference", "cp.coordinator"), Map.entry("escalateOverdue", "mash.manager"));
    private static final Map<String, String> PARTNER = Map.of("HEALTH", "partner.health",
            "EDUCATION", "partner.education", "POLICE", "police.mash");
    private static final String REASON = "Agreed with the team after discussion.";
    private static final Map<String, Map<String, Object>> ANSWERS = Map.of(
            "triageReferral", Map.of("ragRating", "AMBER", "ragOverrideReason", REASON,
                    "partnerAgencies", List.of("HEALTH", "EDUCATION", "POLICE")),
            "createCris", Map.of("crisReference", "CRIS-0000001", "crisIsNew", true),
            "categoriseRisk", Map.of("policeCategory", 2),
            "shareInformation", Map.of("sharedInformation", "Nothing further known."),
            "decideThreshold", Map.of("thresholdDecision", "SECTION_17", "thresholdOverrideReason", REASON),
            "allocateSocialWorker", Map.of("allocatedSocialWorker", "social.worker"),
            "holdStrategyMeeting", Map.of("significantHarm", false),
            "completeSingleAssessment", Map.of("assessmentSummary", "Assessment complete."),
            "decideOutcome", Map.of("outcomes", List.of("CHILD_IN_NEED_PLAN"), "stepDownTo", "NONE",
                    "stepDownOverrideReason", REASON));

    @Autowired
    private TestRestTemplate rest;

    @Test
    void caseRunsWithEachRoleWorking() {
        String instance = startCase("duty.manager");

        assertVisibleAtTriage(instance);
        assertThat(complete("police.mash", task(instance, "triageReferral"), "triageReferral").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complete("mash.manager", task(instance, "triageReferral"), "triageReferral").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complete("duty.manager", task(instance, "triageReferral"), "triageReferral").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertVisibleWhileSharing(instance);
        List<String> done = workUntilEnded(instance);

        assertThat(done).contains("createCris", "categoriseRisk", "shareInformation",
                "decideThreshold", "allocateSocialWorker", "holdStrategyMeeting", "completeSingleAssessment",
                "decideOutcome");
        assertThat(get(rest, "admin", "/engine-rest/history/process-instance/" + instance).getBody()
                .path("state").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void earlyHelpAcceptsAnAgreedStepDown() {
        String instance = startCase("duty.manager");
        complete("duty.manager", task(instance, "triageReferral"), "triageReferral");
        for (String key : List.of("createCris", "categoriseRisk")) {
            complete(WORKER.get(key), task(instance, key), key);
        }
        for (String agency : PARTNER.keySet()) {
            complete(PARTNER.get(agency), shareTask(instance, agency), "shareInformation");
        }
        completeWith("duty.manager", task(instance, "decideThreshold"), Map.of("thresholdDecision", "NOT_PROCEEDING",
                "thresholdOverrideReason", REASON));
        completeWith("mash.manager", task(instance, "reviewNotProceeding"), Map.of("multiAgencyAgreesNotMet", true,
                "reviewNotes", "Partners agree the threshold is not met."));

        assertThat(taskKeys("early.help", instance)).containsExactly("acceptStepDown");
        assertThat(taskKeys("social.worker", instance)).isEmpty();
        ResponseEntity<JsonNode> accepted = completeWith("early.help", task(instance, "acceptStepDown"),
                Map.of("earlyHelpAccepted", true, "earlyHelpWorker", "early.help", "handoverNotes", "Visit booked."));

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get(rest, "admin", "/engine-rest/history/process-instance/" + instance).getBody()
                .path("state").asText()).isEqualTo("COMPLETED");
    }

    private ResponseEntity<JsonNode> completeWith(String user, JsonNode task, Map<String, Object> values) {
        return post(rest, user, "/engine-rest/task/" + task.path("id").asText() + "/complete", completion(values));
    }

    private void assertVisibleAtTriage(String instance) {
        for (String user : DEMO_USERS) {
            List<String> expected = List.of("duty.manager", "mash.manager", "cse.lead", "admin").contains(user)
                    ? List.of("triageReferral") : List.of();
            assertThat(taskKeys(user, instance)).as("tasks %s sees at triage", user)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private void assertVisibleWhileSharing(String instance) {
        assertThat(taskKeys("partner.health", instance)).containsExactly("shareInformation");
        assertThat(taskKeys("partner.education", instance)).containsExactly("shareInformation");
        assertThat(taskKeys("police.mash", instance)).containsExactlyInAnyOrder("createCris", "shareInformation");
        assertThat(taskKeys("mash.manager", instance)).hasSize(4);
        for (String user : List.of("duty.manager", "police.set", "mash.socialcare", "team.manager",
                "social.worker", "qau.lead", "cp.coordinator", "early.help")) {
            assertThat(taskKeys(user, instance)).as("tasks %s sees while partners share", user).isEmpty();
        }
        JsonNode educationTask = shareTask(instance, "EDUCATION");
        assertThat(complete("partner.health", educationTask, "shareInformation").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** Completes every open task as the user whose role it is, until the case has no open task left. */
    private List<String> workUntilEnded(String instance) {
        List<String> done = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            List<JsonNode> open = tasks("admin", instance);
            if (open.isEmpty()) {
                return done;
            }
            for (JsonNode task : open) {
                String key = task.path("taskDefinitionKey").asText();
                ResponseEntity<JsonNode> answer = complete(workerOf(task), task, key);
                assertThat(answer.getStatusCode()).as("completing %s as %s: %s", key, workerOf(task),
                        answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
                done.add(key);
            }
        }
        throw new AssertionError("The case did not end within 40 steps; done: " + done);
    }

    private static String workerOf(JsonNode task) {
        String key = task.path("taskDefinitionKey").asText();
        if (key.equals("shareInformation")) {
            String name = task.path("name").asText();
            return PARTNER.get(name.substring(name.indexOf(':') + 1).strip());
        }
        return WORKER.get(key);
    }

    private String startCase(String user) {
        ResponseEntity<JsonNode> response = post(rest, user, "/api/referrals", Http.referral());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().path("processInstanceId").asText();
    }

    private ResponseEntity<JsonNode> complete(String user, JsonNode task, String key) {
        return post(rest, user, "/engine-rest/task/" + task.path("id").asText() + "/complete",
                completion(ANSWERS.getOrDefault(key, Map.of())));
    }

    List<JsonNode> tasks(String user, String instance) {
        ResponseEntity<JsonNode> response = get(rest, user, "/engine-rest/task?processInstanceId=" + instance);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(response.getBody().spliterator(), false).toList();
    }

    List<String> taskKeys(String user, String instance) {
        return tasks(user, instance).stream().map(task -> task.path("taskDefinitionKey").asText()).toList();
    }

    JsonNode task(String instance, String key) {
        return tasks("admin", instance).stream()
                .filter(task -> task.path("taskDefinitionKey").asText().equals(key)).findFirst().orElseThrow();
    }

    JsonNode shareTask(String instance, String agency) {
        return tasks("admin", instance).stream()
                .filter(task -> task.path("name").asText().endsWith(": " + agency)).findFirst().orElseThrow();
    }
}
