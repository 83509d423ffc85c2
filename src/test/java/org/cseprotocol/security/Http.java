package org.cseprotocol.security;

import java.util.List;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** HTTP calls of the security tests, each made as one user with basic authentication. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "demo";

    private Http() {
    }

    static ResponseEntity<JsonNode> get(TestRestTemplate rest, String user, String path) {
        return exchange(rest, user, HttpMethod.GET, path, null);
    }

    static ResponseEntity<JsonNode> post(TestRestTemplate rest, String user, String path, Object body) {
        return exchange(rest, user, HttpMethod.POST, path, body);
    }

    static ResponseEntity<JsonNode> exchange(TestRestTemplate rest, String user, HttpMethod method, String path,
            Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, PASSWORD);
        return client.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** Returns the body of {@code POST /engine-rest/task/{id}/complete} with the values as typed variables. */
    static Map<String, Object> completion(Map<String, Object> values) {
        ObjectNode variables = JSON.createObjectNode();
        values.forEach((name, value) -> variables.set(name, typed(value)));
        return Map.of("variables", variables);
    }

    private static ObjectNode typed(Object value) {
        ObjectNode variable = JSON.createObjectNode();
        if (value instanceof Boolean flag) {
            variable.put("value", flag).put("type", "Boolean");
        } else if (value instanceof Integer number) {
            variable.put("value", number).put("type", "Integer");
        } else if (value instanceof List<?> list) {
            variable.put("value", JSON.valueToTree(list).toString()).put("type", "Json");
        } else {
            variable.put("value", String.valueOf(value)).put("type", "String");
        }
        return variable;
    }

    /** Returns a valid referral about a 15-year-old, received a minute ago, with a new external reference. */
    static ObjectNode referral() {
        try {
            ObjectNode referral = (ObjectNode) JSON.readTree(
                    new ClassPathResource("referrals/valid-referral.json").getInputStream());
            Instant receivedAt = Instant.now().minus(1, ChronoUnit.MINUTES);
            referral.put("receivedAt", receivedAt.toString());
            referral.put("externalReference", "SEC-" + UUID.randomUUID());
            LocalDate today = LocalDate.ofInstant(receivedAt, ZoneId.of("Europe/London"));
            ((ObjectNode) referral.get("child")).put("dateOfBirth", today.minusYears(15).minusDays(100).toString());
            return referral;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
