package org.cseprotocol.record;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Converts a value from a case or a request into the form a {@link RecordField} stores: trimmed text or null, a
 * Boolean, a police category 1 to 3, a code, or codes joined with commas in the protocol's order.
 */
final class FieldValues {

    private FieldValues() {
    }

    /**
     * Returns the stored form of {@code raw}.
     *
     * @throws IllegalArgumentException naming the field, the value and what it accepts, if the value is invalid
     */
    static Object toStored(RecordField field, Object raw) {
        return switch (field.kind()) {
            case TEXT -> text(field, raw);
            case FLAG -> flag(field, raw);
            case CODE -> code(field, raw);
            case CODE_LIST -> codeList(field, raw);
            case CATEGORY -> category(field, raw);
        };
    }

    private static String text(RecordField field, Object raw) {
        if (raw != null && !(raw instanceof String)) {
            throw invalid(field, raw, "text");
        }
        String value = raw == null ? "" : ((String) raw).trim();
        if (value.length() > field.maxLength()) {
            throw new IllegalArgumentException("Invalid " + field.jsonName() + ": " + value.length()
                    + " characters, at most " + field.maxLength() + " allowed");
        }
        return value.isEmpty() ? null : value;
    }

    private static Boolean flag(RecordField field, Object raw) {
        if (raw instanceof Boolean value) {
            return value;
        }
        throw invalid(field, raw, "true or false");
    }

    private static String code(RecordField field, Object raw) {
        if (raw != null && !(raw instanceof String)) {
            throw invalid(field, raw, "one of " + field.codes());
        }
        String value = raw == null || ((String) raw).isBlank() ? null : ((String) raw).trim();
        if (value != null && !field.codes().contains(value)) {
            throw invalid(field, raw, "one of " + field.codes());
        }
        return value;
    }

    private static String codeList(RecordField field, Object raw) {
        Collection<?> items;
        if (raw == null) {
            items = List.of();
        } else if (raw instanceof Collection<?> list) {
            items = list;
        } else if (raw instanceof String text) {
            items = Arrays.asList(text.split(","));
        } else {
            throw invalid(field, raw, "a list of " + field.codes());
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (Object item : items) {
            String code = item == null ? "" : item.toString().trim();
            if (!code.isEmpty() && !field.codes().contains(code)) {
                throw invalid(field, item, "codes from " + field.codes());
            }
            chosen.add(code);
        }
        List<String> ordered = field.codes().stream().filter(chosen::contains).toList();
        return ordered.isEmpty() ? null : String.join(",", ordered);
    }

    private static Integer category(RecordField field, Object raw) {
        if (raw == null || raw instanceof String text && text.isBlank()) {
            return null;
        }
        Integer value = raw instanceof Number number && number.doubleValue() == number.intValue()
                ? Integer.valueOf(number.intValue())
                : raw instanceof String text && text.trim().matches("[123]") ? Integer.valueOf(text.trim()) : null;
        if (value == null || value < 1 || value > 3) {
            throw invalid(field, raw, "1, 2 or 3");
        }
        return value;
    }

    private static IllegalArgumentException invalid(RecordField field, Object value, String expected) {
        return new IllegalArgumentException("Invalid " + field.jsonName() + " '" + value + "': expected " + expected);
    }
}
