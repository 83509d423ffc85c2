package org.cseprotocol.security;

import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprotocol.security.Http.get;
import static org.cseprotocol.security.Http.post;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** Which groups may call each endpoint of {@code /api}, and that cases start only through the intake. */
@SecurityIntegrationTest
class ApiAccessTest {

    private static final String SYSTEM_ACCOUNT = "referrer.system";

    @Autowired
    private TestRestTemplate rest;

    @BeforeAll
    static void createSystemAccount(@Autowired IdentityService identityService) {
        User user = identityService.newUser(SYSTEM_ACCOUNT);
        user.setPassword(Http.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(SYSTEM_ACCOUNT, "referral-intake");
    }

    @AfterAll
    static void deleteSystemAccount(@Autowired IdentityService identityService) {
        identityService.deleteUser(SYSTEM_ACCOUNT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"duty.manager", "police.mash", "admin", SYSTEM_ACCOUNT})
    void referralSendersMayStartACase(String user) {
        ResponseEntity<JsonNode> response = post(rest, user, "/api/referrals", Http.referral());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner.health", "social.worker", "mash.manager", "early.help", "team.manager"})
    void otherGroupsMayNotSendReferrals(String user) {
        ResponseEntity<JsonNode> response = post(rest, user, "/api/referrals", Http.referral());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
    }

    @Test
    void receiptIsReadBySendersAndOversightOnly() {
        String referralId = post(rest, "duty.manager", "/api/referrals", Http.referral()).getBody()
                .path("referralId").asText();

        for (String user : List.of("duty.manager", "police.mash", "mash.manager", "cse.lead", "admin")) {
            assertThat(get(rest, user, "/api/referrals/" + referralId).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.OK);
        }
        for (String user : List.of("partner.health", "social.worker", "team.manager", "early.help")) {
            assertThat(get(rest, user, "/api/referrals/" + referralId).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void decisionOverridesAreReadByOversightOnly() {
        for (String user : List.of("mash.manager", "cse.lead", "admin")) {
            assertThat(get(rest, user, "/api/decision-overrides").getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.OK);
        }
        for (String user : List.of("duty.manager", "partner.health", "social.worker", SYSTEM_ACCOUNT)) {
            assertThat(get(rest, user, "/api/decision-overrides").getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner.health", "social.worker", SYSTEM_ACCOUNT})
    void anyUserMayComputeADeadline(String user) {
        ResponseEntity<JsonNode> response = get(rest, user,
                "/api/deadlines?from=2026-03-02T10:15:00Z&workingHours=24");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unknownApiPathIsAdminOnly() {
        assertThat(get(rest, "mash.manager", "/api/case-notes").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(rest, "admin", "/api/case-notes").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"duty.manager", "police.mash", SYSTEM_ACCOUNT})
    void directProcessStartIsRejected(String user) {
        ResponseEntity<JsonNode> response = post(rest, user,
                "/engine-rest/process-definition/key/cse-referral/start", Map.of());

        assertThat(response.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    @Test
    void cseLeadStartsTheOperationalReviewByHand() {
        ResponseEntity<JsonNode> response = post(rest, "cse.lead",
                "/engine-rest/process-definition/key/cse-operational-review/start", Map.of());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("definitionId").asText()).startsWith("cse-operational-review:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"duty.manager", "social.worker", "partner.health"})
    void othersMayNotStartTheOperationalReview(String user) {
        ResponseEntity<JsonNode> response = post(rest, user,
                "/engine-rest/process-definition/key/cse-operational-review/start", Map.of());

        assertThat(response.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyAdministratorsDeployModels() {
        ResponseEntity<JsonNode> response = post(rest, "mash.manager", "/engine-rest/deployment/create",
                Map.of());

        assertThat(response.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                HttpStatus.BAD_REQUEST);
    }

    @Test
    void referralIntakeAccountHasNoTasklistOrTasks() {
        JsonNode tasks = get(rest, SYSTEM_ACCOUNT, "/engine-rest/task").getBody();
        JsonNode filters = get(rest, SYSTEM_ACCOUNT, "/engine-rest/filter").getBody();

        assertThat(tasks).isEmpty();
        assertThat(filters).isEmpty();
    }
}
