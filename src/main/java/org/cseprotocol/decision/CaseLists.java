package org.cseprotocol.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a case list variable ({@code exploitationTypes}, {@code indicators}, {@code vulnerabilities},
 * {@code partnerAgencies}, {@code outcomes}) as a list of strings, whichever form it arrived in: a Spin JSON
 * array, a {@code JsonValue}, a Java collection or array, a JSON array in a string, or a comma-separated string.
 *
 * <p>Registered as the bean {@code caseLists}, so BPMN expressions can call it:
 * {@code ${caseLists.strings(partnerAgencies)}}. The expression calls the static method through the bean.
 */
@Component("caseLists")
public final class CaseLists {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Returns the trimmed, non-blank values in their first-seen order, without duplicates, because a repeated
     * agency or indicator means nothing more than a single one. Returns an empty list for {@code null}.
     *
     * @throws IllegalArgumentException if the value is a JSON object, a string that starts like a JSON array
     *     but does not parse, or a type that contains no list
     */
    public static List<String> strings(Object value) {
        return List.copyOf(collect(value, new LinkedHashSet<>()));
    }

    private static Set<String> collect(Object value, Set<String> values) {
        if (value == null) {
            return values;
        }
        if (value instanceof SerializableValue serialized && !serialized.isDeserialized()) {
            return collect(serialized.getValueSerialized(), values);
        }
        if (value instanceof TypedValue typed) {
            return collect(typed.getValue(), values);
        }
        if (value instanceof SpinJsonNode node) {
            return collectJson(node, values);
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(element -> collectElement(element, values));
            return values;
        }
        if (value instanceof Object[] array) {
            return collect(Arrays.asList(array), values);
        }
        if (value instanceof String text) {
            return collectText(text.trim(), values);
        }
        throw new IllegalArgumentException("Expected a list of strings but got a " + value.getClass().getName());
    }

    private static Set<String> collectJson(SpinJsonNode node, Set<String> values) {
        if (node.isArray()) {
            node.elements().forEach(element -> collectElement(element, values));
        } else if (node.isObject()) {
            throw new IllegalArgumentException("Expected a JSON array of strings but got a JSON object");
        } else {
            collectElement(node, values);
        }
        return values;
    }

    private static void collectElement(Object element, Set<String> values) {
        String text = elementText(element);
        if (text != null && !text.isBlank()) {
            values.add(text.trim());
        }
    }

    private static String elementText(Object element) {
        if (element instanceof SpinJsonNode node) {
            if (node.isNull()) {
                return null;
            }
            return node.isString() ? node.stringValue() : node.toString();
        }
        return element == null ? null : element.toString();
    }

    private static Set<String> collectText(String text, Set<String> values) {
        if (text.startsWith("[")) {
            return collect(parseJsonArray(text), values);
        }
        Arrays.stream(text.split(",")).forEach(part -> collectElement(part, values));
        return values;
    }

    private static List<?> parseJsonArray(String text) {
        try {
            return JSON.readValue(text, ArrayList.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Expected a JSON array of strings but the text does not parse", e);
        }
    }
}
