package org.cseprotocol.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseprotocol.security.Http.get;
import static org.cseprotocol.security.Http.post;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The blocks for weaknesses of Camunda 7.24.0 published after its release: the Admin setup endpoint that creates an
 * administrator without a login (CVE-2026-77226), and expressions evaluated inside a task query's {@code orQueries}
 * (CVE-2026-109432). Each test sends the request the advisory describes and checks that nothing happened.
 */
@SecurityIntegrationTest
class AdvisoryMitigationTest {

    private static final String EXPRESSION = ExpressionProbe.EXPRESSION;

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private TaskService taskService;
    @LocalServerPort
    private int port;

    @BeforeEach
    void resetField() {
        ExpressionProbe.value = 0;
    }

    @AfterEach
    void restoreAdministrator() {
        identityService.clearAuthentication();
        if (identityService.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count() == 0) {
            identityService.createMembership("admin", "camunda-admin");
        }
        identityService.deleteUser("intruder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/camunda/api/admin/setup/default/user/create",
        "/camunda/api/admin/setup/default/user/create;jsessionid=1",
        "/camunda//api/admin//setup/default/user/create",
        "/camunda/api/admin/%73etup/default/user/create",
        "/camunda/api/admin/SETUP/default/user/create"})
    void setupEndpointStaysClosed(String path) {
        identityService.deleteMembership("admin", "camunda-admin");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String intruder = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\"},"
                + "\"credentials\":{\"password\":\"Intruder-Pass-2026!\"}}";

        ResponseEntity<String> response = rest.exchange(URI.create("http://localhost:" + port + path),
                HttpMethod.POST, new HttpEntity<>(intruder, headers), String.class);

        assertThat(response.getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void engineItselfEvaluatesExpressionsInOrQueries() {
        identityService.setAuthentication("duty.manager", List.of("mash-duty-manager"));

        taskService.createTaskQuery().or().dueAfterExpression(EXPRESSION).endOr().list();

        assertThat(ExpressionProbe.value).as("Camunda 7.24.0 still evaluates the expression; the HTTP block is needed")
                .isEqualTo(42);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/engine-rest/task/count"})
    void orQueryExpressionIsRejectedByTheTaskQuery(String path) {
        ResponseEntity<JsonNode> response = post(rest, "duty.manager", path,
                Map.of("orQueries", List.of(Map.of("dueAfterExpression", EXPRESSION))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("detail").asText()).contains("dueAfterExpression");
        assertThat(ExpressionProbe.value).isZero();
    }

    @Test
    void orQueryExpressionIsRejectedWhenExtendingAFilter() {
        String filterId = StreamSupport.stream(get(rest, "duty.manager", "/engine-rest/filter").getBody()
                .spliterator(), false).findFirst().orElseThrow().path("id").asText();

        ResponseEntity<JsonNode> response = post(rest, "duty.manager", "/engine-rest/filter/" + filterId + "/list",
                Map.of("orQueries", List.of(Map.of("assigneeExpression", EXPRESSION))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ExpressionProbe.value).isZero();
    }

    @Test
    void expressionKeyCannotHideBehindAnEscape() {
        String body = "{\"orQueries\":[{\"dueAfter\\u0045xpression\":\"" + EXPRESSION + "\"}]}";

        ResponseEntity<JsonNode> response = post(rest, "duty.manager", "/engine-rest/task", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ExpressionProbe.value).isZero();
    }

    @Test
    void topLevelExpressionIsRejectedByTheEngine() {
        ResponseEntity<JsonNode> response = post(rest, "duty.manager", "/engine-rest/task",
                Map.of("dueAfterExpression", EXPRESSION));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ExpressionProbe.value).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"duty.manager", "mash.manager", "partner.health"})
    void onlyAdministratorsStoreFilters(String user) {
        ResponseEntity<JsonNode> response = post(rest, user, "/engine-rest/filter/create", Map.of(
                "resourceType", "Task", "name", "mine", "query", Map.of("dueAfterExpression", EXPRESSION)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ExpressionProbe.value).isZero();
    }
}
