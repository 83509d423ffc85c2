package org.cseprotocol.cluster;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Converts between plain JSON values and the typed variables of Camunda's REST API, and compares them. */
final class RestVariables {

    static final ObjectMapper JSON = new ObjectMapper();

    private RestVariables() {
    }

    /** Returns the REST variable for a plain value: Boolean, Integer, Json for a list or object, else String. */
    static ObjectNode typed(JsonNode value) {
        ObjectNode variable = JSON.createObjectNode();
        if (value.isBoolean()) {
            variable.put("type", "Boolean").set("value", value);
        } else if (value.isInt()) {
            variable.put("type", "Integer").set("value", value);
        } else if (value.isContainerNode()) {
            variable.put("type", "Json").put("value", value.toString());
        } else {
            variable.put("type", "String").set("value", value);
        }
        return variable;
    }

    /** Returns a REST variable's value, with the JSON text of a {@code Json} or {@code Object} variable parsed. */
    static JsonNode plain(JsonNode variable) {
        JsonNode value = variable.path("value");
        String type = variable.path("type").asText();
        if (("Json".equals(type) || "Object".equals(type)) && value.isTextual()) {
            try {
                return JSON.readTree(value.textValue());
            } catch (JsonProcessingException e) {
                return value;
            }
        }
        return value;
    }

    /**
     * Returns whether an actual value matches the expected one. {@code {"$in": [a, b]}} accepts either value, lists
     * match in any order, and numbers match by value whatever their JSON type.
     */
    static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isObject() && expected.has("$in")) {
            for (JsonNode option : expected.get("$in")) {
                if (same(option, actual)) {
                    return true;
                }
            }
            return false;
        }
        if (expected.isArray() && actual != null && actual.isArray()) {
            return sortedTexts(expected).equals(sortedTexts(actual));
        }
        if (expected.isNumber() && actual != null && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static List<String> sortedTexts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.isTextual() ? element.textValue() : element.toString()));
        texts.sort(null);
        return texts;
    }
}
