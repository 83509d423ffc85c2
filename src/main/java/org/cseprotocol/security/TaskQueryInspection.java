package org.cseprotocol.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds what a task query sent to Camunda's REST API may not contain: an expression inside {@code orQueries}, for
 * everyone, and a condition or sort order on a variable outside the partner allow-list, for a user outside the case
 * teams. Reads a JSON body and query parameters, and returns the reason for the first problem found.
 */
final class TaskQueryInspection {

    private static final String OR_QUERIES = "orQueries";
    private static final List<String> VARIABLE_CONDITIONS =
            List.of("processVariables", "taskVariables", "caseInstanceVariables");

    private TaskQueryInspection() {
    }

    /**
     * Returns the reason to reject an expression inside an {@code or} query. Camunda 7.24.0 checks
     * {@code enableExpressionsInAdhocQueries} on the top-level query only, so an expression such as
     * {@code dueAfterExpression} inside {@code orQueries} is evaluated as code (CVE-2026-109432).
     */
    static Optional<String> expressionInOrQuery(JsonNode node) {
        List<String> found = new ArrayList<>();
        collectOrQueryExpressions(node, false, found);
        return found.stream().findFirst().map(name -> "The task query has the expression field '" + name
                + "' inside orQueries. Expressions in task queries are not allowed; send plain values instead.");
    }

    private static void collectOrQueryExpressions(JsonNode node, boolean insideOrQuery, List<String> found) {
        if (node.isArray()) {
            node.forEach(element -> collectOrQueryExpressions(element, insideOrQuery, found));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (insideOrQuery && field.getKey().toLowerCase(Locale.ROOT).endsWith("expression")) {
                    found.add(field.getKey());
                }
                collectOrQueryExpressions(field.getValue(), insideOrQuery || OR_QUERIES.equals(field.getKey()),
                        found);
            });
        }
    }

    /**
     * Returns the reason to reject a variable sent as a Java-serialized object. The engine rejects one, because
     * {@code javaSerializationFormatEnabled} is off, but with status 500, so this check returns the 400 reason first.
     */
    static Optional<String> javaSerializedValue(JsonNode node) {
        boolean found = node.findValues("serializationDataFormat").stream()
                .anyMatch(format -> format.asText().toLowerCase(Locale.ROOT).contains("java-serialized"));
        return found ? Optional.of("A variable is sent as a Java-serialized object, which this application does "
                + "not accept. Send it as JSON (serializationDataFormat application/json) instead.")
                : Optional.empty();
    }

    /** Returns the first variable name in the body's variable conditions or sort orders that is not allowed. */
    static Optional<String> variableOutside(JsonNode node, List<String> allowed) {
        List<String> names = new ArrayList<>();
        collectVariableNames(node, names);
        return names.stream().filter(name -> !allowed.contains(name)).findFirst();
    }

    private static void collectVariableNames(JsonNode node, List<String> names) {
        if (node.isArray()) {
            node.forEach(element -> collectVariableNames(element, names));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (VARIABLE_CONDITIONS.contains(field.getKey()) && field.getValue().isArray()) {
                    field.getValue().forEach(condition -> names.add(condition.path("name").asText()));
                } else if ("variable".equals(field.getKey())) {
                    names.add(field.getValue().asText());
                }
                collectVariableNames(field.getValue(), names);
            });
        }
    }

    /**
     * Returns the first variable name in query parameters such as {@code processVariables=childAddress_like_x}
     * that is not allowed. Camunda reads each comma-separated condition as {@code name_operator_value}.
     */
    static Optional<String> variableOutside(Map<String, String[]> parameters, List<String> allowed) {
        return VARIABLE_CONDITIONS.stream()
                .map(key -> parameters.getOrDefault(key, new String[0]))
                .flatMap(Arrays::stream)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(condition -> condition.split("_", 2)[0])
                .filter(name -> !allowed.contains(name))
                .findFirst();
    }
}
