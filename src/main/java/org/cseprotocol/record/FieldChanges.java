package org.cseprotocol.record;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Compares field values and describes a change as the JSON kept in an event's {@code changes} column. */
final class FieldChanges {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldChanges() {
    }

    /** Returns the proposed values that differ from the current ones; a proposed null clears a field. */
    static Map<RecordField, Object> differences(Map<RecordField, Object> current, Map<RecordField, Object> proposed) {
        Map<RecordField, Object> changes = new EnumMap<>(RecordField.class);
        proposed.forEach((field, value) -> {
            if (!Objects.equals(current.get(field), value)) {
                changes.put(field, value);
            }
        });
        return changes;
    }

    /** Returns {@code {"field":{"from":old,"to":new}, ...}} for the changed fields. */
    static String describe(Map<RecordField, Object> current, Map<RecordField, Object> changes) {
        Map<String, Map<String, Object>> described = new LinkedHashMap<>();
        changes.forEach((field, value) -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", current.get(field));
            change.put("to", value);
            described.put(field.jsonName(), change);
        });
        try {
            return JSON.writeValueAsString(described);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write the record changes as JSON", e);
        }
    }
}
