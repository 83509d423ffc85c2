package org.cseprotocol.record;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON bodies of the record API. Every problem in a body is reported at once, in one
 * {@link IllegalArgumentException}, so the caller can fix them all.
 */
final class RecordRequests {

    static final int MAX_TEXT = 4000;

    private RecordRequests() {
    }

    /**
     * Returns the fields named in the body, as stored values. A field given as null is cleared. Names in
     * {@code ignored} are left for the caller; any other unknown name is an error.
     */
    static Map<RecordField, Object> fields(Map<String, Object> body, Set<String> ignored) {
        Map<RecordField, Object> fields = new EnumMap<>(RecordField.class);
        List<String> problems = new ArrayList<>();
        body.forEach((name, value) -> {
            RecordField field = RecordField.byJsonName(name);
            if (field == null || !field.editable()) {
                if (!ignored.contains(name)) {
                    problems.add("unknown field '" + name + "'");
                }
                return;
            }
            try {
                fields.put(field, FieldValues.toStored(field, value));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid request: " + String.join("; ", problems));
        }
        return fields;
    }

    static String requiredText(String name, Object value) {
        String text = optionalText(name, value);
        if (text == null) {
            throw new IllegalArgumentException("Missing " + name + ": give it as non-blank text");
        }
        return text;
    }

    static String optionalText(String name, Object value) {
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("Invalid " + name + ": expected text");
        }
        String text = value == null ? null : ((String) value).trim();
        if (text != null && text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Invalid " + name + ": at most " + MAX_TEXT + " characters");
        }
        return text == null || text.isEmpty() ? null : text;
    }

    static LocalDate date(String name, Object value, boolean required) {
        if (value == null && !required) {
            return null;
        }
        try {
            return LocalDate.parse(requiredText(name, value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid " + name + ": expected a date such as 2026-03-02", e);
        }
    }

    static RecordReason reason(Object value) {
        String text = requiredText("reason", value);
        try {
            return RecordReason.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid reason '" + text + "': expected one of "
                    + List.of(RecordReason.values()), e);
        }
    }
}
