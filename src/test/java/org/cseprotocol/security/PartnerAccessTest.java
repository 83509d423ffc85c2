package org.cseprotocol.security;

import java.util.ArrayList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprotocol.security.Http.get;
import static org.cseprotocol.security.Http.post;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a partner agency reads of a case: its own information-sharing task and the allow-listed variables, through
 * every variable endpoint of the REST API, while MASH staff on the same case read everything.
 */
@SecurityIntegrationTest
class PartnerAccessTest {

    private static final List<String> ALLOWED = List.of("referralId", "partnerAgency", "childFirstName",
            "childLastName", "childDateOfBirth", "childSchool", "concern", "sharedInformation");

    @Autowired
    private TestRestTemplate rest;

    private String healthTaskId;

    @BeforeEach
    void startCaseAtSharing() {
        ResponseEntity<JsonNode> started = post(rest, "duty.manager", "/api/referrals", Http.referral());
        String instance = started.getBody().path("processInstanceId").asText();
        JsonNode triage = tasks("duty.manager", "processInstanceId=" + instance).get(0);
        post(rest, "duty.manager", "/engine-rest/task/" + triage.path("id").asText() + "/complete",
                Http.completion(Map.of("ragRating", "AMBER", "ragOverrideReason", "Agreed with the team.",
                        "partnerAgencies", List.of("HEALTH", "EDUCATION"))));
        healthTaskId = tasks("partner.health", "processInstanceId=" + instance).get(0).path("id").asText();
    }

    @Test
    void partnerReadsOnlyAllowListedFormVariables() {
        JsonNode variables = get(rest, "partner.health", "/engine-rest/task/" + healthTaskId + "/form-variables")
                .getBody();

        assertThat(fieldNames(variables)).isSubsetOf(ALLOWED).contains("childFirstName", "concern", "partnerAgency");
        assertThat(variables.path("partnerAgency").path("value").asText()).isEqualTo("HEALTH");
    }

