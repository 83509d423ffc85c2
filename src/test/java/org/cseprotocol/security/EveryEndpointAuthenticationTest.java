package org.cseprotocol.security;

import org.springframework.web.bind.annotation.RequestMethod;
import java.util.Set;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of {@code /api}, read from the controllers' mappings, and the roots of Camunda's REST API refuse a
 * request without credentials and one with a wrong password; no other path returns data.
 */
@SecurityIntegrationTest
class EveryEndpointAuthenticationTest {

    /** A user of this test only, because Camunda locks a user for a while after wrong passwords. */
    private static final String LOCKABLE_USER = "auth.lockable";

    static final List<String> ENGINE_REST = List.of("/engine-rest/engine", "/engine-rest/task",
            "/engine-rest/task/count", "/engine-rest/process-instance", "/engine-rest/process-definition",
            "/engine-rest/deployment", "/engine-rest/history/process-instance", "/engine-rest/history/task",
            "/engine-rest/history/variable-instance", "/engine-rest/variable-instance", "/engine-rest/user",
            "/engine-rest/group", "/engine-rest/authorization", "/engine-rest/filter", "/engine-rest/execution",
            "/engine-rest/job", "/engine-rest/incident", "/engine-rest/decision-definition",
            "/engine-rest/external-task", "/engine-rest/batch", "/engine-rest/metrics", "/engine-rest/version",
            "/engine-rest/telemetry/data", "/engine-rest/identity/groups?userId=admin",
            "/engine-rest/engine/default/task", "/engine-rest/deployment/create");

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @BeforeAll
    static void createLockableUser(@Autowired IdentityService identityService) {
        User user = identityService.newUser(LOCKABLE_USER);
        user.setPassword(Http.PASSWORD);
        identityService.saveUser(user);
    }

    @AfterAll
    static void deleteLockableUser(@Autowired IdentityService identityService) {
        identityService.deleteUser(LOCKABLE_USER);
    }

    @Test
    void apiMappingsAreAllCovered() {
        assertThat(apiEndpoints()).extracting(Endpoint::path)
                .contains("/api/referrals", "/api/referrals/CSE-2026-000001", "/api/deadlines",
                        "/api/decision-overrides");
    }

    @Test
    void apiEndpointsNeedCredentials() {
        for (Endpoint endpoint : apiEndpoints()) {
            assertUnauthorized(call(null, null, endpoint.method(), endpoint.path()), endpoint);
            assertUnauthorized(call(LOCKABLE_USER, "wrong", endpoint.method(), endpoint.path()), endpoint);
        }
    }

    @ParameterizedTest
    @MethodSource("engineRest")
    void engineRestRootNeedsCredentials(String path) {
        Endpoint get = new Endpoint(HttpMethod.GET, path);
        Endpoint post = new Endpoint(HttpMethod.POST, path);

        assertUnauthorized(call(null, null, HttpMethod.GET, path), get);
        assertUnauthorized(call(null, null, HttpMethod.POST, path), post);
        assertUnauthorized(call(LOCKABLE_USER, "wrong", HttpMethod.GET, path), get);
    }

    static Stream<String> engineRest() {
        return ENGINE_REST.stream();
    }

    @ParameterizedTest
    @MethodSource("webappApi")
    void webappApiNeedsLogin(String path) {
        ResponseEntity<String> response = rest.getForEntity(path, String.class);

        assertThat(response.getStatusCode()).as(path).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN,
                HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).as(path).doesNotContain("Jordan", "childFirstName");
    }

    static Stream<String> webappApi() {
        return Stream.of("/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/user",
                "/camunda/api/engine/engine/default/process-instance",
                "/camunda/api/cockpit/plugin/base/default/process-instance",
                "/camunda/api/admin/auth/user/default");
    }

    @ParameterizedTest
    @MethodSource("otherPaths")
    void pathsOutsideTheApisLeakNothing(String path) {
        ResponseEntity<String> response = rest.getForEntity(path, String.class);

        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s answered %s", path,
                response.getStatusCode()).isFalse();
        assertThat(response.getBody() == null ? "" : response.getBody()).as(path)
                .doesNotContain("trace", "Exception", "jdbc:", "childFirstName");
    }

    static Stream<String> otherPaths() {
        return Stream.of("/actuator", "/actuator/health", "/actuator/env", "/h2-console", "/h2-console/login.jsp",
                "/error", "/engine-rest-x", "/api", "/swagger-ui.html", "/v3/api-docs", "/application.yaml");
    }

    private List<Endpoint> apiEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api"))
                .forEach(pattern -> methodsOf(info.getMethodsCondition().getMethods()).forEach(method ->
                        endpoints.add(new Endpoint(method, pattern.replaceAll("\\{[^}]+}", "CSE-2026-000001"))))));
        return endpoints;
    }

    private static List<HttpMethod> methodsOf(Set<RequestMethod> methods) {
        return methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
                : methods.stream().map(method -> HttpMethod.valueOf(method.name())).toList();
    }

    private ResponseEntity<String> call(String user, String password, HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, password);
        return client.exchange(path, method, new HttpEntity<>(method == HttpMethod.GET ? null : "{}", headers),
                String.class);
    }

    private static void assertUnauthorized(ResponseEntity<String> response, Endpoint endpoint) {
        assertThat(response.getStatusCode()).as("%s %s", endpoint.method(), endpoint.path())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as("%s", endpoint.path())
                .isEqualTo("Basic realm=\"cse\"");
    }

    record Endpoint(HttpMethod method, String path) {
    }
}
