package org.cseprotocol.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.cseprotocol.testing.ApiIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * HTTP basic authentication on {@code /api} and {@code /engine-rest}. Wrong passwords go to a user of this test
 * only, because Camunda locks a user for a while after a failed login and other tests log in as demo users.
 */
@ApiIntegrationTest
class AuthenticationTest {

    private static final String TEST_USER = "auth.test";
    private static final String TEST_PASSWORD = "correct-horse";

    @Autowired
    private TestRestTemplate restTemplate;

    @BeforeAll
    static void createTestUser(@Autowired IdentityService identityService) {
        User user = identityService.newUser(TEST_USER);
        user.setPassword(TEST_PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(TEST_USER, "social-worker");
    }

    @AfterAll
    static void deleteTestUser(@Autowired IdentityService identityService) {
        identityService.deleteUser(TEST_USER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/referrals/CSE-2026-000001", "/engine-rest/engine", "/engine-rest/task",
        "/engine-rest/process-instance/count"})
    void requestWithoutCredentialsIsUnauthorized(String path) {
        ResponseEntity<JsonNode> response = restTemplate.getForEntity(path, JsonNode.class);

        assertUnauthorized(response);
    }

    @Test
    void referralWithoutCredentialsIsUnauthorized() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<JsonNode> response = restTemplate.exchange("/api/referrals", HttpMethod.POST,
                new HttpEntity<>("{}", headers), JsonNode.class);

        assertUnauthorized(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/referrals/CSE-2026-000001", "/engine-rest/task"})
    void wrongPasswordIsUnauthorized(String path) {
        ResponseEntity<JsonNode> response = restTemplate.withBasicAuth(TEST_USER, "wrong")
                .getForEntity(path, JsonNode.class);

        assertUnauthorized(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/referrals/CSE-2026-000001", "/engine-rest/task"})
    void unknownUserIsUnauthorized(String path) {
        ResponseEntity<JsonNode> response = restTemplate.withBasicAuth("nobody", "demo")
                .getForEntity(path, JsonNode.class);

        assertUnauthorized(response);
    }

    @Test
    void malformedAuthorizationHeaderIsUnauthorized() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Basic bm8tY29sb24taGVyZQ==");

        ResponseEntity<JsonNode> response = restTemplate.exchange("/engine-rest/task", HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);

        assertUnauthorized(response);
    }

    @Test
    void demoUserReachesTheRestApi() {
        ResponseEntity<JsonNode> response = restTemplate.withBasicAuth("duty.manager", "demo")
                .getForEntity("/engine-rest/engine", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get(0).get("name").textValue()).isEqualTo("default");
    }

    @Test
    void demoUserPassesTheApiFilter() {
        ResponseEntity<JsonNode> response = restTemplate.withBasicAuth("duty.manager", "demo")
                .getForEntity("/api/referrals/CSE-1999-000001", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void webappsKeepTheirOwnLogin() {
        ResponseEntity<String> response = restTemplate.getForEntity("/camunda/app/tasklist/", String.class);

        assertThat(response.getStatusCode()).isNotEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
    }

    private static void assertUnauthorized(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"cse\"");
        assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody().get("status").intValue()).isEqualTo(401);
        assertThat(response.getBody().get("detail").textValue()).contains("HTTP basic authentication");
    }
}