    @Test
    void partnerCannotListTasksWithTheirVariables() {
        for (String option : List.of("withTaskVariablesInReturn", "withTaskLocalVariablesInReturn")) {
            ResponseEntity<JsonNode> query = get(rest, "partner.health", "/engine-rest/task?" + option + "=true");
            ResponseEntity<JsonNode> body = post(rest, "partner.health", "/engine-rest/task", Map.of(option, true));

            assertThat(query.getStatusCode()).as(option).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(body.getStatusCode()).as(option).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void partnerCompletionCannotChangeOtherCaseVariables() {
        ResponseEntity<JsonNode> completed = post(rest, "partner.health", "/engine-rest/task/" + healthTaskId
                + "/complete", Http.completion(Map.of("sharedInformation", "Known to the GP.",
                        "ragRating", "GREEN", "childAddress", "Changed by a partner")));

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(completed.getBody().path("detail").asText()).contains("childAddress").contains("ragRating");
        assertThat(get(rest, "admin", "/engine-rest/task/" + healthTaskId).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode rag = get(rest, "admin", "/engine-rest/task/" + healthTaskId + "/variables/ragRating").getBody();
        assertThat(rag.path("value").asText()).isEqualTo("AMBER");
    }

    @Test
    void partnerCompletesWithTheFieldsOfTheForm() {
        ResponseEntity<JsonNode> completed = post(rest, "partner.health", "/engine-rest/task/" + healthTaskId
                + "/complete", Http.completion(Map.of("sharedInformation", "Known to the GP.")));

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void partnerReadsOnlyAllowListedTaskVariables() {
        JsonNode variables = get(rest, "partner.health", "/engine-rest/task/" + healthTaskId + "/variables")
                .getBody();

        assertThat(fieldNames(variables)).isSubsetOf(ALLOWED).contains("referralId", "childLastName");
    }

    @Test
    void unusualPathSpellingIsFilteredAlike() {
        JsonNode withParameter = get(rest, "partner.health",
                "/engine-rest/task/" + healthTaskId + "/form-variables;x=1").getBody();
        ResponseEntity<JsonNode> doubleSlash = get(rest, "partner.health",
                "/engine-rest//task/" + healthTaskId + "//variables/childAddress");

        assertThat(fieldNames(withParameter)).isSubsetOf(ALLOWED);
        assertThat(doubleSlash.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    @Test
    void partnerCannotReadOneVariableOutsideTheAllowList() {
        ResponseEntity<JsonNode> address = get(rest, "partner.health",
                "/engine-rest/task/" + healthTaskId + "/variables/childAddress");
        ResponseEntity<JsonNode> rating = get(rest, "partner.health",
                "/engine-rest/task/" + healthTaskId + "/variables/ragRating/data");
        ResponseEntity<JsonNode> name = get(rest, "partner.health",
                "/engine-rest/task/" + healthTaskId + "/variables/childFirstName");

        assertThat(address.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rating.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(name.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void partnerCannotSearchTasksByAVariableOutsideTheAllowList() {
        ResponseEntity<JsonNode> byParameter = get(rest, "partner.health",
                "/engine-rest/task?processVariables=childAddress_like_%25Flat%25");
        ResponseEntity<JsonNode> byBody = post(rest, "partner.health", "/engine-rest/task",
                Map.of("processVariables", List.of(Map.of("name", "ragRating", "operator", "eq", "value", "RED"))));
        ResponseEntity<JsonNode> bySorting = post(rest, "partner.health", "/engine-rest/task",
                Map.of("sorting", List.of(Map.of("sortBy", "processVariable", "sortOrder", "asc",
                        "parameters", Map.of("variable", "childAddress", "type", "String")))));

        assertThat(byParameter.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byBody.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(bySorting.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void partnerCannotReadTheCaseOrItsHistory() {
        String instance = get(rest, "partner.health", "/engine-rest/task/" + healthTaskId).getBody()
                .path("processInstanceId").asText();

        assertThat(get(rest, "partner.health", "/engine-rest/process-instance/" + instance + "/variables")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(rest, "partner.health", "/engine-rest/history/variable-instance?processInstanceId="
                + instance).getBody()).isEmpty();
        assertThat(get(rest, "partner.health", "/engine-rest/variable-instance?processInstanceIdIn="
                + instance).getBody()).isEmpty();
    }

    @Test
    void mashStaffReadTheWholeCaseThroughTheirTask() {
        String instance = get(rest, "admin", "/engine-rest/task/" + healthTaskId).getBody()
                .path("processInstanceId").asText();
        String crisTaskId = tasks("police.mash", "processInstanceId=" + instance + "&taskDefinitionKey=createCris")
                .get(0).path("id").asText();

        JsonNode variables = get(rest, "police.mash", "/engine-rest/task/" + crisTaskId + "/form-variables")
                .getBody();

        assertThat(fieldNames(variables)).contains("childAddress", "ragRating", "referrerName");
    }

    @Test
    void caseTeamsReadTheCasesTheyWorkOn() {
        String instance = get(rest, "admin", "/engine-rest/task/" + healthTaskId).getBody()
                .path("processInstanceId").asText();
        String variables = "/engine-rest/process-instance/" + instance + "/variables";

        assertThat(get(rest, "duty.manager", variables).getBody().has("childAddress")).isTrue();
        assertThat(get(rest, "police.mash", variables).getBody().has("childAddress")).isTrue();
        assertThat(get(rest, "mash.manager", variables).getBody().has("childAddress")).isTrue();
        assertThat(get(rest, "police.set", variables).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(rest, "team.manager", variables).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(rest, "partner.education", variables).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void taskListColumnsShowForCaseTeamsOnly() {
        String instance = get(rest, "admin", "/engine-rest/task/" + healthTaskId).getBody()
                .path("processInstanceId").asText();
        String referralId = "/engine-rest/variable-instance?variableName=referralId&processInstanceIdIn=" + instance;

        assertThat(get(rest, "police.mash", referralId).getBody()).hasSize(1);
        assertThat(get(rest, "partner.health", referralId).getBody()).isEmpty();
    }

    @Test
    void partnerSeesTheSharedFiltersButNotAllTasks() {
        JsonNode filters = get(rest, "partner.health", "/engine-rest/filter?resourceType=Task").getBody();

        assertThat(StreamSupport.stream(filters.spliterator(), false).map(filter -> filter.path("name").asText()))
                .containsExactlyInAnyOrder(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS,
                        TasklistFilters.OVERDUE);
    }

    @Test
    void partnerGroupFilterListsOnlyTheAgencysTasks() {
        String filterId = StreamSupport.stream(get(rest, "partner.health", "/engine-rest/filter?resourceType=Task")
                        .getBody().spliterator(), false)
                .filter(filter -> filter.path("name").asText().equals(TasklistFilters.MY_GROUPS))
                .findFirst().orElseThrow().path("id").asText();

        JsonNode listed = post(rest, "partner.health", "/engine-rest/filter/" + filterId + "/list", Map.of())
                .getBody();

        assertThat(StreamSupport.stream(listed.spliterator(), false).map(task -> task.path("name").asText()))
                .isNotEmpty().allMatch(name -> name.equals("Share information: HEALTH"));
    }

    private List<JsonNode> tasks(String user, String query) {
        return StreamSupport.stream(get(rest, user, "/engine-rest/task?" + query).getBody().spliterator(), false)
                .toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
